/**
 * Bank details of a charge's payee for a payment order («платёжное поручение», Положение Банка России № 762-П):
 * budget payees are paid through the Federal Treasury (the single treasury account, field 15; the treasury account,
 * field 17; КБК, field 104; ОКТМО, field 105), utility providers through their bank. Moscow's treasury details are the
 * real published ones; other regions' are made up in the same formats, stable per payee.
 */
import { innControl } from '../../components/core/validation/index.js';
import type { ChargeRecord, PaymentOrder, TaxKind } from './types.js';

/** The treasury of a region: its УФК, the Bank of Russia branch, БИК, the treasury account, ОКТМО. */
interface Treasury {
  ufk: string;
  bankName: string;
  bik: string;
  treasuryAccount: string;
  correspondentAccount: string;
  oktmo: string;
}

const MOSCOW: Treasury = {
  ufk: 'УФК по г. Москве',
  bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве г. Москва',
  bik: '004525988',
  treasuryAccount: '03100643000000017300',
  correspondentAccount: '40102810545370000003',
  oktmo: '45000000',
};

/** A stable string of `length` digits from a text (FNV-1a, repeated). */
function digitsFrom(text: string, length: number): string {
  let out = '';
  let hash = 0x811c9dc5;
  for (let round = 0; out.length < length; round += 1) {
    for (const char of `${text}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    out += String(hash).padStart(10, '0');
  }
  return out.slice(0, length);
}

/** A region's treasury, from the payee's name («… по Республике Татарстан» → «УФК по Республике Татарстан»). */
function treasuryOf(payee: string): Treasury {
  const region = /по (г\. Москве|г\. Санкт-Петербургу|[А-ЯЁ][^()]*?(области|краю|Республике [А-ЯЁ][а-яё]+))/.exec(
    payee,
  )?.[1];
  if (!region || region === 'г. Москве') return MOSCOW;
  const code = digitsFrom(region, 24);
  return {
    ufk: `УФК по ${region.replace(/ и Ленинградской области$/, '')}`,
    bankName: `Отделение Банка России//УФК по ${region.replace(/ и Ленинградской области$/, '')}`,
    bik: `01${code.slice(0, 4)}${code.slice(4, 7)}`,
    treasuryAccount: `031006430000000${code.slice(7, 12)}`,
    correspondentAccount: `401028${code.slice(10, 24)}`,
    oktmo: `${code.slice(2, 4)}701000`,
  };
}

/** A legal entity's ИНН (10 digits with its check digit) and КПП, stable per name. */
function legalInnKpp(name: string): { inn: string; kpp: string } {
  const body = `77${digitsFrom(name, 7)}`;
  return { inn: body + innControl(body), kpp: `77${digitsFrom(`${name}/kpp`, 2)}01001` };
}

const KBK_TAX: Record<TaxKind, string> = {
  ndfl: '18210102010011000110',
  transport: '18210604012021000110',
  land: '18210606043041000110',
  property: '18210601020041000110',
  other: '18201061201010000510',
};

/** Real ИНН/КПП of the Moscow payees (the tax office's is the ЕНП one: УФНС России по г. Москве). */
const KNOWN_PAYEES: Record<string, { inn: string; kpp: string }> = {
  'УФНС России по г. Москве': { inn: '7727406020', kpp: '770801001' },
  'ГУ МВД России по г. Москве (Госавтоинспекция)': { inn: '7707089101', kpp: '770731005' },
  'МВД России': { inn: '7706074737', kpp: '770601001' },
  Росреестр: { inn: '7706560536', kpp: '770601001' },
};

/** The КБК of a budget charge (field 104); twenty zeros for a utility bill (not a budget payment). */
function kbkOf(charge: ChargeRecord): string {
  switch (charge.kind) {
    case 'fine':
      return '18811601123010001140';
    case 'tax':
      return KBK_TAX[charge.taxKind ?? 'other'];
    case 'duty':
      if (charge.payee === 'Росреестр') return '32110807020011000110';
      return /паспорт/i.test(charge.title) ? '18810806000018003110' : '18810807141011000110';
    case 'utility':
      return '00000000000000000000';
  }
}

/** The payment order for paying one charge by bank transfer (amount: what is due now). */
export function paymentOrderFor(charge: ChargeRecord, amount: number): PaymentOrder {
  const purpose =
    charge.kind === 'utility' && charge.utility
      ? `Оплата по лицевому счёту ${charge.utility.accountNumber} за ${charge.utility.period}. ${charge.title}. Без НДС`
      : `${charge.title}. УИН ${charge.uin}`;
  if (charge.kind === 'utility') {
    const payee = legalInnKpp(charge.payee);
    return {
      chargeId: charge.id,
      payeeName: charge.payee,
      payeeInn: payee.inn,
      payeeKpp: payee.kpp,
      payeeAccount: `40702810${digitsFrom(`${charge.payee}/account`, 12)}`,
      bankName: 'ПАО Сбербанк г. Москва',
      bik: '044525225',
      correspondentAccount: '30101810400000000225',
      kbk: kbkOf(charge),
      oktmo: MOSCOW.oktmo,
      uin: charge.uin,
      amount,
      purpose,
    };
  }
  const treasury = treasuryOf(charge.payee);
  const payee = KNOWN_PAYEES[charge.payee] ?? legalInnKpp(charge.payee);
  return {
    chargeId: charge.id,
    payeeName: `${treasury.ufk} (${charge.payee})`,
    payeeInn: payee.inn,
    payeeKpp: payee.kpp,
    payeeAccount: treasury.treasuryAccount,
    bankName: treasury.bankName,
    bik: treasury.bik,
    correspondentAccount: treasury.correspondentAccount,
    kbk: kbkOf(charge),
    oktmo: treasury.oktmo,
    uin: charge.uin,
    amount,
    purpose,
  };
}
