import type { Catalog } from '../../core/i18n/index.js';
import { itemRu } from './item-ru.js';

/** The detail view's strings (one notification opened: its text, link and actions, deletion). */
export const detailRu = {
  ...itemRu,
  loadingHeading: 'Уведомление',
  loading: 'Загружаем уведомление…',
  loadFailedHeading: 'Не удалось загрузить уведомление',
  notFoundHeading: 'Уведомление не найдено',
  notFoundText: 'Возможно, его удалили в другой вкладке или на другом устройстве.',
  back: 'Назад к уведомлениям',
  actionsLabel: 'Действия с уведомлением',
  remove: 'Удалить',
  removeQuestion: 'Удалить уведомление?',
  removeLogged:
    'Удалённое уведомление нельзя вернуть. Удаление будет записано в историю операций вашей учётной записи.',
  removeConfirm: 'Удалить навсегда',
  cancel: 'Отмена',
  removed: 'Уведомление удалено.',
  removedLog: (title: string, when: string) => `В историю операций добавлена запись «${title}» от ${when}.`,
  archivedHere: 'Уведомление перенесено в архив.',
  unarchivedHere: 'Уведомление возвращено в ленту.',
} satisfies Catalog;

export type DetailMessages = typeof detailRu;
