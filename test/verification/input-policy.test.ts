/**
 * Issue 12, defect 12: the passport form sent a birth date of 10 000 letters as «missing» (the server then said
 * «Обязательное поле»), and «Кем выдан» / «Место рождения» took 10 000 characters and NUL bytes. The client says what is
 * wrong next to the field, keeps what was typed and sends nothing; the mock refuses the same over HTTP.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '../../mocks/browser.js';
import { deepText, expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { paste } from '../core/ui/fields-harness.js';
import type { GuVerification } from '../../components/verification/verification.js';
import { byLabel, byText, mountSignedIn, part, selectAll, tabTo, until } from './harness.js';

const field = (widget: GuVerification, name: string) => part(widget).querySelector(`gu-text-field[name="${name}"]`)!;
const input = (widget: GuVerification, name: string) => field(widget, name).shadowRoot!.querySelector('input')!;
const fieldError = (widget: GuVerification, name: string) =>
  field(widget, name).shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;

async function typeInto(label: string, text: string): Promise<void> {
  await tabTo(byLabel(label), label);
  await sendKeys({ type: text });
}

/** The form filled in correctly by keyboard (SNILS and birth date come pre-filled from the server). */
async function openFilledForm(): Promise<{ widget: GuVerification; checks: () => number; worker: SetupWorker }> {
  const worker = await startMockWorker({ quiet: true });
  let posted = 0;
  worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/verification/checks')) posted += 1;
  });
  const { widget } = await mountSignedIn('simplified');
  await tabTo(byText('Ввести данные'), 'enter data');
  await sendKeys({ press: 'Enter' });
  await until(() => part(widget).querySelector('form'), 'form');
  await typeInto('Серия и номер', '4510123456');
  await typeInto('Дата выдачи', '12.03.2015');
  await typeInto('Кем выдан', 'ГУ МВД России по г. Москве');
  await typeInto('Код подразделения', '770001');
  await typeInto('Место рождения', 'пос. Усть-Ордынский, Иркутская обл.');
  await tabTo((el) => el.id === 'consent', 'consent');
  await sendKeys({ press: 'Space' });
  return { widget, checks: () => posted, worker };
}

async function submit(): Promise<void> {
  await tabTo(byText('Отправить на проверку'), 'submit');
  await sendKeys({ press: 'Enter' });
}

describe('gu-verification: free text and dates in the passport form', () => {
  it('a birth date of 10 000 letters is «not a date» next to the field, and nothing is sent', async () => {
    const { widget, checks } = await openFilledForm();
    input(widget, 'birthDate').focus();
    await selectAll();
    paste(input(widget, 'birthDate'), 'я'.repeat(10_000));
    await sendKeys({ press: 'Tab' }); // leaves the field: the date is checked
    await until(() => fieldError(widget, 'birthDate').textContent?.includes('Введите дату'), 'date error');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'я' }); // edits it again: the error goes until the next check
    await submit();
    await until(
      () => fieldError(widget, 'birthDate').textContent?.includes('Введите дату в формате ДД.ММ.ГГГГ'),
      'date error on submit',
    );
    expectVisible(fieldError(widget, 'birthDate'), 'the birth date error');
    await until(() => deepText(part(widget).querySelector('gu-error-summary')!).includes('Дата рождения'), 'summary');
    expect(input(widget, 'birthDate').value).to.have.length(10_001);
    expect(checks(), 'nothing sent').to.equal(0);
  });

  it('10 000 characters in «Кем выдан»: the limit said at once and announced, the text kept, nothing sent', async () => {
    const { widget, checks } = await openFilledForm();
    const heard = recordAnnouncements({ existingOnly: true });
    try {
      input(widget, 'issuedBy').focus();
      await selectAll();
      paste(input(widget, 'issuedBy'), 'Д'.repeat(10_000));
      await heard.until('можно не больше 300 символов, сейчас 10 000');
    } finally {
      heard.stop();
    }
    expectVisible(fieldError(widget, 'issuedBy'), 'the «Кем выдан» error');
    await submit();
    await until(() => deepText(part(widget).querySelector('gu-error-summary')!).includes('300'), 'summary');
    expect(input(widget, 'issuedBy').value).to.have.length(10_000);
    expect(checks(), 'nothing sent').to.equal(0);
  });

  it('a NUL byte in «Кем выдан» is named, the text kept, nothing sent', async () => {
    const { widget, checks } = await openFilledForm();
    input(widget, 'issuedBy').focus();
    await sendKeys({ press: 'End' });
    paste(input(widget, 'issuedBy'), '\u0000');
    await until(() => fieldError(widget, 'issuedBy').textContent?.includes('U+0000'), 'NUL error');
    expectVisible(fieldError(widget, 'issuedBy'), 'the NUL error');
    await submit();
    expect(input(widget, 'issuedBy').value).to.equal('ГУ МВД России по г. Москве\u0000');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(checks(), 'nothing sent').to.equal(0);
  });

  it('real authorities and places with their punctuation are sent', async () => {
    const { widget, checks } = await openFilledForm();
    await submit();
    await until(() => checks() === 1, 'check sent');
    await until(() => part(widget).querySelector('progress'), 'progress');
  });
});

describe('the verification mock: the same policy over HTTP', () => {
  const valid = {
    passportSeries: '4510',
    passportNumber: '123456',
    passportIssuedAt: '2015-03-12',
    passportIssuedBy: 'ГУ МВД России по г. Москве',
    passportUnitCode: '770-001',
    snils: '00000000000',
    birthDate: '1990-01-01',
    birthPlace: 'пос. Усть-Ордынский, Иркутская обл.',
    citizenship: 'RU',
    consent: true,
  };
  async function post(
    body: Record<string, unknown>,
  ): Promise<{ status: number; body: { fields?: { field: string; code: string; message: string }[] } }> {
    const response = await fetch('/api/verification/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer mock-citizen-person-4' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  before(async () => {
    await startMockWorker({ quiet: true });
  });

  it('answers 400 naming the field for 10 000 characters, a NUL byte or a refused character', async () => {
    for (const [field, value, code] of [
      ['passportIssuedBy', 'Д'.repeat(10_000), 'too-long'],
      ['passportIssuedBy', 'ГУ МВД\u0000', 'control-character'],
      ['birthPlace', 'г. Тула <script>', 'character-not-allowed'],
      ['birthPlace', 'г. Тула\u0000', 'control-character'],
    ] as const) {
      const answer = await post({ ...valid, [field]: value });
      expect(answer.status, `${field}: ${code}`).to.equal(400);
      expect(answer.body.fields?.map((f) => [f.field, f.code])).to.deep.equal([[field, code]]);
      expect(answer.body.fields![0]!.message).to.not.equal('Обязательное поле.');
    }
  });

  it('a birth date that is not a date is «date-format», never «required»', async () => {
    const answer = await post({ ...valid, birthDate: 'я'.repeat(10_000) });
    expect(answer.status).to.equal(422);
    expect(answer.body.fields).to.deep.include({
      field: 'birthDate',
      code: 'date-format',
      message: 'Введите дату в формате ГГГГ-ММ-ДД.',
    });
  });

  it('the contract declares the same maxLength and the policy as its pattern', async () => {
    const { TEXT_PATTERN } = await import('../../components/core/validation/index.js');
    const { FREE_TEXT_MAX } = await import('../../components/verification/parts/standard.js');
    const contract = (await (await fetch('/mocks/generated/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { maxLength?: number; pattern?: string }> }> };
    };
    for (const name of ['passportIssuedBy', 'birthPlace']) {
      const schema = contract.components.schemas['StandardLevelData']!.properties[name]!;
      expect(schema.maxLength, name).to.equal(FREE_TEXT_MAX);
      expect(schema.pattern, name).to.equal(TEXT_PATTERN);
    }
  });
});
