/**
 * Seeding of charges and payments (<gu-payments>). The default citizen (person-1) gets a designed set that shows every
 * state: fines with a discount still open and with one that expired, an overdue fine, disputable fines, taxes of every
 * TaxKind (one overdue), utility bills of every provider by month with balances, state duties, a charge held by a
 * pending payment, and a payment history over 14 months with every method and status (the history chart needs months
 * × kinds). `large` fills person-1's list up to 1 000 charges. The other persons get a few charges each (the ones
 * «Найти начисление» can find). Everything is "as of" SEED_NOW.
 */
import { uinControl } from '../../components/core/validation/index.js';
import { UTILITY_PROVIDERS } from '../payments/providers.js';
import { CITIES } from './catalogue.js';
import { paymentOrderFor } from './requisites.js';
import type { SeededRandom } from './random.js';
import type {
  ChargeKind,
  ChargeRecord,
  DbSize,
  DeclineCode,
  PaymentMethod,
  PaymentRecord,
  Profile,
  TaxKind,
} from './types.js';

const DAY = 86_400_000;
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number): string => new Date(ms).toISOString();
const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** The number of charges person-1 has in the `large` database. */
export const LARGE_CHARGES = 1_000;

/** Recomputes what depends on the day: the discount's `active`, `amountDue`, `overdue`. */
export function refreshCharge(charge: ChargeRecord, today: string): ChargeRecord {
  if (charge.discount) charge.discount.active = today <= charge.discount.until;
  charge.amountDue = charge.discount?.active ? charge.discount.amount : charge.amount;
  charge.overdue = charge.status === 'unpaid' && charge.dueDate !== undefined && charge.dueDate < today;
  return charge;
}

interface Fine {
  title: string;
  article: string;
  amount: number;
  place: string;
}
const FINES: readonly Fine[] = [
  {
    title: 'Превышение скорости на 20–40 км/ч',
    article: 'ч. 2 ст. 12.9 КоАП РФ',
    amount: 75_000,
    place: 'зафиксировано камерой «Кордон», 63 км/ч при разрешённых 40 км/ч',
  },
  {
    title: 'Проезд на запрещающий сигнал светофора',
    article: 'ч. 1 ст. 12.12 КоАП РФ',
    amount: 150_000,
    place: 'перекрёсток, зафиксировано камерой «Стрелка-СТ»',
  },
  {
    title: 'Несоблюдение требований дорожной разметки',
    article: 'ч. 1 ст. 12.16 КоАП РФ',
    amount: 75_000,
    place: 'пересечение сплошной линии разметки 1.1',
  },
  {
    title: 'Непристёгнутый ремень безопасности',
    article: 'ст. 12.6 КоАП РФ',
    amount: 100_000,
    place: 'остановлен инспектором ДПС',
  },
  {
    title: 'Движение по полосе для маршрутных транспортных средств',
    article: 'ч. 1.1 ст. 12.17 КоАП РФ',
    amount: 150_000,
    place: 'выделенная полоса, зафиксировано камерой «Паркон»',
  },
  {
    title: 'Нарушение правил остановки или стоянки',
    article: 'ч. 1 ст. 12.19 КоАП РФ',
    amount: 50_000,
    place: 'стоянка у пешеходного перехода',
  },
];

interface Tax {
  taxKind: TaxKind;
  title: (year: number) => string;
  amount: number;
}
const TAXES: Record<TaxKind, Tax> = {
  ndfl: { taxKind: 'ndfl', title: (y) => `НДФЛ, не удержанный налоговым агентом, за ${y} год`, amount: 1_350_000 },
  transport: { taxKind: 'transport', title: (y) => `Транспортный налог за ${y} год`, amount: 612_500 },
  land: { taxKind: 'land', title: (y) => `Земельный налог за ${y} год`, amount: 91_700 },
  property: { taxKind: 'property', title: (y) => `Налог на имущество физических лиц за ${y} год`, amount: 248_300 },
  other: { taxKind: 'other', title: () => 'Пени по единому налоговому счёту', amount: 18_342 },
};

interface Duty {
  title: string;
  amount: number;
  payee: 'mvd' | 'rosreestr';
  reason: string;
}
const DUTIES: readonly Duty[] = [
  {
    title: 'Госпошлина за выдачу заграничного паспорта нового образца',
    amount: 600_000,
    payee: 'mvd',
    reason: 'Заявление на Госуслугах о выдаче заграничного паспорта (ст. 333.28 НК РФ)',
  },
  {
    title: 'Госпошлина за государственную регистрацию права собственности',
    amount: 400_000,
    payee: 'rosreestr',
    reason: 'Регистрация права собственности на квартиру (пп. 22 п. 1 ст. 333.33 НК РФ)',
  },
  {
    title: 'Госпошлина за замену водительского удостоверения',
    amount: 400_000,
    payee: 'mvd',
    reason: 'Замена водительского удостоверения в связи с истечением срока (ст. 333.33 НК РФ)',
  },
  {
    title: 'Госпошлина за регистрацию транспортного средства',
    amount: 285_000,
    payee: 'mvd',
    reason: 'Регистрация ТС с выдачей государственных регистрационных знаков (ст. 333.33 НК РФ)',
  },
];

const UTILITY_SERVICES: Record<string, { title: string; base: number }> = {
  mosenergosbyt: { title: 'Электроэнергия', base: 182_000 },
  mosvodokanal: { title: 'Холодное и горячее водоснабжение, водоотведение', base: 96_500 },
  eirc: { title: 'Жилищно-коммунальные услуги (ЕПД)', base: 684_215 },
};

interface Builder {
  random: SeededRandom;
  seedNow: number;
  today: string;
  charges: ChargeRecord[];
  payments: PaymentRecord[];
  nextCharge: () => string;
  nextPayment: () => string;
}

function uin(random: SeededRandom, prefix: string, length: 20 | 25): string {
  const body = prefix + random.digits(length - 1 - prefix.length);
  return body + uinControl(body);
}

function cityOf(person: Profile): (typeof CITIES)[number] {
  return CITIES.find((candidate) => candidate.city === person.address.city) ?? CITIES[0];
}

function add(b: Builder, charge: Omit<ChargeRecord, 'amountDue' | 'overdue' | 'id'>): ChargeRecord {
  const record = refreshCharge({ id: b.nextCharge(), amountDue: charge.amount, overdue: false, ...charge }, b.today);
  b.charges.push(record);
  return record;
}

function fine(
  b: Builder,
  owner: Profile,
  spec: Fine,
  issuedDaysAgo: number,
  status: ChargeRecord['status'],
  options: { disputable?: boolean; discount?: boolean } = {},
): ChargeRecord {
  const issued = b.seedNow - issuedDaysAgo * DAY;
  const number = uin(b.random, '18810', 20);
  const charge: Omit<ChargeRecord, 'amountDue' | 'overdue' | 'id'> = {
    ownerId: owner.id,
    uin: number,
    kind: 'fine',
    title: spec.title,
    reason: `${spec.article}: ${spec.place}, ${new Date(issued - 2 * DAY).toLocaleDateString('ru-RU', { timeZone: 'UTC' })}`,
    payee: cityOf(owner).gibdd,
    amount: spec.amount,
    issuedAt: isoDate(issued),
    // 10 days to appeal, then 60 days to pay (ст. 32.2 КоАП РФ).
    dueDate: isoDate(issued + 70 * DAY),
    status,
    resolutionNumber: number,
    resolutionDate: isoDate(issued),
    source: { type: 'document' },
    disputable: options.disputable ?? false,
  };
  // КоАП 32.2 ч. 1.3: half the fine within 20 days of the resolution — the agency's data, never computed by clients.
  if (options.discount !== false)
    charge.discount = { amount: spec.amount / 2, until: isoDate(issued + 20 * DAY), active: true };
  return add(b, charge);
}

function tax(
  b: Builder,
  owner: Profile,
  taxKind: TaxKind,
  year: number,
  status: ChargeRecord['status'],
  amount?: number,
): ChargeRecord {
  const spec = TAXES[taxKind];
  const notice = b.random.digits(8);
  const issued = taxKind === 'other' ? b.seedNow - 12 * DAY : Date.UTC(year + 1, 7, 15);
  return add(b, {
    ownerId: owner.id,
    uin: uin(b.random, '182', 20),
    kind: 'tax',
    title: spec.title(year),
    reason:
      taxKind === 'other'
        ? `Пени за несвоевременную уплату налогов по состоянию на ${isoDate(issued)} (ст. 75 НК РФ)`
        : `Налоговое уведомление № ${notice} от ${new Date(issued).toLocaleDateString('ru-RU', { timeZone: 'UTC' })}`,
    payee: cityOf(owner).ufns,
    amount: amount ?? spec.amount,
    issuedAt: isoDate(issued),
    dueDate: taxKind === 'other' ? isoDate(b.seedNow + 10 * DAY) : `${year + 1}-12-01`,
    status,
    taxKind,
    taxPeriod: year,
    source: { type: 'account' },
    disputable: false,
  });
}

function duty(b: Builder, owner: Profile, spec: Duty, issuedDaysAgo: number, status: ChargeRecord['status']) {
  const issued = b.seedNow - issuedDaysAgo * DAY;
  return add(b, {
    ownerId: owner.id,
    uin: uin(b.random, spec.payee === 'mvd' ? '18810' : '32100', 20),
    kind: 'duty',
    title: spec.title,
    reason: spec.reason,
    payee: spec.payee === 'mvd' ? 'МВД России' : 'Росреестр',
    amount: spec.amount,
    issuedAt: isoDate(issued),
    dueDate: isoDate(issued + 30 * DAY),
    status,
    source: { type: 'account' },
    disputable: false,
  });
}

/** A month's utility bill of one provider: accrued on the 1st of the next month, due on its 25th. */
function utility(
  b: Builder,
  owner: Profile,
  providerId: string,
  year: number,
  month: number,
  status: ChargeRecord['status'],
): ChargeRecord {
  const provider = UTILITY_PROVIDERS.find((candidate) => candidate.id === providerId)!;
  const service = UTILITY_SERVICES[providerId]!;
  // Heating and light cost more in winter.
  const winter = [0, 1, 2, 10, 11].includes(month) ? 1.25 : 1;
  const amount = Math.round(service.base * winter * (0.9 + b.random.next() * 0.2));
  const issued = Date.UTC(year, month + 1, 1);
  const period = `${year}-${String(month + 1).padStart(2, '0')}`;
  return add(b, {
    ownerId: owner.id,
    uin: uin(b.random, '0', 25),
    kind: 'utility',
    title: `${service.title} за ${MONTHS[month]} ${year} г.`,
    reason: `Начисления по лицевому счёту ${provider.accountNumber} за ${MONTHS[month]} ${year} г.`,
    payee: provider.name,
    amount,
    issuedAt: isoDate(issued),
    dueDate: isoDate(Date.UTC(year, month + 1, 25)),
    status,
    utility: { providerId, providerName: provider.name, accountNumber: provider.accountNumber, period, balance: 0 },
    source: { type: 'account' },
    disputable: false,
  });
}

/** Each provider's balance after each accrual: minus what is still unpaid up to that month (a debt). */
function settleBalances(charges: ChargeRecord[]): void {
  const byProvider = new Map<string, ChargeRecord[]>();
  for (const charge of charges)
    if (charge.utility)
      byProvider.set(charge.utility.providerId, [...(byProvider.get(charge.utility.providerId) ?? []), charge]);
  for (const list of byProvider.values()) {
    let debt = 0;
    for (const charge of [...list].sort((a, b) => a.utility!.period.localeCompare(b.utility!.period))) {
      if (charge.status === 'unpaid' || charge.status === 'processing') debt += charge.amount;
      charge.utility!.balance = -debt;
    }
  }
}

const CARD_LAST4 = ['4417', '0382', '7702', '5521'];

/** A payment of some charges; a completed one marks them paid. */
function pay(
  b: Builder,
  charges: ChargeRecord[],
  method: PaymentMethod,
  at: number,
  outcome: { status: 'completed' } | { status: 'declined'; code: DeclineCode; reason: string } | { status: 'pending' },
): PaymentRecord {
  const id = b.nextPayment();
  const items = charges.map((charge) => ({
    chargeId: charge.id,
    uin: charge.uin,
    kind: charge.kind,
    title: charge.title,
    payee: charge.payee,
    amount: charge.discount && isoDate(at) <= charge.discount.until ? charge.discount.amount : charge.amount,
  }));
  const payment: PaymentRecord = {
    id,
    ownerId: charges[0]!.ownerId,
    items,
    amount: items.reduce((sum, item) => sum + item.amount, 0),
    method,
    status: outcome.status,
    createdAt: iso(at),
    receiptAvailable: outcome.status === 'completed',
  };
  if (method === 'card' || method === 'linked-card') payment.cardLast4 = b.random.pick(CARD_LAST4);
  if (outcome.status === 'completed') {
    payment.completedAt = iso(at + b.random.int(3, 90) * 1000);
    for (const charge of charges) {
      charge.status = 'paid';
      charge.paymentId = id;
    }
  } else if (outcome.status === 'declined') {
    payment.completedAt = iso(at + b.random.int(20, 300) * 1000);
    payment.declineCode = outcome.code;
    payment.declineReason = outcome.reason;
  } else {
    for (const charge of charges) {
      charge.status = 'processing';
      charge.paymentId = id;
    }
    if (method === 'transfer')
      payment.next = {
        type: 'payment-order',
        orders: charges.map((charge, index) => paymentOrderFor(charge, items[index]!.amount)),
      };
  }
  b.payments.push(payment);
  return payment;
}

/** The Russian words of each decline (what a bank or the server says). */
export const DECLINE_REASONS: Record<DeclineCode, string> = {
  'insufficient-funds': 'Банк отклонил операцию: недостаточно средств на карте.',
  'three-ds-failed': 'Не пройдена проверка 3-D Secure: код подтверждения не введён или неверен.',
  'card-expired': 'Срок действия карты истёк.',
  'card-declined': 'Банк отклонил операцию без объяснения причин. Обратитесь в банк или выберите другой способ.',
  expired: 'Время на оплату истекло: платёж не поступил.',
  cancelled: 'Платёж отменён: выбран другой способ оплаты.',
  'code-attempts': 'Код подтверждения введён неверно слишком много раз.',
};

const METHOD_CYCLE: readonly PaymentMethod[] = ['card', 'sbp', 'linked-card', 'wallet', 'transfer', 'mobile'];

/** The default citizen's designed charges and 14 months of payments. */
function seedDefaultCitizen(b: Builder, owner: Profile): void {
  const { seedNow } = b;
  // Fines: discount open (disputable, fresh), discount expired, overdue, paid, cancelled.
  fine(b, owner, FINES[0]!, 4, 'unpaid', { disputable: true });
  fine(b, owner, FINES[1]!, 9, 'unpaid', { disputable: true });
  fine(b, owner, FINES[4]!, 1, 'unpaid', { disputable: true });
  fine(b, owner, FINES[2]!, 27, 'unpaid');
  fine(b, owner, FINES[3]!, 85, 'unpaid');
  const paidFine = fine(b, owner, FINES[5]!, 140, 'unpaid');
  const cancelledFine = fine(b, owner, FINES[0]!, 50, 'cancelled');
  cancelledFine.reason += ' (постановление отменено по жалобе)';
  // Taxes of every kind: 2025 due 1 December 2026, an overdue transport tax for 2024, penalties held by a transfer.
  const taxes = (['ndfl', 'transport', 'land', 'property'] as const).map((kind) => tax(b, owner, kind, 2025, 'unpaid'));
  tax(b, owner, 'transport', 2024, 'unpaid', 540_000);
  const penalties = tax(b, owner, 'other', 2026, 'unpaid');
  const paidTaxes = [tax(b, owner, 'property', 2024, 'unpaid', 231_900), tax(b, owner, 'land', 2024, 'unpaid', 88_400)];
  // Duties: two to pay, two paid.
  duty(b, owner, DUTIES[0]!, 3, 'unpaid');
  duty(b, owner, DUTIES[1]!, 12, 'unpaid');
  const paidDuties = [duty(b, owner, DUTIES[2]!, 200, 'unpaid'), duty(b, owner, DUTIES[3]!, 320, 'unpaid')];
  // Utilities: September 2025 … October 2026 for each provider; October unpaid, the ЕПД for September overdue.
  const months: Array<[number, number]> = [];
  for (let m = 8; m <= 8 + 13; m += 1) months.push([2025 + Math.floor(m / 12), m % 12]);
  const bills = months.map(([year, month]) =>
    UTILITY_PROVIDERS.map((provider) => utility(b, owner, provider.id, year, month, 'unpaid')),
  );

  // The history: each month's bills (all at once or one by one), by a method of the cycle.
  let cycle = 0;
  const method = (): PaymentMethod => METHOD_CYCLE[cycle++ % METHOD_CYCLE.length]!;
  bills.forEach((monthBills, index) => {
    const last = index === bills.length - 1;
    if (last) return; // October 2026: still to pay
    const [year, month] = months[index]!;
    const paidAt = Date.UTC(year, month + 1, 5 + b.random.int(0, 15), 8 + b.random.int(0, 12), b.random.int(0, 59));
    const due = index === bills.length - 2 ? monthBills.filter((bill) => !bill.payee.includes('ЕИРЦ')) : monthBills;
    if (index % 3 === 0) pay(b, due, method(), paidAt, { status: 'completed' });
    else for (const bill of due) pay(b, [bill], method(), paidAt + b.random.int(0, 3) * DAY, { status: 'completed' });
  });
  const past = (daysAgo: number): number => seedNow - daysAgo * DAY - b.random.int(0, 10 * 3600) * 1000;
  pay(b, [paidFine], 'sbp', past(128), { status: 'completed' });
  pay(b, [paidTaxes[0]!], 'card', past(355), { status: 'completed' });
  pay(b, [paidTaxes[1]!], 'transfer', past(352), { status: 'completed' });
  pay(b, [paidDuties[0]!], 'wallet', past(199), { status: 'completed' });
  pay(b, [paidDuties[1]!], 'mobile', past(318), { status: 'completed' });
  // Declined attempts, each decline code once, for charges that are still unpaid (or were paid later).
  const declines: Array<[ChargeRecord[], PaymentMethod, DeclineCode, number]> = [
    [[taxes[1]!], 'card', 'insufficient-funds', 2],
    [[b.charges.find((c) => c.kind === 'fine' && c.status === 'unpaid')!], 'card', 'three-ds-failed', 3],
    [[paidDuties[0]!], 'linked-card', 'card-expired', 200],
    [[paidFine], 'sbp', 'expired', 129],
    [[taxes[0]!], 'wallet', 'cancelled', 6],
    [[paidTaxes[0]!], 'linked-card', 'code-attempts', 356],
    [[paidDuties[1]!], 'mobile', 'card-declined', 319],
  ];
  for (const [charges, how, code, daysAgo] of declines)
    pay(b, charges, how, past(daysAgo), { status: 'declined', code, reason: DECLINE_REASONS[code] });
  // A bank transfer under way: the penalties are held («в обработке») until it arrives.
  pay(b, [penalties], 'transfer', past(1), { status: 'pending' });
}

/** A few charges of another person (the ones a citizen may find by УИН and pay for them). */
function seedOtherPerson(b: Builder, owner: Profile, index: number): void {
  fine(b, owner, FINES[(index + 1) % FINES.length]!, 3 + index * 4, 'unpaid', { disputable: index % 2 === 0 });
  tax(b, owner, (['transport', 'property', 'land', 'ndfl'] as const)[index % 4]!, 2025, 'unpaid');
  duty(b, owner, DUTIES[index % DUTIES.length]!, 5 + index, 'unpaid');
}

/** Fills person-1's list up to LARGE_CHARGES with older charges of every kind (most paid, some unpaid). */
function fillLarge(b: Builder, owner: Profile): void {
  const own = (): number => b.charges.filter((charge) => charge.ownerId === owner.id).length;
  const kinds: readonly ChargeKind[] = ['fine', 'tax', 'utility', 'duty'];
  for (let i = 0; own() < LARGE_CHARGES; i += 1) {
    const kind = kinds[i % kinds.length]!;
    const roll = b.random.next();
    const status: ChargeRecord['status'] = roll < 0.55 ? 'paid' : roll < 0.95 ? 'unpaid' : 'cancelled';
    const daysAgo = b.random.int(20, 700);
    let charge: ChargeRecord;
    if (kind === 'fine') charge = fine(b, owner, b.random.pick(FINES), daysAgo, status);
    else if (kind === 'tax')
      charge = tax(b, owner, b.random.pick(['ndfl', 'transport', 'land', 'property'] as const), 2018 + (i % 7), status);
    else if (kind === 'duty') charge = duty(b, owner, b.random.pick(DUTIES), daysAgo, status);
    else {
      const month = new Date(b.seedNow - daysAgo * DAY);
      charge = utility(b, owner, UTILITY_PROVIDERS[i % 3]!.id, month.getUTCFullYear(), month.getUTCMonth(), status);
    }
    refreshCharge(charge, b.today);
  }
}

/** Seeds charges and payments; deterministic for the same random state. */
export function seedChargesAndPayments(
  random: SeededRandom,
  size: DbSize,
  persons: Profile[],
  seedNow: number,
): { charges: ChargeRecord[]; payments: PaymentRecord[] } {
  let chargeCounter = 0;
  let paymentCounter = 0;
  const b: Builder = {
    random,
    seedNow,
    today: isoDate(seedNow),
    charges: [],
    payments: [],
    nextCharge: () => `charge-${++chargeCounter}`,
    nextPayment: () => `payment-${++paymentCounter}`,
  };
  if (size === 'empty') return { charges: [], payments: [] };
  seedDefaultCitizen(b, persons[0]!);
  if (size === 'large') fillLarge(b, persons[0]!);
  persons.slice(1).forEach((person, index) => seedOtherPerson(b, person, index));
  settleBalances(b.charges);
  for (const charge of b.charges) refreshCharge(charge, b.today);
  b.payments.sort((a, c) => c.createdAt.localeCompare(a.createdAt));
  return { charges: b.charges, payments: b.payments };
}
