/**
 * A Vue 3 host: a small Vue application with its own reactive state (the locale, the list options, the session
 * status and the last opened application) that renders <gu-session> around <gu-application-tracker> with render
 * functions, passes properties through Vue (`.pageSize`, `.pollInterval`, `locale`), listens to the widget's
 * `gu-application-opened` event with `onGuApplicationOpened` (Vue hyphenates it) and signs in at the mock provider
 * from a Vue button; «Версия для слабовидящих» (<gu-a11y-toggle>, <gu-a11y-panel>) works outside single-spa too.
 * Vue's runtime-only build: no template compiler, so nothing needs 'unsafe-eval'.
 */
import type { Ref } from 'vue';
import '../../components/a11y/gu-a11y-toggle.js';
import type { Session } from '../../components/core/session/session-context.js';
import { signInAsTestCitizen } from '../../mocks/oidc/embedded-sign-in.js';
import { startDemoBackend } from '../portal/mock-backend.js';
import { loadSessionElements, widgetLoader } from '../portal/widgets.js';
import { VUE_HOST_MESSAGES, type VueHostLocale } from './locales.js';
import { loadVue } from './vue-runtime.js';

const { createApp, defineComponent, h, reactive, ref, watchEffect } = await loadVue();
await startDemoBackend();
await Promise.all([
  loadSessionElements(),
  widgetLoader('gu-application-tracker')?.(),
  widgetLoader('gu-notification-bell')?.(),
]);

const AUTHORITY = new URL('/mock-oidc', location.origin).href;
/** The first test citizen of the mock provider (mocks/oidc/citizens.ts). */
const TEST_CITIZEN = { login: 'confirmed', password: 'confirmed-2026' };

type SessionStatus = Session['status'];

const CabinetApp = defineComponent({
  name: 'CabinetApp',
  setup() {
    const locale: Ref<VueHostLocale> = ref(document.documentElement.lang === 'en' ? 'en' : 'ru');
    /** The options the widget receives as properties. */
    const listOptions = reactive({ pageSize: 5, pollInterval: 30_000 });
    const status: Ref<SessionStatus | undefined> = ref();
    const lastOpened: Ref<string | undefined> = ref();
    const signInFailed = ref(false);
    const sessionElement: Ref<HTMLElementTagNameMap['gu-session'] | null> = ref(null);

    // The page language follows the Vue state: the session's notice and sign-out button follow `lang`.
    watchEffect(() => {
      document.documentElement.lang = locale.value;
      document.title = VUE_HOST_MESSAGES[locale.value].title;
    });

    async function signIn(): Promise<void> {
      const element = sessionElement.value;
      if (!element) return;
      signInFailed.value = false;
      try {
        await signInAsTestCitizen(element.session, AUTHORITY, TEST_CITIZEN.login, TEST_CITIZEN.password);
      } catch (error) {
        console.warn('vue host: sign-in failed', error);
        signInFailed.value = true;
      }
    }

    return () => {
      const msg = VUE_HOST_MESSAGES[locale.value];
      const signedIn = status.value === 'signed-in' || status.value === 'expiring';
      return h(
        'gu-session',
        {
          ref: sessionElement,
          authority: AUTHORITY,
          'client-id': 'gu-kit-demo',
          'redirect-uri': new URL('/vue/', location.origin).href,
          'post-logout-redirect-uri': new URL('/vue/', location.origin).href,
          scope: 'openid profile offline_access',
          'api-base': '/api',
          onGuSessionChange: (event: GlobalEventHandlersEventMap['gu-session-change']) => {
            status.value = event.detail.session.status;
          },
        },
        [
          h('header', { class: 'portal-header' }, [
            h('p', { class: 'portal-brand portal-brand__name' }, msg.brand),
            // No feed on this page: «Все уведомления» leads to a demo portal's.
            h('gu-notification-bell', { 'feed-href': '/severny/notifications' }),
            // «Версия для слабовидящих»: opens the panel under the header; both follow the Vue state's locale.
            h('gu-a11y-toggle', { for: 'gu-a11y-panel', locale: locale.value }),
            h('gu-sign-out-button'),
          ]),
          h('gu-a11y-panel', { id: 'gu-a11y-panel', class: 'portal-a11y-panel', locale: locale.value }),
          h('main', { id: 'content' }, [
            h('h1', msg.title),
            h('p', { class: 'portal-note' }, msg.about),
            h('div', { class: 'portal-tools', role: 'group', 'aria-label': msg.controls }, [
              signedIn
                ? null
                : h(
                    'button',
                    { type: 'button', class: 'portal-button', 'data-gu-sign-in': '', onClick: () => void signIn() },
                    msg.signIn,
                  ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'portal-button',
                  lang: msg.otherLocaleTag,
                  onClick: () => (locale.value = msg.otherLocaleTag),
                },
                msg.otherLocale,
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'portal-button',
                  'aria-pressed': String(listOptions.pageSize === 10),
                  onClick: () => (listOptions.pageSize = listOptions.pageSize === 10 ? 5 : 10),
                },
                msg.pageSize(10),
              ),
            ]),
            h('p', { role: 'alert', hidden: !signInFailed.value }, signInFailed.value ? msg.signInFailed : ''),
            h(
              'p',
              { class: 'vue-last-opened', role: 'status' },
              lastOpened.value ? msg.lastOpened(lastOpened.value) : msg.noneOpened,
            ),
            h('gu-application-tracker', {
              'api-base': '/api',
              '.pageSize': listOptions.pageSize,
              '.pollInterval': listOptions.pollInterval,
              locale: locale.value,
              onGuApplicationOpened: (event: GlobalEventHandlersEventMap['gu-application-opened']) => {
                lastOpened.value = event.detail.number;
              },
            }),
          ]),
        ],
      );
    };
  },
});

createApp({ name: 'VueHost', render: () => h(CabinetApp) }).mount('#app');
