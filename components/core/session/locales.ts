import type { Catalog } from '../i18n/catalog.js';
import type { PluralForms } from '../i18n/format.js';
import type { SignedOutReason } from './session-context.js';

/**
 * Messages of the session elements: <gu-session> (the idle warning), <gu-session-notice>, <gu-sign-out-button>.
 * Russian is the source; `sessionEn` must have exactly these keys.
 */
export const sessionRu = {
  // Idle warning (alertdialog).
  timeoutHeading: 'Сеанс скоро завершится',
  /** Before the visible countdown («1 минуту 45 секунд»). */
  timeoutBefore: 'Вы давно не совершали действий. Чтобы никто другой не увидел ваши данные, сеанс завершится через',
  timeoutAfter: '.',
  timeoutKeep: 'Введённые данные сохранятся: если сеанс завершится, вы сможете продолжить после входа.',
  timeoutStay: 'Остаться в системе',
  timeoutSignOut: 'Выйти',
  /** Announced at most every 30 s: «До завершения сеанса: 1 минута» (grammatical with any number). */
  remaining: (when: string): string => `До завершения сеанса: ${when}`,
  minutes: { one: '{n} минута', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' } as PluralForms,
  minutesAccusative: { one: '{n} минуту', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' } as PluralForms,
  seconds: { one: '{n} секунда', few: '{n} секунды', many: '{n} секунд', other: '{n} секунды' } as PluralForms,
  secondsAccusative: {
    one: '{n} секунду',
    few: '{n} секунды',
    many: '{n} секунд',
    other: '{n} секунды',
  } as PluralForms,
  // Notice: signed out.
  signInHeading: 'Войдите, чтобы продолжить',
  signInText: 'Эта услуга доступна после входа через Госуслуги.',
  reasonUser: 'Вы вышли из системы.',
  reasonOtherTab: 'Вы вышли из системы в другой вкладке.',
  reasonSessionEnded: 'Сеанс завершён. Войдите снова, чтобы продолжить.',
  reasonUnauthorized: 'Не удалось подтвердить вход. Войдите снова.',
  reasonEndedElsewhere: 'Сеанс завершён с другого устройства. Войдите снова, чтобы продолжить.',
  reasonPasswordChanged: 'Пароль изменён, поэтому сеанс завершён. Войдите с новым паролем.',
  signIn: 'Войти',
  // Notice: expired by the idle timeout.
  expiredHeading: 'Вы вышли из системы в целях безопасности',
  expiredText: 'Вы долго не совершали действий, поэтому сеанс завершён.',
  draftsSaved: 'Введённые данные сохранены — вы продолжите с того же места после входа.',
  signInAgain: 'Войти снова',
  // Notice: loading and errors.
  checking: 'Проверяем вход…',
  errorHeading: 'Не удалось войти',
  errorDiscovery: 'Сервис входа сейчас недоступен или настроен неверно. Повторите попытку позже.',
  errorToken: 'Сервис входа не смог выдать доступ. Повторите попытку.',
  errorIdToken: 'Ответ сервиса входа не прошёл проверку безопасности. Повторите вход.',
  errorNetwork: 'Нет связи с сервисом входа. Проверьте подключение к интернету и повторите.',
  errorPopupBlocked: 'Браузер заблокировал окно входа. Разрешите всплывающие окна или продолжите в этом окне.',
  errorPopupClosed: 'Окно входа закрыто до завершения входа. Повторите или продолжите в этом окне.',
  errorState: 'Ответ сервиса входа не относится к этой странице. Повторите вход.',
  errorConfiguration: 'Вход на этой странице не настроен. Сообщите администратору портала.',
  continueHere: 'Продолжить в этом окне',
  noProvider: 'Вход сейчас недоступен.',
  // Sign-out button.
  signOut: 'Выйти',
} satisfies Catalog;

export const sessionEn: typeof sessionRu = {
  timeoutHeading: 'Your session is about to end',
  timeoutBefore: 'You have not done anything for a while. So that nobody else sees your data, the session ends in',
  timeoutAfter: '.',
  timeoutKeep: 'What you have typed will be kept: if the session ends, you can continue after signing in.',
  timeoutStay: 'Stay signed in',
  timeoutSignOut: 'Sign out',
  remaining: (when: string): string => `${when} left`,
  minutes: { one: '{n} minute', few: '{n} minutes', many: '{n} minutes', other: '{n} minutes' },
  minutesAccusative: { one: '{n} minute', few: '{n} minutes', many: '{n} minutes', other: '{n} minutes' },
  seconds: { one: '{n} second', few: '{n} seconds', many: '{n} seconds', other: '{n} seconds' },
  secondsAccusative: { one: '{n} second', few: '{n} seconds', many: '{n} seconds', other: '{n} seconds' },
  signInHeading: 'Sign in to continue',
  signInText: 'This service is available after signing in with Gosuslugi.',
  reasonUser: 'You have signed out.',
  reasonOtherTab: 'You signed out in another tab.',
  reasonSessionEnded: 'Your session has ended. Sign in again to continue.',
  reasonUnauthorized: 'We could not confirm that you are signed in. Please sign in again.',
  reasonEndedElsewhere: 'The session was ended from another device. Sign in again to continue.',
  reasonPasswordChanged: 'The password was changed, so the session ended. Sign in with the new password.',
  signIn: 'Sign in',
  expiredHeading: 'You were signed out for your security',
  expiredText: 'You had not done anything for a while, so the session ended.',
  draftsSaved: 'What you typed has been saved — you will continue where you left off after signing in.',
  signInAgain: 'Sign in again',
  checking: 'Checking your sign-in…',
  errorHeading: 'Could not sign in',
  errorDiscovery: 'The sign-in service is unavailable or misconfigured. Please try again later.',
  errorToken: 'The sign-in service could not grant access. Please try again.',
  errorIdToken: 'The answer of the sign-in service failed a security check. Please sign in again.',
  errorNetwork: 'No connection to the sign-in service. Check your internet connection and try again.',
  errorPopupBlocked: 'The browser blocked the sign-in window. Allow pop-ups or continue in this window.',
  errorPopupClosed: 'The sign-in window was closed before signing in finished. Try again or continue in this window.',
  errorState: 'The answer of the sign-in service does not belong to this page. Please sign in again.',
  errorConfiguration: 'Signing in is not set up on this page. Please tell the portal administrator.',
  continueHere: 'Continue in this window',
  noProvider: 'Signing in is not available right now.',
  signOut: 'Sign out',
};

export type SessionMessages = typeof sessionRu;

/** The sentence that says why the citizen is signed out (none for a first visit). */
export function signedOutReasonText(msg: SessionMessages, reason: SignedOutReason | undefined): string {
  switch (reason) {
    case 'user':
      return msg.reasonUser;
    case 'other-tab':
      return msg.reasonOtherTab;
    case 'session-ended':
      return msg.reasonSessionEnded;
    case 'unauthorized':
      return msg.reasonUnauthorized;
    case 'ended-elsewhere':
      return msg.reasonEndedElsewhere;
    case 'password-changed':
      return msg.reasonPasswordChanged;
    case 'idle-timeout':
      return msg.expiredText;
    default:
      return msg.signInText;
  }
}

/** What the page announces when the session ends: the notice's heading and text (and the kept drafts). */
export function sessionEndedAnnouncement(
  msg: SessionMessages,
  reason: SignedOutReason | undefined,
  draftsSaved: boolean,
): string {
  if (reason === 'idle-timeout') {
    return [msg.expiredHeading + '.', msg.expiredText, draftsSaved ? msg.draftsSaved : ''].join(' ').trim();
  }
  return signedOutReasonText(msg, reason);
}
