/**
 * The overview's two calls, validated by hand so the first render carries no schema library: `GET verification` and the
 * status of the latest registry check (to resume it after a reload). The flows' calls are in api.ts (valibot), loaded
 * with the parts.
 */
import { ApiError, type ApiClient } from '../core/api/index.js';
export { createApiClient } from '../core/api/index.js';
export { announce } from '../core/ui/announcer.js';
import type { AccountLevel } from '../core/session/session-context.js';

/** A way to reach the confirmed level. */
export type ConfirmMethod = 'bank' | 'service-centre' | 'post' | 'signature' | 'video';

/** The citizen's phone and e-mail and whether each is confirmed. */
export interface Contacts {
  phone: string;
  phoneConfirmed: boolean;
  email: string;
  emailConfirmed: boolean;
}

/** The verification overview. */
export interface VerificationState {
  level: AccountLevel;
  contacts: Contacts;
  known: { birthDate: string; snils: string; inn?: string };
  banks: { id: string; name: string }[];
  methods: { method: ConfirmMethod; available: boolean; reason?: string }[];
}

const LEVELS = ['simplified', 'standard', 'confirmed'];
const METHODS = ['bank', 'service-centre', 'post', 'signature', 'video'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBool = (value: unknown): value is boolean => typeof value === 'boolean';
const optString = (value: unknown): boolean => value === undefined || isString(value);

function malformed(where: string): never {
  throw new ApiError('malformed', `Response does not match the expected shape: ${where}`);
}

/** Validates `GET verification`; throws ApiError 'malformed' naming the first bad part. */
export function parseState(data: unknown): VerificationState {
  if (!isObject(data)) malformed('(root)');
  const { level, contacts: c, known: k, banks, methods } = data;
  if (!isString(level) || !LEVELS.includes(level)) malformed('level');
  if (
    !isObject(c) ||
    !isString(c['phone']) ||
    !/^\+7\d{10}$/.test(c['phone']) ||
    !isString(c['email']) ||
    !isBool(c['phoneConfirmed']) ||
    !isBool(c['emailConfirmed'])
  )
    malformed('contacts');
  if (
    !isObject(k) ||
    !isString(k['birthDate']) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(k['birthDate']) ||
    !isString(k['snils']) ||
    !/^\d{11}$/.test(k['snils']) ||
    !optString(k['inn'])
  )
    malformed('known');
  if (!Array.isArray(banks) || !banks.every((b) => isObject(b) && isString(b['id']) && isString(b['name'])))
    malformed('banks');
  if (
    !Array.isArray(methods) ||
    !methods.every(
      (m) =>
        isObject(m) &&
        isString(m['method']) &&
        METHODS.includes(m['method']) &&
        isBool(m['available']) &&
        optString(m['reason']),
    )
  )
    malformed('methods');
  return {
    level: level as AccountLevel,
    contacts: {
      phone: c['phone'] as string,
      phoneConfirmed: c['phoneConfirmed'] as boolean,
      email: c['email'] as string,
      emailConfirmed: c['emailConfirmed'] as boolean,
    },
    known: {
      birthDate: k['birthDate'] as string,
      snils: k['snils'] as string,
      ...(isString(k['inn']) ? { inn: k['inn'] } : {}),
    },
    banks: (banks as Json[]).map((b) => ({ id: b['id'] as string, name: b['name'] as string })),
    methods: (methods as Json[]).map((m) => ({
      method: m['method'] as ConfirmMethod,
      available: m['available'] as boolean,
      ...(isString(m['reason']) ? { reason: m['reason'] } : {}),
    })),
  };
}

/** The overview. */
export function fetchState(client: ApiClient, signal?: AbortSignal): Promise<VerificationState> {
  return client.request({ path: 'verification', signal, parse: parseState });
}

/** Whether the latest registry check is still running (the full check is read by the standard part). */
export async function fetchCheckPending(client: ApiClient, signal?: AbortSignal): Promise<boolean> {
  return client.request({
    path: 'verification/checks/current',
    signal,
    parse: (data: unknown) => {
      if (!isObject(data) || !('check' in data)) malformed('check');
      const check = data['check'];
      if (check === null) return false;
      if (!isObject(check) || !isString(check['status'])) malformed('check.status');
      return check['status'] === 'pending';
    },
  });
}
