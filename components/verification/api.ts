/**
 * <gu-verification>'s flows' API module (loaded with the parts): every call the flows make (contract: mocks/openapi.yaml, tag `verification`), each response
 * validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

const ContactsSchema = v.object({
  phone: v.pipe(v.string(), v.regex(/^\+7\d{10}$/)),
  phoneConfirmed: v.boolean(),
  email: v.string(),
  emailConfirmed: v.boolean(),
});
export type { Contacts, ConfirmMethod, VerificationState } from './state.js';

/** The data of the standard-level registry check. */
export interface StandardData {
  passportSeries: string;
  passportNumber: string;
  passportIssuedAt: string;
  passportIssuedBy: string;
  passportUnitCode: string;
  snils: string;
  inn?: string;
  birthDate: string;
  birthPlace: string;
  citizenship: 'RU';
  consent: true;
  documentIds?: string[];
}

const CHECK_FIELDS = [
  'passportSeries',
  'passportNumber',
  'passportIssuedAt',
  'passportUnitCode',
  'snils',
  'inn',
  'birthDate',
  'birthPlace',
] as const;
/** A field the registries can disagree on. */
export type CheckField = (typeof CHECK_FIELDS)[number];

const CheckSchema = v.object({
  id: v.string(),
  status: v.picklist(['pending', 'succeeded', 'mismatch', 'unavailable']),
  stage: v.optional(v.picklist(['mvd', 'sfr'])),
  startedAt: DATE_TIME,
  expectedBy: v.optional(DATE_TIME),
  pollAfter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  mismatches: v.optional(
    v.array(v.object({ field: v.picklist(CHECK_FIELDS), registry: v.picklist(['mvd', 'sfr', 'fns']) })),
  ),
  unavailableRegistry: v.optional(v.picklist(['mvd', 'sfr'])),
  submitted: v.looseObject({
    passportSeries: v.string(),
    passportNumber: v.string(),
    passportIssuedAt: v.string(),
    passportIssuedBy: v.string(),
    passportUnitCode: v.string(),
    snils: v.string(),
    inn: v.optional(v.string()),
    birthDate: v.string(),
    birthPlace: v.string(),
  }),
});
/** A registry check (МВД, СФР) towards the standard level. */
export type RegistryCheck = v.InferOutput<typeof CheckSchema>;

const TicketSchema = v.object({
  id: v.string(),
  channel: v.picklist(['phone', 'email']),
  purpose: v.picklist(['confirm', 'change-old', 'change-new']),
  sentTo: v.string(),
  expiresAt: DATE_TIME,
  resendAfter: v.pipe(v.number(), v.integer(), v.minValue(0)),
  attemptsLeft: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
/** A one-time code that was sent. */
export type CodeTicket = v.InferOutput<typeof TicketSchema>;
/** What a code is for. */
export type CodePurpose = CodeTicket['purpose'];
/** A contact channel. */
export type Channel = CodeTicket['channel'];

const LETTER_STATUS = v.picklist(['ordered', 'sent', 'arrived', 'delivered']);
const ConfirmationSchema = v.object({
  id: v.string(),
  method: v.picklist(['bank', 'post', 'signature']),
  status: v.picklist(['pending', 'confirmed', 'refused']),
  startedAt: DATE_TIME,
  bankId: v.optional(v.string()),
  bankUrl: v.optional(v.string()),
  redirectTo: v.optional(v.string()),
  challenge: v.optional(v.string()),
  letter: v.optional(
    v.object({
      trackingNumber: v.string(),
      status: LETTER_STATUS,
      events: v.array(v.object({ status: LETTER_STATUS, at: DATE_TIME })),
    }),
  ),
  refusal: v.optional(v.string()),
});
/** A confirmation towards the confirmed level. */
export type Confirmation = v.InferOutput<typeof ConfirmationSchema>;
/** A letter's status. */
export type LetterStatus = v.InferOutput<typeof LETTER_STATUS>;

const CentreSchema = v.object({
  id: v.string(),
  name: v.string(),
  city: v.string(),
  address: v.string(),
  hours: v.array(
    v.object({
      days: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
      opens: v.string(),
      closes: v.string(),
    }),
  ),
});
/** A service centre that confirms identity. */
export type ServiceCentre = v.InferOutput<typeof CentreSchema>;
const SlotSchema = v.object({ id: v.string(), startsAt: DATE_TIME });
/** A free time slot. */
export type TimeSlot = v.InferOutput<typeof SlotSchema>;
const AppointmentSchema = v.object({
  id: v.string(),
  centre: CentreSchema,
  startsAt: DATE_TIME,
  bring: v.array(v.picklist(['passport', 'snils'])),
});
/** A booked visit. */
export type Appointment = v.InferOutput<typeof AppointmentSchema>;

/** A certificate of an electronic signature, as the signing software lists it. */
export interface SigningCertificate {
  thumbprint: string;
  subject: string;
  issuer: string;
  /** YYYY-MM-DD. */
  validTo: string;
}

/**
 * The signing software of the citizen's computer (e.g. a КриптоПро ЭЦП Browser plug-in adapter) that the portal gives
 * the element as its `signer` property. gu-kit ships none for production; mocks/verification/signer.ts is a demo one.
 */
export interface SignatureProvider {
  /** The certificates installed on this computer or token. */
  listCertificates(signal?: AbortSignal): Promise<SigningCertificate[]>;
  /** Signs `data` with a certificate (the software asks for the PIN itself); resolves the signature (base64). */
  sign(thumbprint: string, data: string): Promise<string>;
}

/** The latest registry check, or null. */
export async function fetchCurrentCheck(client: ApiClient, signal?: AbortSignal): Promise<RegistryCheck | null> {
  const body = await client.request({
    path: 'verification/checks/current',
    signal,
    parse: valibotParser(v.object({ check: v.nullable(CheckSchema) })),
  });
  return body.check;
}

/** Starts the registry check. */
export function startCheck(client: ApiClient, data: StandardData, signal?: AbortSignal): Promise<RegistryCheck> {
  return client.post('verification/checks', data, { signal, parse: valibotParser(CheckSchema) });
}

/** Sends a one-time code. */
export function sendCode(
  client: ApiClient,
  body: { channel: Channel; purpose: CodePurpose; value?: string },
  signal?: AbortSignal,
): Promise<CodeTicket> {
  return client.post('verification/contacts/codes', body, { signal, parse: valibotParser(TicketSchema) });
}

/** Checks a one-time code. */
export function verifyCode(
  client: ApiClient,
  id: string,
  code: string,
  signal?: AbortSignal,
): Promise<v.InferOutput<typeof ContactsSchema>> {
  return client.post(
    `verification/contacts/codes/${pathSegment(id)}/verify`,
    { code },
    { signal, parse: valibotParser(ContactsSchema) },
  );
}

/** Starts a confirmation (bank, post, signature). */
export function startConfirmation(
  client: ApiClient,
  body: { method: 'bank' | 'post' | 'signature'; bankId?: string; returnUrl?: string },
  signal?: AbortSignal,
): Promise<Confirmation> {
  return client.post('verification/confirmations', body, { signal, parse: valibotParser(ConfirmationSchema) });
}

/** The latest confirmation, or null. */
export async function fetchCurrentConfirmation(client: ApiClient, signal?: AbortSignal): Promise<Confirmation | null> {
  const body = await client.request({
    path: 'verification/confirmations/current',
    signal,
    parse: valibotParser(v.object({ confirmation: v.nullable(ConfirmationSchema) })),
  });
  return body.confirmation;
}

/**
 * The result of a bank confirmation for the one-time ticket the page came back with (`?gu-bank-result=`): the server
 * says what the bank answered — the URL is never trusted. 404 `bank-result-unknown`, 409 `bank-result-pending`.
 */
export function fetchBankResult(client: ApiClient, ticket: string, signal?: AbortSignal): Promise<Confirmation> {
  return client.request({
    path: `verification/bank-results/${pathSegment(ticket)}`,
    signal,
    parse: valibotParser(ConfirmationSchema),
  });
}

/** Finishes a confirmation. */
export function completeConfirmation(
  client: ApiClient,
  id: string,
  body: { bankResult?: string; code?: string; certificate?: SigningCertificate; signature?: string },
  signal?: AbortSignal,
): Promise<Confirmation> {
  return client.post(`verification/confirmations/${pathSegment(id)}/complete`, body, {
    signal,
    parse: valibotParser(ConfirmationSchema),
  });
}

/** Service centres by city or address. */
export async function searchCentres(client: ApiClient, q: string, signal?: AbortSignal): Promise<ServiceCentre[]> {
  const body = await client.request({
    path: 'verification/service-centres',
    query: { q },
    signal,
    parse: valibotParser(v.object({ items: v.array(CentreSchema) })),
  });
  return body.items;
}

/** Free slots of a centre. */
export async function fetchSlots(client: ApiClient, centreId: string, signal?: AbortSignal): Promise<TimeSlot[]> {
  const body = await client.request({
    path: `verification/service-centres/${pathSegment(centreId)}/slots`,
    signal,
    parse: valibotParser(v.object({ items: v.array(SlotSchema) })),
  });
  return body.items;
}

/** Books a visit. */
export function bookVisit(
  client: ApiClient,
  centreId: string,
  slotId: string,
  signal?: AbortSignal,
): Promise<Appointment> {
  return client.post(
    'verification/appointments',
    { centreId, slotId },
    { signal, parse: valibotParser(AppointmentSchema) },
  );
}
