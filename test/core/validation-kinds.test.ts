import { expect } from '@open-wc/testing';
import { FORMATTERS, VALIDATORS, checkValue } from '../../components/core/validation/kinds.js';
import { detectIdentifier } from '../../components/login/identifier.js';

describe('core/validation kinds', () => {
  it('checks a value as its kind and shows it in its display form', () => {
    expect(checkValue('snils', '11223344595')).to.deep.equal({
      ok: true,
      value: '11223344595',
      display: '112-233-445 95',
    });
    expect(checkValue('phone', '89161234567')).to.deep.equal({
      ok: true,
      value: '+79161234567',
      display: '+7 (916) 123-45-67',
    });
    expect(checkValue('passport', '4508123456')).to.deep.equal({
      ok: true,
      value: '4508123456',
      display: '45 08 123456',
    });
    // A kind without a display form is shown as its value.
    expect(checkValue('inn-person', '500100732259')).to.deep.equal({
      ok: true,
      value: '500100732259',
      display: '500100732259',
    });
  });

  it('gives the validator’s reason for a value that is not one', () => {
    expect(checkValue('snils', '11223344596')).to.deep.equal({ ok: false, reason: 'checksum' });
    expect(checkValue('inn-organisation', '500100732259')).to.have.property('ok', false);
    expect(checkValue('email', 'anna@')).to.have.property('ok', false);
  });

  it('has a validator for every kind and display forms only for kinds that have one', () => {
    expect(Object.keys(VALIDATORS).sort()).to.deep.equal(
      ['email', 'inn', 'inn-organisation', 'inn-person', 'passport', 'phone', 'snils', 'uin', 'unit-code'].sort(),
    );
    expect(Object.keys(FORMATTERS).sort()).to.deep.equal(['passport', 'phone', 'snils']);
  });

  it('is what <gu-login>’s identifier detection reports (kind, value, display)', () => {
    expect(detectIdentifier('112-233-445 95')).to.deep.equal({
      kind: 'snils',
      ok: true,
      value: '11223344595',
      display: '112-233-445 95',
    });
    expect(detectIdentifier('Anna@Example.ru')).to.deep.equal({
      kind: 'email',
      ok: true,
      value: 'anna@example.ru',
      display: 'Anna@example.ru',
    });
    expect(detectIdentifier('500100732259')).to.include({ kind: 'inn', ok: true });
    expect(detectIdentifier('4508123456', true)).to.include({ kind: 'passport', display: '45 08 123456' });
    expect(detectIdentifier('4508123456')).to.deep.equal({ kind: undefined, ok: false, reason: 'length' });
    expect(detectIdentifier('11223344596')).to.deep.equal({ kind: 'snils', ok: false, reason: 'checksum' });
  });
});
