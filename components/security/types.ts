/**
 * The shapes <gu-security-settings> works with, as the contract (mocks/openapi.yaml, tag `security`) defines them.
 * API modules check server answers into these types at the boundary (valibot); parts use only these.
 */

export type PasswordPolicy = 'default' | 'nist';
export type TwoFactorMethodKind = 'sms' | 'email' | 'totp';
export type NotificationChannel = 'portal' | 'email' | 'sms' | 'push';
export type DeviceKind = 'computer' | 'phone' | 'tablet' | 'unknown';
export type LoginResult = 'success' | 'failure';
export type LoginMethod =
  'password' | 'passkey' | 'qr' | 'signature' | 'bank' | 'recovery' | 'registration' | 'reauthentication';
export type LoginSecondFactor = 'sms' | 'email' | 'totp' | 'backup-code' | 'trusted-device';
export type LoginFailureReason =
  | 'wrong-password'
  | 'wrong-code'
  | 'code-expired'
  | 'account-locked'
  | 'factor-locked'
  | 'passkey-failed'
  | 'wrong-answers';

/** A section of «Безопасность» (live event `security-changed`, public event `gu-security-changed`). */
export type SecurityArea =
  'password' | 'two-factor' | 'passkeys' | 'questions' | 'devices' | 'sessions' | 'login-history' | 'alerts';

export interface TwoFactorMethod {
  id: string;
  kind: TwoFactorMethodKind;
  /** The masked phone or e-mail, or the app's name. */
  label: string;
  addedAt: string;
  lastUsedAt?: string;
}

export interface TwoFactorState {
  enabled: boolean;
  methods: TwoFactorMethod[];
  defaultMethodId?: string;
  backupCodes: { left: number; generatedAt?: string };
  /** Send back with a change: another change in between answers 409 `security-changed`. */
  version: number;
}

export interface SecurityAlert {
  enabled: boolean;
  channels: NotificationChannel[];
}

export interface SecurityAlerts {
  newDevice: SecurityAlert;
  passwordChanged: SecurityAlert;
  twoFactorChanged: SecurityAlert;
  version: number;
}

export interface SecurityOverview {
  password: { changedAt?: string; policy: PasswordPolicy; minLength: number; maxLength: number };
  twoFactor: TwoFactorState;
  passkeys: { count: number; lastUsedAt?: string };
  questions: { count: number; updatedAt?: string };
  devices: { count: number };
  sessions: { count: number };
  /** Failed sign-in attempts in the last 7 days. */
  recentFailures?: number;
  /** This session may make sensitive changes without re-authenticating until then. */
  reauthenticatedUntil?: string;
  alerts: SecurityAlerts;
}

/** A one-time code sent to confirm a change. */
export interface SecurityChallenge {
  id: string;
  purpose: 'password-change' | 'sms-factor';
  channel: 'sms' | 'email';
  sentTo: string;
  length: number;
  expiresAt: string;
  /** Seconds until a new code may be requested. */
  resendIn: number;
  attemptsLeft: number;
}

export interface PasswordChanged {
  changedAt: string;
  endedSessions: number;
}

export interface TotpSetup {
  id: string;
  /** Base32, to type into the app. */
  secret: string;
  /** otpauth://totp/… — what the QR code encodes. */
  otpauthUri: string;
  issuer: string;
  accountName: string;
  algorithm: 'SHA1';
  digits: 6;
  period: 30;
  expiresAt: string;
}

export interface BackupCodes {
  codes: string[];
  generatedAt: string;
}

export interface SecurityPasskey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string;
  /** Where it was made («Chrome, Windows»). */
  createdOn?: string;
}

export interface PasskeyCreationOptions {
  challenge: string;
  rpId: string;
  rpName: string;
  userId: string;
  userName: string;
  userDisplayName: string;
  timeout: number;
  excludeCredentials: string[];
}

export interface PasskeyRequestOptions {
  challenge: string;
  rpId: string;
  timeout: number;
  allowCredentials: string[];
}

export interface SecurityQuestion {
  id: string;
  text: string;
}

export interface SecurityQuestions {
  chosen: SecurityQuestion[];
  catalogue: SecurityQuestion[];
  updatedAt?: string;
}

export interface TrustedDevice {
  id: string;
  kind: DeviceKind;
  browser: string;
  os: string;
  place?: string;
  lastUsedAt: string;
  trustedUntil: string;
  /** «Это устройство». */
  current: boolean;
}

export interface AccountSession {
  /** The OIDC session id (`sid` of its tokens). */
  id: string;
  startedAt: string;
  lastActiveAt: string;
  ip: string;
  place?: string;
  client: string;
  kind: DeviceKind;
  browser: string;
  os: string;
  /** This session. */
  current: boolean;
}

export interface LoginEvent {
  id: string;
  at: string;
  ip: string;
  place?: string;
  kind: DeviceKind;
  browser: string;
  os: string;
  method: LoginMethod;
  secondFactor?: LoginSecondFactor;
  result: LoginResult;
  reason?: LoginFailureReason;
  newDevice: boolean;
  current?: boolean;
  reported: boolean;
}

export interface LoginEventPage {
  items: LoginEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SuspiciousLoginReport {
  id: string;
  /** The number to quote to support. */
  reference: string;
  reportedAt: string;
  eventId: string;
}
