import type { Catalog } from '../../core/i18n/catalog.js';
import type { PluralForms } from '../../core/i18n/format.js';
import type { DeviceKind } from '../types.js';

/** «Доверенные устройства» of <gu-security-settings> (parts/devices.ts); Russian is the source. */
export const devicesRu = {
  heading: 'Доверенные устройства',
  intro:
    'На этих устройствах при входе не спрашиваем одноразовый код. Если устройство больше не ваше или вы его не узнаёте, забудьте его: при следующем входе там снова понадобится код.',
  loading: 'Загружаем устройства…',
  loadFailed: 'Не удалось загрузить устройства. Проверьте подключение и повторите.',
  retry: 'Повторить',
  listLabel: 'Устройства',
  thisDevice: 'Это устройство',
  kind: (kind: DeviceKind): string =>
    ({ computer: 'Компьютер', phone: 'Телефон', tablet: 'Планшет', unknown: 'Устройство' })[kind],
  unknownBrowser: 'браузер не определён',
  place: 'Место',
  placeUnknown: 'не определено',
  lastUsed: 'Последний вход',
  trustedUntil: 'Доверено до',
  forget: 'Забыть',
  forgetName: (device: string): string => `Забыть устройство: ${device}`,
  forgotten: (device: string): string => `Устройство забыто: ${device}. При входе с него снова понадобится код.`,
  forgetAll: 'Забыть все устройства',
  forgetAllHeading: 'Забыть все устройства?',
  forgetAllText:
    'При следующем входе на каждом из них, и на этом тоже, понадобится одноразовый код. Из личного кабинета вас не выведет.',
  forgetAllConfirm: 'Забыть все',
  cancel: 'Отмена',
  forgottenAll: {
    one: 'Забыто {n} устройство.',
    few: 'Забыто {n} устройства.',
    many: 'Забыто {n} устройств.',
    other: 'Забыто {n} устройства.',
  } as PluralForms,
  none: 'Доверенных устройств нет: при каждом входе спрашиваем одноразовый код.',
  alreadyForgotten: 'Это устройство уже забыто. Список обновлён.',
} satisfies Catalog;

export type DevicesMessages = typeof devicesRu;
