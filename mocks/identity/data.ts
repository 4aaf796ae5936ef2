/**
 * Identity data of the test citizens beyond login and password (mocks/oidc/citizens.ts): second factors, backup codes,
 * security questions, passport, the e-signature certificates «installed on this computer», banks. See README.md.
 */
import type { Locale } from '../handlers/support.js';

/** A way to receive or produce a one-time code. */
export type CodeMethod = 'sms' | 'email' | 'totp';

export interface SecurityQuestion {
  id: string;
  text: Record<Locale, string>;
  answer: string;
}

/** What the identity mock knows about a citizen's account. */
export interface IdentityProfile {
  personId: string;
  /** Second factors, in the order offered; empty = password only. */
  factors: CodeMethod[];
  /** Single-use backup codes (8 digits). */
  backupCodes: string[];
  questions: SecurityQuestion[];
  /** Passport series and number, 10 digits. */
  passport: string;
  /** The authenticator app's secret (base32) the `totp` factor is checked against (mocks/identity/totp.ts). */
  totpSecret?: string;
  /** The phone SMS codes go to when the citizen bound another one in «Безопасность» (else the profile's phone). */
  smsPhone?: string;
}

const QUESTIONS = {
  mother: { ru: 'Девичья фамилия матери', en: "Mother's maiden name" },
  pet: { ru: 'Кличка первого домашнего животного', en: 'Name of your first pet' },
  school: { ru: 'Номер школы, которую вы окончили', en: 'Number of the school you finished' },
} as const;

/** The identity data of the three test citizens (a fresh copy: backup codes are spent). */
export function seedIdentityProfiles(): IdentityProfile[] {
  return [
    {
      personId: 'person-1',
      factors: ['sms', 'email', 'totp'],
      backupCodes: ['12345678', '87654321'],
      questions: [
        { id: 'mother', text: { ...QUESTIONS.mother }, answer: 'иванова' },
        { id: 'pet', text: { ...QUESTIONS.pet }, answer: 'барсик' },
      ],
      passport: '4508123456',
      totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    },
    {
      personId: 'person-3',
      factors: ['sms'],
      backupCodes: ['11223344'],
      questions: [
        { id: 'school', text: { ...QUESTIONS.school }, answer: '57' },
        { id: 'pet', text: { ...QUESTIONS.pet }, answer: 'шарик' },
      ],
      passport: '0312654321',
    },
    { personId: 'person-4', factors: [], backupCodes: [], questions: [], passport: '3604987654' },
  ];
}

/** Questions asked when the identifier matches no account, so the answer does not reveal that. */
export const DECOY_QUESTIONS: SecurityQuestion[] = [
  { id: 'mother', text: { ...QUESTIONS.mother }, answer: '\u0000' },
  { id: 'pet', text: { ...QUESTIONS.pet }, answer: '\u0000' },
];

/** A qualified e-signature certificate the simulated crypto plug-in finds on this computer. */
export interface MockCertificate {
  id: string;
  owner: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  personId: string;
}

export const CERTIFICATES: MockCertificate[] = [
  {
    id: 'cert-garipova-2026',
    owner: 'Гарипова Екатерина Николаевна',
    issuer: 'УЦ ФНС России',
    validFrom: '2026-02-01',
    validTo: '2027-02-01',
    personId: 'person-1',
  },
  {
    id: 'cert-fedorova-2026',
    owner: 'Фёдорова Наталья',
    issuer: 'АО «Аналитический центр»',
    validFrom: '2026-03-15',
    validTo: '2027-03-15',
    personId: 'person-3',
  },
  {
    id: 'cert-garipova-2024',
    owner: 'Гарипова Екатерина Николаевна',
    issuer: 'УЦ ФНС России',
    validFrom: '2024-01-10',
    validTo: '2025-01-10',
    personId: 'person-1',
  },
];

/** Partner banks of the simulated bank ID. */
export const BANKS = [
  { id: 'sber', name: { ru: 'СберБанк', en: 'Sberbank' } },
  { id: 'tbank', name: { ru: 'Т-Банк', en: 'T-Bank' } },
  { id: 'vtb', name: { ru: 'ВТБ', en: 'VTB' } },
] as const;

/** Common and service-specific passwords the server refuses (requirement 28: breached / common / contextual). */
export const PASSWORD_BLOCKLIST = [
  'password',
  'password1',
  'password1!',
  'password123',
  'p@ssw0rd',
  'p@ssw0rd1',
  'qwerty123',
  'qwerty123!',
  'qwertyuiop',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'qwertyuiopasdfgh',
  '123456789012345',
  '1234567890qwerty',
  'йцукен123',
  'йцукен123!',
  'parol2024',
  'parol2024!',
  'Parol2024!',
  'пароль123',
  'пароль123!',
  'gosuslugi',
  'gosuslugi123',
  'gosuslugi2024!',
  'госуслуги',
  'welcome123!',
  'iloveyou123',
  'admin12345',
].map((item) => item.toLowerCase());
