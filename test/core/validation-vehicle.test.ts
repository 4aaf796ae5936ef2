import { expect } from '@open-wc/testing';
import {
  compactVehicleDocument,
  maskVehicleDocument,
  validateDrivingLicence,
  validateVehicleDocument,
  validateVehicleRegistration,
} from '../../components/core/validation/vehicle.js';

describe('core/validation vehicle documents (ВУ, СТС)', () => {
  it('accepts a series of digits or Cyrillic letters, however it is typed or pasted', () => {
    for (const [input, value] of [
      ['99 12 345678', '99 12 345678'],
      ['9912345678', '99 12 345678'],
      ['77 УХ 123456', '77 УХ 123456'],
      ['77 ух 123456', '77 УХ 123456'],
      ['77-УХ-123456', '77 УХ 123456'],
      ['  77\u00a0ав 123456 ', '77 АВ 123456'],
      ['№ 50 ОО 000001', '50 ОО 000001'],
      // Latin look-alikes (an English keyboard layout, a Latin OCR) mean the Cyrillic letters
      ['77 YX 123456', '77 УХ 123456'],
      ['77ab123456', '77 АВ 123456'],
    ] as const) {
      expect(validateVehicleDocument(input), input).to.deep.equal({ ok: true, value });
    }
    expect(validateDrivingLicence('99 12 345678')).to.deep.equal({ ok: true, value: '99 12 345678' });
    expect(validateVehicleRegistration('77 УХ 123456')).to.deep.equal({ ok: true, value: '77 УХ 123456' });
  });

  it('says precisely what is wrong', () => {
    for (const [input, reason] of [
      ['', 'required'],
      ['   ', 'required'],
      ['77 QZ 123456', 'characters'],
      ['77 УХ 12345!', 'characters'],
      ['99 12 34567', 'length'],
      ['99 12 3456789', 'length'],
      ['7У Х1 234567', 'series'],
      ['УХ 77 123456', 'series'],
      ['77 1Х 123456', 'series'],
      ['77 УХ 12345Ж', 'number'],
    ] as const) {
      expect(validateVehicleDocument(input), input).to.deep.equal({ ok: false, reason });
    }
  });

  it('formats as it is typed and leaves what it cannot read as typed', () => {
    expect(maskVehicleDocument('7')).to.equal('7');
    expect(maskVehicleDocument('77')).to.equal('77');
    expect(maskVehicleDocument('77у')).to.equal('77 У');
    expect(maskVehicleDocument('77ух1')).to.equal('77 УХ 1');
    expect(maskVehicleDocument('9912345678')).to.equal('99 12 345678');
    expect(maskVehicleDocument('77 YX 1234')).to.equal('77 УХ 1234');
    expect(maskVehicleDocument('77 QZ')).to.equal('77 QZ');
    expect(compactVehicleDocument(' 77-ух 12 ')).to.equal('77УХ12');
  });
});
