/** The catalogs of the tracker's parts (detail, upload, chart): Russian, and English loaded when a part needs it. */
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { trackerRu, type TrackerMessages } from '../locales/ru.js';

export const trackerMessages: LazyCatalogs<TrackerMessages> = {
  ru: trackerRu,
  en: () => import('../locales/en.js').then((module) => module.trackerEn),
};
