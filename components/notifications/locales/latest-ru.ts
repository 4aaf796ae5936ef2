import type { Catalog } from '../../core/i18n/index.js';
import { bellRu } from './bell-ru.js';
import { itemRu } from './item-ru.js';

/** <gu-notifications-latest>' strings: the home page's latest few. Categories and «Новое» said as the feed says them. */
export const latestRu = {
  heading: 'Последние уведомления',
  all: 'Все уведомления',
  categoryName: itemRu.categoryName,
  /** The unread marker, as text: «Новое». */
  unread: itemRu.unread,
  /** New ones arrived, said once per burst (as the bell says it): «Новых уведомлений: 4». */
  burst: bellRu.burst,
  checking: 'Проверяем вход…',
  signedOut: 'Войдите, чтобы увидеть свои уведомления.',
  signIn: 'Войти',
  loading: 'Загружаем уведомления…',
  failed: 'Не удалось загрузить уведомления. Проверьте соединение и попробуйте ещё раз.',
  retry: 'Повторить',
  empty: 'Уведомлений пока нет.',
} satisfies Catalog;

export type LatestMessages = typeof latestRu;
