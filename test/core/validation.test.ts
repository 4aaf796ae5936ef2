import { expect } from '@open-wc/testing';
import {
  TEXT_PATTERN,
  checkFreeText,
  tidyFreeText,
  formatPassport,
  formatPhone,
  formatSnils,
  maskPhone,
  validateEmail,
  validateInn,
  validateOneTimeCode,
  validatePassport,
  validatePassportUnitCode,
  validatePhone,
  validateSnils,
  validateUin,
} from '../../components/core/validation/index.js';

/** Every other value of the check digit(s) — the last `checkDigits` positions — must fail. */
function expectEveryCheckDigitChangeFails(
  valid: string,
  validate: (input: string) => { ok: boolean },
  checkDigits: number,
) {
  for (let index = valid.length - checkDigits; index < valid.length; index += 1) {
    for (let digit = 0; digit <= 9; digit += 1) {
      const changed = valid.slice(0, index) + String(digit) + valid.slice(index + 1);
      if (changed === valid) continue;
      expect(validate(changed).ok, `${changed} (position ${index})`).to.equal(false);
    }
  }
}

describe('validation: СНИЛС', () => {
  it('accepts the §5 vector in every pasted form', () => {
    for (const input of ['112-233-445 95', '11223344595', '112 233 445 95', ' 112-233-445-95 ']) {
      expect(validateSnils(input)).to.deep.equal({ ok: true, value: '11223344595' });
    }
  });
  it('rejects a changed check digit', () => {
    expect(validateSnils('112-233-445 96')).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(validateSnils('112-233-445 59')).to.deep.equal({ ok: false, reason: 'checksum' });
  });
  it('rejects every other value of either control digit', () => {
    expectEveryCheckDigitChangeFails('11223344595', validateSnils, 2);
  });
  it('skips the checksum up to 001-001-998', () => {
    expect(validateSnils('001-001-998 00').ok).to.equal(true);
    expect(validateSnils('001-001-999 00').ok).to.equal(false);
  });
  it('gives precise reasons for empty, letters and wrong length', () => {
    expect(validateSnils('')).to.deep.equal({ ok: false, reason: 'required' });
    expect(validateSnils('112-233-44a 95')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateSnils('112-233-445 9')).to.deep.equal({ ok: false, reason: 'length' });
  });
  it('formats 11 digits', () => expect(formatSnils('11223344595')).to.equal('112-233-445 95'));
});

describe('validation: ИНН', () => {
  it('accepts the 10- and 12-digit vectors', () => {
    expect(validateInn('7707083893')).to.deep.equal({ ok: true, value: '7707083893' });
    expect(validateInn('500100732259')).to.deep.equal({ ok: true, value: '500100732259' });
  });
  it('rejects the changed vectors', () => {
    expect(validateInn('7707083894')).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(validateInn('500100732258')).to.deep.equal({ ok: false, reason: 'checksum' });
  });
  it('rejects every other value of the check digits', () => {
    expectEveryCheckDigitChangeFails('7707083893', validateInn, 1);
    expectEveryCheckDigitChangeFails('500100732259', validateInn, 2);
  });
  it('rejects a changed digit in the body of the vectors', () => {
    expect(validateInn('7707083393').ok).to.equal(false);
    expect(validateInn('500100752259').ok).to.equal(false);
  });
  it('checks the length for a person or an organisation', () => {
    expect(validateInn('7707083893', 'person')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateInn('500100732259', 'organisation')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateInn('500100732259', 'person').ok).to.equal(true);
    expect(validateInn('0000000000')).to.deep.equal({ ok: false, reason: 'all-zeros' });
  });
});

describe('validation: УИН', () => {
  const vectors = ['18810177200000000009', '18810177000000000079', '18810177000000000410'];
  it('accepts the three §5 vectors (first pass, second pass, both passes 10)', () => {
    for (const uin of vectors) expect(validateUin(uin)).to.deep.equal({ ok: true, value: uin });
  });
  it('rejects every other value of the check digit', () => {
    for (const uin of vectors) expectEveryCheckDigitChangeFails(uin, validateUin, 1);
  });
  it('rejects a changed digit in the body', () => {
    // Note: two-pass mod 11 cannot catch every single-digit change (18810377200000000009 also passes).
    expect(validateUin('18810177200000000019').ok).to.equal(false);
    expect(validateUin('18810177000000000179').ok).to.equal(false);
  });
  it('rejects all zeros, wrong length and letters', () => {
    expect(validateUin('00000000000000000000')).to.deep.equal({ ok: false, reason: 'all-zeros' });
    expect(validateUin('1881017720000000000')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateUin('1881017720000000000A')).to.deep.equal({ ok: false, reason: 'format' });
  });
  it('accepts pasted spacing', () => {
    expect(validateUin('1881 0177 2000 0000 0009').ok).to.equal(true);
  });
});

describe('validation: phone', () => {
  it('normalises every usual way of writing a Russian mobile to +7', () => {
    for (const input of [
      '+7 (916) 123-45-67',
      '8 916 123 45 67',
      '89161234567',
      '79161234567',
      '9161234567',
      '+7-916-123-45-67',
    ]) {
      expect(validatePhone(input), input).to.deep.equal({ ok: true, value: '+79161234567' });
    }
  });
  it('rejects foreign and Kazakhstan numbers with their own reasons', () => {
    expect(validatePhone('+44 20 7946 0958')).to.deep.equal({ ok: false, reason: 'foreign' });
    expect(validatePhone('+7 701 123 45 67')).to.deep.equal({ ok: false, reason: 'kazakhstan' });
    expect(validatePhone('+7 916 123')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validatePhone('телефон')).to.deep.equal({ ok: false, reason: 'format' });
  });
  it('formats and masks', () => {
    expect(formatPhone('+79161234567')).to.equal('+7 (916) 123-45-67');
    expect(maskPhone('+79161234567')).to.equal('+7 (***) ***-45-67');
  });
});

describe('validation: passport, e-mail, one-time code', () => {
  it('checks passport series and number as format only', () => {
    expect(validatePassport('45 08 123456')).to.deep.equal({ ok: true, value: '4508123456' });
    expect(validatePassport('45 08 12345')).to.deep.equal({ ok: false, reason: 'length' });
    expect(formatPassport('4508123456')).to.equal('45 08 123456');
    expect(validatePassportUnitCode('770001')).to.deep.equal({ ok: true, value: '770-001' });
    expect(validatePassportUnitCode('77-0001').ok).to.equal(true);
    expect(validatePassportUnitCode('77000')).to.deep.equal({ ok: false, reason: 'length' });
  });
  it('accepts real addresses, Cyrillic domains included, and rejects garbage', () => {
    expect(validateEmail(' ivan.petrov@mail.ru ')).to.deep.equal({ ok: true, value: 'ivan.petrov@mail.ru' });
    expect(validateEmail('иван@почта.рф').ok).to.equal(true);
    for (const bad of ['ivan', 'ivan@', '@mail.ru', 'ivan@mail', 'iv an@mail.ru', 'ivan..p@mail.ru', '<script>@x.ru']) {
      expect(validateEmail(bad).ok, bad).to.equal(false);
    }
  });
  it('normalises one-time codes pasted with spaces or dashes', () => {
    for (const input of ['123 456', '123-456', '123456']) {
      expect(validateOneTimeCode(input)).to.deep.equal({ ok: true, value: '123456' });
    }
    expect(validateOneTimeCode('12345')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateOneTimeCode('12a456')).to.deep.equal({ ok: false, reason: 'format' });
  });
});

// Issue 12, defect 12: one free-text policy for the fields and the mock.
describe('checkFreeText', () => {
  const policy = { maxLength: 300 } as const;

  it('takes the names of authorities and places as real documents print them', () => {
    for (const text of [
      'ГУ МВД России по г. Москве',
      'пос. Усть-Ордынский, Иркутская обл.',
      'Отделением УФМС России по Санкт-Петербургу и Ленинградской обл. в Приморском р-не',
      'ТП № 2 ОУФМС России по Республике Саха (Якутия)',
      'ОВД «Арбат»; д. 5/2, корп. 1',
      'ул. 8 Марта: д’Артаньян "Ё"',
    ])
      expect(checkFreeText(text, policy), text).to.deep.equal({ ok: true, value: text });
  });

  it('tidies spaces only: no-break and runs of spaces become one space, ends trimmed', () => {
    expect(checkFreeText('  г.\u00a0Тула   обл. ', policy)).to.deep.equal({ ok: true, value: 'г. Тула обл.' });
    expect(tidyFreeText('\u2009а\u202fб ')).to.equal('а б');
  });

  it('refuses control characters first, NUL included, with the code point and position', () => {
    expect(checkFreeText('г. Тула\u0000', policy)).to.deep.equal({
      ok: false,
      issue: { reason: 'control', codePoint: 0, position: 8 },
    });
    expect(checkFreeText('а\nб', { maxLength: 1 })).to.deep.equal({
      ok: false,
      issue: { reason: 'control', codePoint: 10, position: 2 },
    });
    expect(checkFreeText('\u009b', { maxLength: 9, charset: 'printable' })).to.deep.include({ ok: false });
  });

  it('counts characters (code points), not UTF-16 units, against maxLength', () => {
    expect(checkFreeText('а'.repeat(10_000), policy)).to.deep.equal({
      ok: false,
      issue: { reason: 'too-long', maxLength: 300, length: 10_000 },
    });
    expect(checkFreeText('𝔸'.repeat(3), { maxLength: 3, charset: 'printable' })).to.deep.equal({
      ok: true,
      value: '𝔸𝔸𝔸',
    });
  });

  it('refuses characters outside the text set, naming the first; printable takes them', () => {
    expect(checkFreeText('ОВД <b>', policy)).to.deep.equal({
      ok: false,
      issue: { reason: 'character', character: '<', position: 5 },
    });
    expect(checkFreeText('ОВД <b>', { maxLength: 300, charset: 'printable' }).ok).to.equal(true);
  });

  it('says required only when asked to', () => {
    expect(checkFreeText('   ', policy)).to.deep.equal({ ok: true, value: '' });
    expect(checkFreeText('   ', { ...policy, required: true })).to.deep.equal({
      ok: false,
      issue: { reason: 'required' },
    });
  });

  it('TEXT_PATTERN (the contract) agrees with the character set', () => {
    const pattern = new RegExp(TEXT_PATTERN, 'u');
    expect(pattern.test('пос. Усть-Ордынский, Иркутская обл.')).to.equal(true);
    expect(pattern.test('ОВД <b>')).to.equal(false);
    expect(pattern.test('г. Тула\u0000')).to.equal(false);
  });
});
