import type { ApplicationSort, ApplicationStatus } from '../list-api.js';
import type { ListMessages } from './list-ru.js';

/** The list's messages in English: loaded only when the tracker renders in English. */
export const statusEn: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  processing: 'Under review',
  'additions-required': 'Additions required',
  approved: 'Approved',
  done: 'Service provided',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

const found = {
  one: '{n} application found',
  few: '{n} applications found',
  many: '{n} applications found',
  other: '{n} applications found',
};

export const sortEn: Record<ApplicationSort, string> = {
  '-submittedAt': 'Newest first',
  submittedAt: 'Oldest first',
  decisionDue: 'Decision due: soonest',
  '-decisionDue': 'Decision due: latest',
  status: 'Status',
};

export const listEn: ListMessages = {
  heading: 'My applications',
  searchLabel: 'Search by number or service',
  searchButton: 'Search',
  filters: 'Filters',
  sortLabel: 'Sort by',
  sortOption: (sort: ApplicationSort): string => sortEn[sort],
  exportCsv: 'Download the list (CSV)',
  showChart: 'Show the chart',
  hideChart: 'Hide the chart',
  found,
  shownRange: (from, to, total) => `Showing ${from}–${to} of ${total}`,
  listLabel: (page, pages) => `Applications, page ${page} of ${pages}`,
  numberValue: (number) => `No. ${number}`,
  agency: 'Agency',
  submitted: 'Submitted',
  decisionDue: 'Decision due',
  noDue: 'not set',
  overdue: { one: '{n} day overdue', few: '{n} days overdue', many: '{n} days overdue', other: '{n} days overdue' },
  unread: 'New',
  unreadHint: 'the status changed since you last looked',
  pagination: 'List pages',
  prevPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  statusLabel: (status: ApplicationStatus): string => statusEn[status],
};
