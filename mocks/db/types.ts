/** Record types of the in-memory database: the contract's shapes plus who owns each row. */
import type { components } from '../generated/api-types.js';

type Schemas = components['schemas'];
export type Profile = Schemas['Profile'];
export type Agency = Schemas['Agency'];
export type Service = Schemas['Service'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type ApplicationAction = Schemas['ApplicationAction'];
export type ApplicationDetail = Schemas['ApplicationDetail'];
export type Application = Schemas['Application'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type ApplicationDocument = Schemas['ApplicationDocument'];
export type ApplicationEvent = Schemas['ApplicationStatusEvent'];
export type LiveEventType = Schemas['LiveEventType'];
export type OperatorMessage = Schemas['OperatorMessage'];
export type Charge = Schemas['Charge'];
export type ChargeKind = Schemas['ChargeKind'];
export type ChargeStatus = Schemas['ChargeStatus'];
export type TaxKind = Schemas['TaxKind'];
export type Payment = Schemas['Payment'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type DeclineCode = Schemas['DeclineCode'];
export type PaymentItem = Schemas['PaymentItem'];
export type PaymentOrder = Schemas['PaymentOrder'];
export type PaymentNextStep = Schemas['PaymentNextStep'];
export type Notification = Schemas['Notification'];
export type NotificationCategory = Schemas['NotificationCategory'];

/** Database size: `default` for stories and the demo, `empty` for first-visit states, `large` for 10 000-row lists. */
export type DbSize = 'default' | 'empty' | 'large';

/** An application row: the detail shape plus its owner. */
export type ApplicationRecord = ApplicationDetail & { ownerId: string };
/**
 * A charge row plus its owner. `amountDue`, `discount.active` and `overdue` depend on the day: refreshCharge()
 * (mocks/db/index.ts) recomputes them against mockToday() before a charge is answered or paid.
 */
export type ChargeRecord = Charge & { ownerId: string };
/** A payment row plus its owner. */
export type PaymentRecord = Payment & { ownerId: string };
/** A notification row plus its owner. */
export type NotificationRecord = Notification & { ownerId: string };

/** A remembered response for an Idempotency-Key (IETF draft semantics). */
export interface IdempotencyEntry {
  fingerprint: string;
  state: 'in-flight' | 'done';
  status?: number;
  body?: unknown;
}

/** The whole in-memory database. */
export interface Db {
  size: DbSize;
  seed: number;
  persons: Profile[];
  agencies: Agency[];
  services: Service[];
  applications: ApplicationRecord[];
  charges: ChargeRecord[];
  payments: PaymentRecord[];
  notifications: NotificationRecord[];
  /** `${token}\u0000${key}` → remembered response. */
  idempotency: Map<string, IdempotencyEntry>;
  /** `${bucket}\u0000${token}` → the current fixed rate-limit window. */
  rateWindows: Map<string, { startedAt: number; count: number }>;
  /** Next numeric suffix for ids created at run time. */
  nextId: number;
}
