import type { ChargeKind, DeclineCode, PaymentMethod, PaymentStatus } from '../types.js';
import type { HistoryMessages } from './history-ru.js';

const KIND: Record<ChargeKind, string> = {
  fine: 'Fines',
  tax: 'Taxes',
  utility: 'Utilities',
  duty: 'State duties',
};
const KIND_LOWER: Record<ChargeKind, string> = {
  fine: 'fines',
  tax: 'taxes',
  utility: 'utilities',
  duty: 'state duties',
};
const METHOD: Record<PaymentMethod, string> = {
  card: 'Bank card',
  'linked-card': 'Linked card',
  sbp: 'Faster Payments System (SBP)',
  wallet: 'E-wallet',
  transfer: 'Bank transfer',
  mobile: 'Mobile phone balance',
};
const STATUS: Record<PaymentStatus, string> = {
  completed: 'Completed',
  pending: 'Pending',
  declined: 'Declined',
};
const DECLINE: Record<DeclineCode, string> = {
  'insufficient-funds': 'insufficient funds',
  'three-ds-failed': '3-D Secure check failed',
  'card-expired': 'the card has expired',
  'card-declined': 'the bank declined the operation',
  expired: 'the time to pay ran out',
  cancelled: 'the payment was cancelled',
  'code-attempts': 'no code attempts left',
};

export const historyEn: HistoryMessages = {
  heading: 'Payment history',
  loading: 'Loading the payment history…',
  loadFailedHeading: 'Could not load the payment history',

  filtersLabel: 'Payment history filters',
  search: 'Search',
  searchHint: 'Title, payee or digits of the UIN',
  periodLegend: 'Period',
  from: 'From',
  to: 'To',
  kind: 'Category',
  status: 'Status',
  method: 'Payment method',
  any: 'All',
  apply: 'Show',
  reset: 'Reset filters',
  dateIncomplete: 'Enter the whole date: day, month and year.',
  dateInFuture: 'The date cannot be later than today.',
  dateOrder: 'The «to» date cannot be earlier than the «from» date.',
  fixFilters: 'Correct the period: the error is next to the field.',

  found: {
    one: '{n} payment found',
    few: '{n} payments found',
    many: '{n} payments found',
    other: '{n} payments found',
  },
  columnsDate: 'Date',
  columnsWhat: 'Paid for',
  payee: 'Payee',
  amount: 'Amount',
  methodLabel: 'Method',
  statusLabel: 'Status',
  andMore: (count: string) => `and ${count} more`,
  kindName: (kind: ChargeKind) => KIND[kind],
  kindWord: (kind: ChargeKind) => KIND_LOWER[kind],
  methodName: (method: PaymentMethod) => METHOD[method],
  cardEnding: (last4: string) => `card •• ${last4}`,
  statusName: (status: PaymentStatus) => STATUS[status],
  declineName: (code: DeclineCode) => DECLINE[code],
  declinedBecause: (reason: string) => `Reason: ${reason}`,
  openPayment: (what: string, date: string) => `Payment of ${date}: ${what}`,
  receipt: 'Receipt',
  receiptLabel: (date: string, amount: string) => `Download the receipt of the payment of ${date} for ${amount}`,
  receiptSaved: (fileName: string) => `Receipt downloaded: ${fileName}`,
  receiptFailed: 'Could not download the receipt.',

  pagination: 'History pages',
  prevPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,

  emptyHeading: 'No payments yet',
  emptyText: 'Paid charges, their receipts and statuses will appear here.',
  nothingFoundHeading: 'Nothing found',
  nothingFoundText: 'No payment matches the filters and the search.',

  exportCsv: 'Download CSV',
  exportProgress: (done: string, total: string) => `Preparing the file: ${done} of ${total}`,
  exported: {
    one: 'File downloaded: {n} payment',
    few: 'File downloaded: {n} payments',
    many: 'File downloaded: {n} payments',
    other: 'File downloaded: {n} payments',
  },
  exportFailed: 'Could not download the history.',
  csvFileName: 'payments.csv',
  csvDate: 'Date',
  csvTime: 'Time',
  csvPaymentId: 'Payment number',
  csvItems: 'Paid for',
  csvUins: 'UIN',
  csvKinds: 'Category',
  csvPayees: 'Payee',
  csvAmount: 'Amount, RUB',
  csvMethod: 'Payment method',
  csvStatus: 'Status',
  csvReason: 'Reason declined',

  showChart: 'Show the chart',
  hideChart: 'Hide the chart',
  chartHeading: 'Spending by month',
  chartLoading: 'Loading the chart…',
  chartFailed: 'Could not load the chart',
  chartEmpty: 'No completed payments in this period.',
  chartMonth: 'Month',
  chartTotal: 'Total',
  chartLegend: 'Categories',
  months: {
    one: '{n} month',
    few: '{n} months',
    many: '{n} months',
    other: '{n} months',
  },
  chartSummary: (months: string, total: string, kind: string, kindAmount: string, month: string, monthAmount: string) =>
    `Over ${months} you paid ${total}; most went to ${kind} (${kindAmount}), and the biggest month was ${month} (${monthAmount}).`,

  disputesFailed: 'Could not load the list of disputes.',
  retry: 'Retry',
};
