/**
 * Finding a charge that is not in the citizen's list (GET /charges/search): a paper notice, a relative's fine. Searches
 * every citizen's charges and a few fixed «paper notice» charges that belong to nobody in the database:
 *
 * | УИН / index            | what                                                      |
 * | ---------------------- | --------------------------------------------------------- |
 * | 18810177200000000009   | fine 500 ₽, its 50 % discount running (250 ₽)             |
 * | 18810377200000000009   | fine 1 500 ₽, its discount past (the pasted УИН)  |
 * | 18810177000000000079   | fine 800 ₽, discount running                              |
 * | 18810177000000000410   | fine 5 000 ₽, no discount (a repeat offence)              |
 * | 18206500230012345678   | tax notice (transport tax), found by its document index   |
 *
 * By `uin` (20 or 25 digits, check digit), `resolution` (a fine's resolution number, 20 digits) or `document-index`
 * (a tax notice's index, 20 digits). An invalid value answers 400 with `fields: [{ field: value, code }]`. Every unpaid
 * charge found is granted to the citizen (found-charges.ts), so POST /payments accepts it.
 */
import { uinControl, validateUin } from '../../components/core/validation/index.js';
import { currentCharge, getDb, mockToday, type ChargeRecord, type Db } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http } from '../handlers/support.js';
import { searchFail } from './documents.js';
import { grantFoundCharge } from './found-charges.js';

type Charge = components['schemas']['Charge'];
type SearchBy = components['schemas']['ChargeSearchBy'];

const SEARCH_BY: readonly SearchBy[] = ['uin', 'resolution', 'document-index'];
/** The owner of the paper notices: nobody who signs in. */
export const PAPER_NOTICE_OWNER = 'paper-notice';
const DAY = 86_400_000;
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The tax notice's document index (a valid УИН: 19 digits and the check digit). */
export const TAX_NOTICE_INDEX = `1820650023001234567${uinControl('1820650023001234567')}`;

/** The fixed «paper notice» charges (see the table above), dated around the charges' day (mockToday). */
function paperNotices(now: number): ChargeRecord[] {
  const fine = (
    uin: string,
    daysAgo: number,
    amount: number,
    discount: boolean,
    reason: string,
    title: string,
  ): ChargeRecord => {
    const issued = now - daysAgo * DAY;
    const until = isoDate(issued + 20 * DAY);
    const active = discount && isoDate(now) <= until;
    return {
      id: `charge-paper-${uin}`,
      ownerId: PAPER_NOTICE_OWNER,
      uin,
      kind: 'fine',
      title,
      reason,
      payee: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
      amount,
      amountDue: active ? amount / 2 : amount,
      ...(discount ? { discount: { amount: amount / 2, until, active } } : {}),
      issuedAt: isoDate(issued),
      dueDate: isoDate(issued + 70 * DAY),
      overdue: false,
      status: 'unpaid',
      resolutionNumber: uin,
      resolutionDate: isoDate(issued),
      source: { type: 'search' },
      disputable: false,
    };
  };
  const taxIssued = now - 15 * DAY;
  return [
    fine(
      '18810177200000000009',
      6,
      50_000,
      true,
      'КоАП РФ ст. 12.9 ч. 2: превышение скорости на 20–40 км/ч',
      'Штраф ГИБДД по постановлению',
    ),
    fine(
      '18810377200000000009',
      40,
      150_000,
      true,
      'КоАП РФ ст. 12.16 ч. 4: остановка в запрещённом месте',
      'Штраф ГИБДД по постановлению',
    ),
    fine(
      '18810177000000000079',
      3,
      80_000,
      true,
      'КоАП РФ ст. 12.6: водитель не пристёгнут ремнём безопасности',
      'Штраф ГИБДД по постановлению',
    ),
    fine(
      '18810177000000000410',
      12,
      500_000,
      false,
      'КоАП РФ ст. 12.9 ч. 7: повторное превышение скорости',
      'Штраф ГИБДД по постановлению',
    ),
    {
      id: `charge-paper-${TAX_NOTICE_INDEX}`,
      ownerId: PAPER_NOTICE_OWNER,
      uin: TAX_NOTICE_INDEX,
      kind: 'tax',
      title: 'Транспортный налог',
      reason: `Налоговое уведомление № 12345678 за ${new Date(now).getUTCFullYear() - 1} год`,
      payee: 'УФК по г. Москве (ИФНС России № 28 по г. Москве)',
      amount: 367_500,
      amountDue: 367_500,
      issuedAt: isoDate(taxIssued),
      dueDate: isoDate(taxIssued + 45 * DAY),
      overdue: false,
      status: 'unpaid',
      taxKind: 'transport',
      taxPeriod: new Date(now).getUTCFullYear() - 1,
      source: { type: 'search' },
      disputable: false,
    },
  ];
}

const seeded = new WeakSet<Db>();

/** Puts the paper notices into the database once (those whose УИН is not there already). */
export function ensurePaperNotices(db: Db = getDb()): void {
  if (seeded.has(db)) return;
  seeded.add(db);
  for (const notice of paperNotices(Date.parse(`${mockToday()}T09:00:00Z`)))
    if (!db.charges.some((charge) => charge.uin === notice.uin)) db.charges.push(notice);
}

/** The digits a value of `by` must be, or the field error's code. */
function checkValue(by: SearchBy, raw: string): { value: string } | { code: 'format' | 'checksum' } {
  const value = raw.replace(/[\s-]/g, '');
  if (by === 'uin') {
    const result = validateUin(value);
    return result.ok ? { value: result.value } : { code: result.reason === 'checksum' ? 'checksum' : 'format' };
  }
  return /^\d{20}$/.test(value) ? { value } : { code: 'format' };
}

function matches(by: SearchBy, charge: ChargeRecord, value: string): boolean {
  if (charge.status === 'cancelled') return false;
  if (by === 'uin') return charge.uin === value;
  if (by === 'resolution') return charge.kind === 'fine' && charge.resolutionNumber === value;
  return (charge.kind === 'tax' || charge.kind === 'duty') && charge.uin === value;
}

/** GET /charges/search. */
export const findHandlers = [
  http.get('/charges/search', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const url = new URL(request.url);
    const by = url.searchParams.get('by') ?? '';
    const raw = url.searchParams.get('value') ?? '';
    const fields: Array<{ field: string; code: string }> = [];
    if (!SEARCH_BY.includes(by as SearchBy)) fields.push({ field: 'by', code: by ? 'invalid' : 'required' });
    if (raw === '' || raw.length > 30) fields.push({ field: 'value', code: raw ? 'invalid' : 'required' });
    if (fields.length > 0) return response.untyped(searchFail(request, 400, 'validation-failed', fields));
    const checked = checkValue(by as SearchBy, raw);
    if ('code' in checked)
      return response.untyped(
        searchFail(request, 400, 'validation-failed', [{ field: 'value', code: checked.code }]) as never,
      );
    const db = getDb();
    ensurePaperNotices(db);
    const items: Charge[] = [];
    for (const record of db.charges) {
      if (!matches(by as SearchBy, record, checked.value)) continue;
      const { ownerId: owner, ...charge } = currentCharge(record);
      if (owner !== ownerId) {
        if (charge.status === 'unpaid') grantFoundCharge(ownerId, charge.id);
        charge.source = { type: 'search' };
      }
      items.push(structuredClone(charge));
    }
    return response(200).json({ items });
  }),
];
