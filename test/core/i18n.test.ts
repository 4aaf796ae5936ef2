import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  apiErrorMessage,
  coreMessages,
  formatDate,
  formatMoney,
  formatNumber,
  LocaleController,
  plural,
  resolveLocale,
  toLocale,
  validationMessage,
} from '../../components/core/i18n/index.js';
import { fieldsEn, fieldsRu } from '../../components/core/ui/locales/fields.js';
import { feedbackEn, feedbackRu } from '../../components/core/ui/locales/feedback.js';
import { portalEn, portalRu } from '../../shells/portal/locales.js';
import { sessionEn, sessionRu } from '../../components/core/session/locales.js';
import { actionEn, statusEn, trackerEn } from '../../components/application-tracker/locales/en.js';
import { actionRu, statusRu, trackerRu } from '../../components/application-tracker/locales/ru.js';
import { listLaterEn, listLaterRu } from '../../components/application-tracker/locales/list-later.js';
import { listEn, sortEn } from '../../components/application-tracker/locales/list-en.js';
import { listRu, sortRu } from '../../components/application-tracker/locales/list-ru.js';
import { validateSnils, validatePhone } from '../../components/core/validation/index.js';

const NBSP = /[\u00a0\u202f]/g;
const applications = { one: '{n} заявление', few: '{n} заявления', many: '{n} заявлений', other: '{n} заявления' };

describe('i18n: plurals (CLDR)', () => {
  it('picks Russian one/few/many/other', () => {
    const cases: [number, string][] = [
      [1, '1 заявление'],
      [2, '2 заявления'],
      [4, '4 заявления'],
      [5, '5 заявлений'],
      [11, '11 заявлений'],
      [12, '12 заявлений'],
      [21, '21 заявление'],
      [22, '22 заявления'],
      [25, '25 заявлений'],
      [111, '111 заявлений'],
      [0, '0 заявлений'],
      [1.5, '1,5 заявления'],
    ];
    for (const [count, expected] of cases)
      expect(plural('ru', count, applications).replace(NBSP, ' '), String(count)).to.equal(expected);
  });

  it('formats the number in the plural with the locale grouping', () => {
    expect(plural('ru', 10000, applications).replace(NBSP, ' ')).to.equal('10 000 заявлений');
    expect(plural('en', 10000, { one: '{n} item', few: '', many: '', other: '{n} items' })).to.equal('10,000 items');
  });

  it('uses one/other in English', () => {
    const forms = { one: '{n} charge', few: 'x', many: 'x', other: '{n} charges' };
    expect(plural('en', 1, forms)).to.equal('1 charge');
    expect(plural('en', 2, forms)).to.equal('2 charges');
    expect(plural('en', 5, forms)).to.equal('5 charges');
  });

  it('core catalog plurals read right in both languages', () => {
    expect(plural('ru', 3, coreMessages.ru.errorCount)).to.equal('Найдены 3 ошибки');
    expect(plural('ru', 5, coreMessages.ru.errorCount)).to.equal('Найдено 5 ошибок');
    expect(plural('en', 1, coreMessages.en.errorCount)).to.equal('1 error found');
  });
});

describe('i18n: Intl formatting', () => {
  it('formats roubles from kopecks', () => {
    expect(formatMoney('ru', 123450).replace(NBSP, ' ')).to.equal('1 234,50 ₽');
    expect(formatMoney('en', 123450)).to.match(/1,234\.50/);
    expect(formatMoney('en', 123450)).to.match(/RUB|₽/);
  });
  it('formats dates in Moscow time', () => {
    expect(formatDate('ru', '2026-11-24T22:30:00Z')).to.equal('25 ноября 2026 г.');
    expect(formatDate('en', '2026-11-24T22:30:00Z')).to.equal('25 November 2026');
    expect(formatDate('ru', 'not a date')).to.equal('');
  });
  it('groups numbers', () => {
    expect(formatNumber('ru', 1234567).replace(NBSP, ' ')).to.equal('1 234 567');
    expect(formatNumber('en', 1234567)).to.equal('1,234,567');
  });

  // Counts and long dates are written out without Intl (format.ts: the first Intl formatter of a page costs 15–30 ms);
  // they must read exactly as Intl would write them.
  // One formatter per locale: building one per date made the 41 000-date comparison below take 20 s on a loaded machine.
  const intlDates = {
    ru: new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'long' }),
    en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', dateStyle: 'long' }),
  };
  const intlDate = (locale: 'ru' | 'en', date: Date) => intlDates[locale].format(date);
  it('writes whole counts exactly as Intl does', () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000];
    for (let value = 1; value < Number.MAX_SAFE_INTEGER / 7; value = value * 7 + (value % 5)) values.push(value);
    values.push(Number.MAX_SAFE_INTEGER);
    for (const locale of ['ru', 'en'] as const) {
      const intl = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB');
      for (const value of values)
        expect(formatNumber(locale, value), `${locale} ${value}`).to.equal(intl.format(value));
      // Fractions and negative numbers are Intl's.
      for (const value of [-1234, 0.5, 1234.56])
        expect(formatNumber(locale, value), `${locale} ${value}`).to.equal(intl.format(value));
    }
  });
  it('writes long dates in Moscow exactly as Intl does, on both sides of midnight and of 2014', () => {
    const dates: Date[] = [];
    // Every 7 hours 13 minutes from 2014 to 2031: every month, hours around Moscow midnight, leap days.
    for (let t = Date.UTC(2014, 0, 1); t < Date.UTC(2031, 0, 1); t += (7 * 60 + 13) * 60_000) dates.push(new Date(t));
    dates.push(new Date('2014-10-25T21:59:59Z'), new Date('2014-10-25T22:00:00Z'), new Date('2028-02-29T21:00:00Z'));
    dates.push(new Date('1999-12-31T20:59:59Z'), new Date('9999-12-31T20:59:59Z'), new Date('9999-12-31T21:00:00Z'));
    const differences: string[] = [];
    for (const locale of ['ru', 'en'] as const)
      for (const date of dates) {
        const ours = formatDate(locale, date);
        const intl = intlDate(locale, date);
        if (ours !== intl) differences.push(`${locale} ${date.toISOString()}: ${ours} ≠ ${intl}`);
      }
    expect(differences.slice(0, 10)).to.deep.equal([]);
  });
});

describe('i18n: catalogs', () => {
  const catalogs: [string, { ru: object; en: object }][] = [
    ['core', coreMessages as never],
    ['fields', { ru: fieldsRu, en: fieldsEn } as never],
    ['feedback', { ru: feedbackRu, en: feedbackEn } as never],
    ['portal', { ru: portalRu, en: portalEn } as never],
    ['session', { ru: sessionRu, en: sessionEn } as never],
    ['tracker', { ru: trackerRu, en: trackerEn } as never],
    ['tracker list', { ru: listRu, en: listEn } as never],
    ['tracker list, later strings', { ru: listLaterRu, en: listLaterEn } as never],
    ['tracker statuses', { ru: statusRu, en: statusEn } as never],
    ['tracker sort options', { ru: sortRu, en: sortEn } as never],
    ['tracker actions', { ru: actionRu, en: actionEn } as never],
  ];
  for (const [name, { ru, en }] of catalogs) {
    it(`${name}: English has every Russian key, and translations differ from Russian`, () => {
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(ru).sort());
      for (const [key, value] of Object.entries(en)) {
        if (typeof value === 'string' && value.length > 3) {
          expect(/[а-яё]/i.test(value), `${name}.${key} is still Russian: ${value}`).to.equal(false);
        }
      }
    });
  }

  it('gives a precise message per identifier and reason', () => {
    const snils = validateSnils('112-233-445 96');
    const phone = validatePhone('+7 701 123 45 67');
    if (snils.ok || phone.ok) throw new Error('vectors must be invalid');
    expect(validationMessage(coreMessages.ru, 'snils', snils.reason)).to.contain('Контрольное число СНИЛС');
    expect(validationMessage(coreMessages.en, 'phone', phone.reason)).to.contain('Kazakhstan');
    expect(validationMessage(coreMessages.ru, 'uin', 'required')).to.equal('Заполните это поле');
    expect(validationMessage(coreMessages.ru, 'one-time-code', 'length', 6)).to.equal('Введите код из 6 цифр');
  });
});

const testRu = { hello: 'Здравствуйте' };
const testEn: typeof testRu = { hello: 'Hello' };

class GuI18nProbe extends LitElement {
  static override properties = { locale: { type: String, reflect: true } };
  declare locale: string | undefined;
  readonly i18n = new LocaleController(this, { ru: testRu, en: testEn });
  override render() {
    return html`<p>${this.i18n.msg.hello}</p>`;
  }
}
customElements.define('gu-i18n-probe', GuI18nProbe);

const textOf = (el: Element) => el.shadowRoot?.textContent?.trim();

describe('i18n: locale resolution and runtime switching', () => {
  it('defaults to Russian', async () => {
    const el = await fixture<GuI18nProbe>(html`<gu-i18n-probe></gu-i18n-probe>`);
    expect(resolveLocale(el)).to.equal(document.documentElement.lang === 'en' ? 'en' : 'ru');
    expect(textOf(el)).to.equal('Здравствуйте');
  });

  it('prefers the locale attribute over the nearest lang', async () => {
    const wrapper = await fixture(html`<div lang="ru"><gu-i18n-probe locale="en"></gu-i18n-probe></div>`);
    expect(textOf(wrapper.querySelector('gu-i18n-probe')!)).to.equal('Hello');
  });

  it('follows the nearest lang across shadow roots and maps regional tags', async () => {
    const host = await fixture(html`<div lang="en-GB"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('gu-i18n-probe');
    root.append(probe);
    await (probe as GuI18nProbe).updateComplete;
    expect(textOf(probe)).to.equal('Hello');
  });

  it('falls back to Russian for an unsupported language', async () => {
    const wrapper = await fixture(html`<div lang="de"><gu-i18n-probe></gu-i18n-probe></div>`);
    expect(textOf(wrapper.querySelector('gu-i18n-probe')!)).to.equal('Здравствуйте');
    expect(toLocale('de')).to.equal(undefined);
  });

  it('re-renders when the page language changes at runtime', async () => {
    const wrapper = await fixture(html`<div lang="ru"><gu-i18n-probe></gu-i18n-probe></div>`);
    const probe = wrapper.querySelector<GuI18nProbe>('gu-i18n-probe')!;
    wrapper.setAttribute('lang', 'en');
    await nextFrame();
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Hello');
    wrapper.setAttribute('lang', 'ru');
    await nextFrame();
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Здравствуйте');
  });

  it('re-renders when the locale attribute changes', async () => {
    const probe = await fixture<GuI18nProbe>(html`<gu-i18n-probe locale="ru"></gu-i18n-probe>`);
    probe.locale = 'en';
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Hello');
  });
});

describe('i18n: catalogs loaded on demand', () => {
  const ruCatalog = { hello: 'Здравствуйте' };
  let loads = 0;
  const lazy = {
    ru: ruCatalog,
    en: async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { hello: 'Hello' };
    },
  };
  class GuLazyProbe extends LitElement {
    readonly i18n = new LocaleController(this, lazy);
    override render() {
      return html`<p lang=${this.i18n.lang}>${this.i18n.msg.hello}</p>`;
    }
  }
  customElements.define('gu-lazy-probe', GuLazyProbe);
  const p = (el: Element) => el.shadowRoot!.querySelector('p')!;

  it('never loads English for a Russian page, loads it once for English ones, and keeps text and lang in step', async () => {
    const ruProbe = await fixture<GuLazyProbe>(html`<gu-lazy-probe locale="ru"></gu-lazy-probe>`);
    expect(p(ruProbe).textContent).to.equal('Здравствуйте');
    expect(loads).to.equal(0);
    const enProbe = await fixture<GuLazyProbe>(html`<gu-lazy-probe locale="en"></gu-lazy-probe>`);
    expect(p(enProbe).textContent, 'Russian while English loads').to.equal('Здравствуйте');
    expect(p(enProbe).getAttribute('lang'), 'lang says what the text is').to.equal('ru');
    await enProbe.i18n.ready();
    await enProbe.updateComplete;
    expect(p(enProbe).textContent).to.equal('Hello');
    expect(p(enProbe).getAttribute('lang')).to.equal('en');
    const second = await fixture<GuLazyProbe>(html`<gu-lazy-probe locale="en"></gu-lazy-probe>`);
    expect(second.i18n.ready(), 'already loaded').to.equal(undefined);
    expect(p(second).textContent).to.equal('Hello');
    expect(loads, 'one download for every host').to.equal(1);
  });
});

describe('i18n: messages for failed requests', () => {
  it('words every ApiError kind from the core catalog, and leaves rate-limited, aborted and unknown kinds to the caller', () => {
    for (const locale of ['ru', 'en'] as const) {
      const core = coreMessages[locale];
      const worded = [
        'network',
        'timeout',
        'unauthorized',
        'forbidden',
        'not-found',
        'conflict',
        'validation',
        'server',
        'malformed',
      ];
      const texts = worded.map((kind) => apiErrorMessage(core, kind));
      for (const [index, text] of texts.entries())
        expect(text, `${locale} ${worded[index]}`).to.be.a('string').and.not.equal('');
      expect(new Set(texts).size, 'one distinct message per kind').to.equal(worded.length);
      expect(apiErrorMessage(core, 'network')).to.equal(core.apiNetwork);
      for (const kind of ['rate-limited', 'aborted', 'teapot', 'constructor', '__proto__', undefined])
        expect(apiErrorMessage(core, kind), String(kind)).to.equal(undefined);
    }
  });
});
