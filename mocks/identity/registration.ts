/**
 * Registration of a simplified account: the form's checks, the new person in the mock database.
 */
import { IdentityProblem, type Flow, type IdentityStep, type Schemas } from './store.js';
import { NAME } from '../../components/login/limits.js';
import { getDb, type Profile } from '../db/index.js';
import { checkAuthorization, findAccount, newFlow } from './flows.js';
import { deliver } from './codes.js';
import { randomToken } from '../oidc/jwt.js';
import { validateEmail, validatePhone } from '../../components/core/validation/index.js';

/** Accounts registered since the page (or the server) started: part of the new person's id and SNILS. */
let registered = 0;
export function snilsWithControl(first9: string): string {
  const sum = [...first9].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const control = sum % 101 === 100 ? 0 : sum % 101;
  return `${first9}${String(control).padStart(2, '0')}`;
}

/** A new simplified account in the mock database (placeholder SNILS/INN/address: a simplified account has none yet). */
export function createPerson(flow: Flow): string {
  const data = flow.registration!;
  registered += 1;
  const id = `person-new-${registered}-${randomToken(3)}`;
  const profile: Profile = {
    id,
    surname: data.surname,
    name: data.name,
    ...(data.patronymic ? { patronymic: data.patronymic } : {}),
    birthDate: '1990-01-01',
    snils: snilsWithControl(String(200_000_000 + registered).padStart(9, '0')),
    inn: '000000000000',
    phone: data.contactKind === 'phone' ? data.contact : '+79000000000',
    email: data.contactKind === 'email' ? data.contact : `${id}@example.invalid`,
    accountLevel: 'simplified',
    address: { region: '—', city: '—', street: '—', house: '—', postcode: '000000' },
  };
  getDb().persons.push(profile);
  return id;
}

// ——— Registration and recovery ———

/** `POST /identity/registration`. */
export function register(body: Schemas['IdentityRegistrationRequest']): IdentityStep {
  const authorization = checkAuthorization(body.authorization);
  const fields: Array<{ field: string; code: string }> = [];
  // The contract's `pattern` of names (components/login/limits.ts): letters, then letters, space, hyphen, apostrophe.
  const nameOk = (value: string | undefined) => !value || NAME.test(value.trim());
  if (!body.surname.trim()) fields.push({ field: 'surname', code: 'required' });
  else if (!nameOk(body.surname)) fields.push({ field: 'surname', code: 'name-letters' });
  if (!body.name.trim()) fields.push({ field: 'name', code: 'required' });
  else if (!nameOk(body.name)) fields.push({ field: 'name', code: 'name-letters' });
  if (!nameOk(body.patronymic)) fields.push({ field: 'patronymic', code: 'name-letters' });
  const isEmail = body.contact.includes('@');
  const contact = isEmail ? validateEmail(body.contact) : validatePhone(body.contact);
  if (!contact.ok) fields.push({ field: 'contact', code: isEmail ? 'email-invalid' : `phone-${contact.reason}` });
  if (body.consent !== true) fields.push({ field: 'consent', code: 'consent-required' });
  if (fields.length > 0) throw new IdentityProblem(422, 'validation-failed', { fields });
  const value = contact.ok ? (isEmail ? contact.value.toLowerCase() : contact.value) : '';
  if (findAccount(value)) throw new IdentityProblem(409, 'contact-registered');
  const flow = newFlow('registration', {
    authorization,
    policy: body.passwordPolicy ?? 'default',
    registration: {
      surname: body.surname.trim(),
      name: body.name.trim(),
      ...(body.patronymic?.trim() ? { patronymic: body.patronymic.trim() } : {}),
      contact: value,
      contactKind: isEmail ? 'email' : 'phone',
    },
  });
  return deliver(flow, isEmail ? 'email' : 'sms', value);
}
