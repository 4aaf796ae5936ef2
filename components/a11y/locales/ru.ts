import type { Catalog } from '../../core/i18n/catalog.js';

/**
 * <gu-a11y-panel>'s messages; en.ts has the same keys. Options are `<group>.<value>` (the values of preferences.ts);
 * what is announced when an option is chosen is `said.<group>.<value>`, or else `changed(group, option)`.
 */
export const panelRu = {
  heading: 'Версия для слабовидящих',
  /** The letters on a colour scheme's decorative sample. */
  sample: 'Аа',
  fontSize: 'Размер шрифта',
  'fontSize.normal': 'Обычный',
  'fontSize.large': 'Крупный',
  'fontSize.huge': 'Огромный',
  fontFamily: 'Шрифт',
  'fontFamily.sans': 'Без засечек',
  'fontFamily.serif': 'С засечками',
  scheme: 'Цветовая схема',
  'scheme.default': 'Обычная',
  'scheme.black-on-white': 'Чёрным по белому',
  'scheme.white-on-black': 'Белым по чёрному',
  'scheme.blue': 'Тёмно-синим по голубому',
  'scheme.brown': 'Коричневым по бежевому',
  letterSpacing: 'Межбуквенный интервал',
  'letterSpacing.normal': 'Обычный',
  'letterSpacing.medium': 'Средний',
  'letterSpacing.large': 'Большой',
  lineSpacing: 'Межстрочный интервал',
  'lineSpacing.normal': 'Обычный',
  'lineSpacing.medium': 'Средний',
  'lineSpacing.large': 'Большой',
  images: 'Изображения',
  'images.on': 'Показывать',
  'images.off': 'Не показывать',
  'said.fontSize.large': 'Включена крупная версия',
  'said.fontSize.huge': 'Включена версия с огромным шрифтом',
  'said.images.on': 'Изображения включены',
  'said.images.off': 'Изображения отключены',
  changed: (group: string, option: string) => `${group}: ${option.toLowerCase()}`,
  normal: 'Обычная версия',
  normalOn: 'Включена обычная версия',
  close: 'Закрыть',
  notStored: 'Браузер не даёт сохранить выбор: он действует только на этой странице.',
  forcedColors:
    'Включены цвета вашей системы (контрастная тема): пока они включены, цветовая схема не применяется. Размер, шрифт, интервалы и изображения действуют.',
} satisfies Catalog;

export type PanelMessages = typeof panelRu;
