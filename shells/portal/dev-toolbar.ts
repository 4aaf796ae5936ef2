/**
 * The development toolbar of the demo portals (not part of a production portal): mock-backend scenario, locale,
 * theme, sign-in as a test citizen through the mock provider's embedded hand-over (MSW mode), and the switch
 * to the real dev identity provider (redirect sign-in).
 */
import { css, html, LitElement, nothing } from 'lit';
import { LocaleController } from '../../components/core/i18n/index.js';
import { SessionConsumer } from '../../components/core/session/session-context.js';
import { baseStyles, THEME_NAMES, token, type ThemeName } from '../../components/core/theme/index.js';
import { TEST_CITIZENS } from '../../mocks/oidc/citizens.js';
import { signInAsTestCitizen } from '../../mocks/oidc/embedded-sign-in.js';
import { getScenario, isScenarioName, SCENARIOS, setScenario } from '../../mocks/scenarios.js';
import { setPageTheme } from './page-theme.js';
import { guardedDefine } from '../adapter/define.js';
import { portalEn, portalRu } from './locales.js';

/**
 * Switches of the demo portals.
 * @summary Scenario, locale, theme, test sign-in and identity-provider mode for development.
 */
export class GuDevToolbar extends LitElement {
  static readonly version = '0.1.0';
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 12px;
      }
      label {
        display: grid;
        gap: 4px;
      }
      select,
      button {
        min-height: 32px;
        font: inherit;
        color: ${token('--gu-color-text')};
        background: ${token('--gu-color-background')};
        border: 1px solid ${token('--gu-color-border')};
        border-radius: 4px;
      }
      button {
        padding-inline: 12px;
        cursor: pointer;
      }
      a {
        color: ${token('--gu-color-primary')};
        min-height: 24px;
        display: inline-flex;
        align-items: center;
      }
      :is(select, button, a):focus-visible {
        outline: ${token('--gu-focus-width')} solid ${token('--gu-color-focus')};
        outline-offset: 2px;
      }
      .error {
        color: ${token('--gu-color-error')};
      }
    `,
  ];
  static override properties = {
    authority: {},
    mode: {},
    otherPortal: { attribute: 'other-portal' },
    citizen: { state: true },
    failed: { state: true },
  };

  /** The mock provider's authority (MSW mode). */
  declare authority: string;
  /** `msw` or `idp`. */
  declare mode: 'msw' | 'idp';
  /** The URL of the other demo portal. */
  declare otherPortal: string;
  declare private citizen: string;
  declare private failed: boolean;

  private readonly i18n = new LocaleController(this, { ru: portalRu, en: portalEn });
  private readonly session = new SessionConsumer(this);

  constructor() {
    super();
    this.authority = '';
    this.mode = 'msw';
    this.otherPortal = '/';
    this.citizen = TEST_CITIZENS[0]?.login ?? '';
    this.failed = false;
  }

  private onLocale(event: Event) {
    document.documentElement.lang = (event.target as HTMLSelectElement).value;
  }

  private onTheme(event: Event) {
    setPageTheme((event.target as HTMLSelectElement).value as ThemeName);
  }

  private onScenario(event: Event) {
    const scenario = (event.target as HTMLSelectElement).value;
    if (!isScenarioName(scenario)) return;
    setScenario(scenario);
    const url = new URL(location.href);
    url.searchParams.set('scenario', scenario);
    history.replaceState(history.state, '', url);
  }

  private async signIn() {
    const citizen = TEST_CITIZENS.find((candidate) => candidate.login === this.citizen);
    const session = this.session.value;
    if (!citizen || !session) return;
    this.failed = false;
    try {
      await signInAsTestCitizen(session, this.authority, citizen.login, citizen.password);
    } catch (error) {
      console.warn('gu-dev-toolbar:', error);
      this.failed = true;
    }
  }

  private modeHref(): string {
    const url = new URL(location.href);
    url.searchParams.set('idp', this.mode === 'idp' ? 'msw' : 'dev');
    return url.href;
  }

  override render() {
    const msg = this.i18n.msg;
    const themeNames = msg.devThemeNames.split(',');
    const status = this.session.value?.status;
    const signedOut = status !== 'signed-in' && status !== 'expiring';
    return html`<div class="row">
        <label
          >${msg.devScenario}
          <select @change=${this.onScenario}>
            ${SCENARIOS.map(({ name }) => html`<option value=${name} ?selected=${name === getScenario()}>${name}</option>`)}
          </select>
        </label>
        <label
          >${msg.devLocale}
          <select @change=${this.onLocale}>
            <option value="ru" ?selected=${this.i18n.locale === 'ru'}>Русский</option>
            <option value="en" lang="en" ?selected=${this.i18n.locale === 'en'}>English</option>
          </select>
        </label>
        <label
          >${msg.devTheme}
          <select @change=${this.onTheme}>
            ${THEME_NAMES.map((name, index) => html`<option value=${name}>${themeNames[index] ?? name}</option>`)}
          </select>
        </label>
        ${
          this.mode === 'msw' && signedOut
            ? html`<label
                  >${msg.devCitizen}
                  <select @change=${(event: Event) => (this.citizen = (event.target as HTMLSelectElement).value)}>
                    ${TEST_CITIZENS.map(
                      (citizen) =>
                        html`<option value=${citizen.login} ?selected=${citizen.login === this.citizen}>
                          ${citizen.login} (${citizen.level})
                        </option>`,
                    )}
                  </select>
                </label>
                <button type="button" @click=${this.signIn}>${msg.devSignIn}</button>`
            : nothing
        }
        <span>${this.mode === 'msw' ? msg.devModeMsw : msg.devModeIdp}</span>
        <a href=${this.modeHref()}>${this.mode === 'msw' ? msg.devToIdp : msg.devToMsw}</a>
        <a href=${this.otherPortal}>${msg.devOtherPortal}</a>
      </div>
      ${this.failed ? html`<p class="error" role="alert">${msg.devSignInFailed}</p>` : nothing}`;
  }
}

guardedDefine('gu-dev-toolbar', GuDevToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'gu-dev-toolbar': GuDevToolbar;
  }
}
