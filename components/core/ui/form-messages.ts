import { coreMessages, type CoreMessages } from '../i18n/index.js';
import { fieldsEn, fieldsRu, type FieldsMessages } from './locales/fields.js';

/**
 * Messages a form control renders: core validation messages plus the field words. A module of its own, so the
 * button and the error summary take the words without the fields' base class (and its input template).
 */
export type FormControlMessages = CoreMessages & FieldsMessages;

/** The catalogs every gu form control uses. */
export const formControlMessages = {
  ru: { ...coreMessages.ru, ...fieldsRu },
  en: { ...coreMessages.en, ...fieldsEn },
};
