/** The test citizens of the mock OIDC provider and the dev IdP: people of the mock database with a login and password. */
import { getDb } from '../db/index.js';
import type { Profile } from '../db/index.js';

/** An account level as the ID token's `account_level` claim carries it. */
export type AccountLevelClaim = 'simplified' | 'standard' | 'confirmed';

/** A citizen who can sign in: login, password, and the mock database person behind them. */
export interface TestCitizen {
  readonly login: string;
  readonly password: string;
  readonly level: AccountLevelClaim;
  /** The person id in mocks/db (the `sub` claim). */
  readonly personId: string;
}

/** One test citizen per account level (documented in mocks/oidc/README.md). */
export const TEST_CITIZENS: readonly TestCitizen[] = [
  { login: 'confirmed', password: 'confirmed-2026', level: 'confirmed', personId: 'person-1' },
  { login: 'standard', password: 'standard-2026', level: 'standard', personId: 'person-3' },
  { login: 'simplified', password: 'simplified-2026', level: 'simplified', personId: 'person-4' },
];

/** The prefix of the `acr` claim; the level follows it. */
export const ACR_PREFIX = 'urn:gu-kit:level:';

function personOf(personId: string): Profile | undefined {
  return getDb().persons.find((person) => person.id === personId);
}

/** The test citizen whose login (short login, phone, e-mail or SNILS) and password match, if any. */
export function authenticateCitizen(login: string, password: string): TestCitizen | undefined {
  const wanted = login.trim().toLowerCase();
  const digits = wanted.replace(/\D/g, '');
  return TEST_CITIZENS.find((citizen) => {
    if (citizen.password !== password) return false;
    if (citizen.login === wanted) return true;
    const person = personOf(citizen.personId);
    if (!person) return false;
    const phoneDigits = person.phone.replace(/\D/g, '');
    return (
      person.email.toLowerCase() === wanted ||
      (digits.length === 11 &&
        (digits === person.snils || digits === phoneDigits || `7${digits.slice(1)}` === phoneDigits))
    );
  });
}

/** The test citizen of a person id (the `sub`), if any. */
export function citizenBySub(sub: string): TestCitizen | undefined {
  return TEST_CITIZENS.find((citizen) => citizen.personId === sub);
}

/** The OIDC claims of a person: name parts, SNILS, phone, e-mail, account level and acr. */
export function claimsOf(personId: string): Record<string, string> {
  const person = personOf(personId);
  if (!person) return { sub: personId };
  const name = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
  const claims: Record<string, string> = {
    sub: person.id,
    name,
    family_name: person.surname,
    given_name: person.name,
    snils: person.snils,
    phone_number: person.phone,
    email: person.email,
    account_level: person.accountLevel,
    acr: `${ACR_PREFIX}${person.accountLevel}`,
  };
  if (person.patronymic) claims.middle_name = person.patronymic;
  return claims;
}
