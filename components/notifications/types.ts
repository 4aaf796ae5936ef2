/**
 * The shapes <gu-notifications> and <gu-notification-bell> work with, as the contract (mocks/openapi.yaml:
 * Notification, NotificationSettings, …) defines them. API modules validate server answers into these types at the
 * boundary; parts use only these.
 */

export type NotificationCategory =
  | 'applications'
  | 'charges'
  | 'payment-due'
  | 'payments'
  | 'documents'
  | 'security'
  | 'appointments'
  | 'messages'
  | 'news';

/** Every category, in the order the filters and the settings table list them. */
export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [
  'security',
  'applications',
  'charges',
  'payment-due',
  'payments',
  'documents',
  'appointments',
  'messages',
  'news',
];

export type NotificationLinkKind =
  'application' | 'charge' | 'payment' | 'security' | 'document' | 'appointment' | 'message' | 'page';

/** What a notification is about: the host routes `kind` + `id`; `href` is followed where nobody does. */
export interface NotificationLink {
  kind: NotificationLinkKind;
  id?: string;
  href: string;
}

export interface Notification {
  id: string;
  category: NotificationCategory;
  /** Plain text, never markup. */
  title: string;
  /** Plain text; paragraphs separated by empty lines. */
  body: string;
  sender: string;
  createdAt: string;
  read: boolean;
  archived: boolean;
  link?: NotificationLink;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  page: number;
  pageSize: number;
  /** Unread notifications of the feed regardless of filters. */
  unreadCount: number;
  /** Items of the page the API module skipped as malformed (the rest still shows; the part says so). */
  skipped: number;
}

export interface NotificationSummary {
  unreadCount: number;
  /** The five newest of the feed, in the feed's order. */
  latest: Notification[];
}

/** A change the citizen made (here, in another tab or another device): `notifications-changed`. */
export interface NotificationsChange {
  change: 'read' | 'unread' | 'read-all' | 'archived' | 'unarchived' | 'deleted';
  ids: string[];
  unreadCount: number;
}

export type NotificationChannel = 'portal' | 'email' | 'sms' | 'push';
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['portal', 'email', 'sms', 'push'];
export type NotificationFrequency = 'instant' | 'daily' | 'weekly';

export interface CategoryPreference {
  category: NotificationCategory;
  channels: NotificationChannel[];
  frequency: NotificationFrequency;
}

export interface NotificationPreferences {
  categories: CategoryPreference[];
  quietHours: { enabled: boolean; from: string; to: string; timeZone: string };
  loginAlerts: { enabled: boolean; channels: NotificationChannel[] };
}

export interface ContactState {
  value?: string;
  confirmed: boolean;
}

export interface PushDevice {
  id: string;
  label: string;
  createdAt: string;
}

export interface NotificationSettings {
  version: number;
  preferences: NotificationPreferences;
  contacts: { email: ContactState; phone: ContactState };
  push: { publicKey: string; devices: PushDevice[] };
  autopayReminders: Array<{ providerId: string; providerName: string; remindDaysBefore: number }>;
  updatedAt: string;
}

export type SubscriptionChannel = 'email' | 'sms' | 'push';
export type SubscriptionFrequency = 'once' | 'daily' | 'weekly';

export interface SubscriptionTopic {
  id: string;
  title: string;
  agency: string;
}

export interface NotificationSubscription {
  id: string;
  topicId: string;
  topicTitle: string;
  agency: string;
  channels: SubscriptionChannel[];
  frequency: SubscriptionFrequency;
  from?: string;
  until?: string;
  status: 'active' | 'paused';
  createdAt: string;
}
