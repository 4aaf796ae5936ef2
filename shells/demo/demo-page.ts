/** The demo page's elements: the toolbar (locale, theme, scenario) and the content with every core element. */
import { css, html, LitElement } from 'lit';
import { LocaleController } from '../../components/core/i18n/index.js';
import { applyTheme, baseStyles, THEME_NAMES, token, type ThemeName } from '../../components/core/theme/index.js';
import { validateForm } from '../../components/core/ui/form-validation.js';
import { announce } from '../../components/core/ui/announcer.js';
import type { GuDialog } from '../../components/core/ui/dialog.js';
import '../../components/core/ui/gu-text-field.js';
import '../../components/core/ui/gu-password-field.js';
import '../../components/core/ui/gu-otp-field.js';
import '../../components/core/ui/gu-button.js';
import '../../components/core/ui/gu-error-summary.js';
import '../../components/core/ui/gu-alert.js';
import '../../components/core/ui/gu-dialog.js';
import { getScenario, SCENARIOS, setScenario, isScenarioName } from '../../mocks/scenarios.js';
import './demo-account.js';
import { demoEn, demoRu } from './locales.js';

const sectionStyles = css`
  :host {
    display: block;
  }
  section {
    margin-block: 32px;
  }
  form {
    display: grid;
    gap: 16px;
    max-width: 480px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  label {
    display: grid;
    gap: 4px;
    font-size: 0.875rem;
  }
  select {
    min-height: 32px;
    font: inherit;
    color: ${token('--gu-color-text')};
    background: ${token('--gu-color-background')};
    border: 1px solid ${token('--gu-color-border')};
    border-radius: 4px;
  }
`;

/** Locale, theme and scenario switches of the demo. */
class GuDemoToolbar extends LitElement {
  static override styles = [baseStyles, sectionStyles];
  private readonly i18n = new LocaleController(this, { ru: demoRu, en: demoEn });

  private onLocale(event: Event) {
    document.documentElement.lang = (event.target as HTMLSelectElement).value;
  }

  private onTheme(event: Event) {
    applyTheme(document.documentElement, (event.target as HTMLSelectElement).value as ThemeName);
  }

  private onScenario(event: Event) {
    const scenario = (event.target as HTMLSelectElement).value;
    if (!isScenarioName(scenario)) return;
    setScenario(scenario);
    const url = new URL(location.href);
    url.searchParams.set('scenario', scenario);
    history.replaceState(null, '', url);
    document.querySelector('gu-demo-page')?.reloadData();
  }

  override render() {
    const msg = this.i18n.msg;
    const themeNames = msg.themeNames.split(',');
    return html`<div class="row" role="group" aria-label=${msg.toolbarLabel}>
      <label
        >${msg.locale}
        <select @change=${this.onLocale}>
          <option value="ru" ?selected=${this.i18n.locale === 'ru'}>Русский</option>
          <option value="en" lang="en" ?selected=${this.i18n.locale === 'en'}>English</option>
        </select>
      </label>
      <label
        >${msg.theme}
        <select @change=${this.onTheme}>
          ${THEME_NAMES.map((name, index) => html`<option value=${name}>${themeNames[index]}</option>`)}
        </select>
      </label>
      <label
        >${msg.scenario}
        <select @change=${this.onScenario}>
          ${SCENARIOS.map(
            ({ name }) => html`<option value=${name} ?selected=${name === getScenario()}>${name}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }
}

/** The demo content: a validated form, feedback elements and server data. */
class GuDemoPage extends LitElement {
  static override styles = [baseStyles, sectionStyles];
  private readonly i18n = new LocaleController(this, { ru: demoRu, en: demoEn });

  /** Reloads the server data (after a scenario switch). */
  reloadData(): void {
    this.renderRoot.querySelector('gu-demo-account')?.reload();
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (validateForm(form).valid) announce(this.i18n.msg.submitted);
  }

  private openDialog() {
    this.renderRoot.querySelector<GuDialog>('gu-dialog')?.show();
  }

  override render() {
    const msg = this.i18n.msg;
    return html`<h1>${msg.title}</h1>
      <p>${msg.intro}</p>
      <section aria-labelledby="form-heading">
        <h2 id="form-heading">${msg.formHeading}</h2>
        <form novalidate @submit=${this.onSubmit}>
          <gu-error-summary></gu-error-summary>
          <gu-text-field name="surname" label=${msg.surname} autocomplete="family-name" required></gu-text-field>
          <gu-text-field
            name="snils"
            label=${msg.snils}
            hint=${msg.snilsHint}
            validate="snils"
            mask="snils"
            required
          ></gu-text-field>
          <gu-text-field name="inn" label=${msg.inn} validate="inn-person" inputmode="numeric"></gu-text-field>
          <gu-text-field
            name="phone"
            label=${msg.phone}
            validate="phone"
            mask="phone"
            type="tel"
            autocomplete="tel"
            required
          ></gu-text-field>
          <gu-text-field
            name="email"
            label=${msg.email}
            validate="email"
            type="email"
            autocomplete="email"
          ></gu-text-field>
          <gu-text-field name="uin" label=${msg.uin} validate="uin" inputmode="numeric"></gu-text-field>
          <gu-password-field
            name="password"
            label=${msg.password}
            autocomplete="new-password"
            required
          ></gu-password-field>
          <gu-otp-field name="code" label=${msg.code}></gu-otp-field>
          <div><gu-button type="submit">${msg.submit}</gu-button></div>
        </form>
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">${msg.feedbackHeading}</h2>
        <gu-alert variant="info">${msg.alertInfo}</gu-alert>
        <gu-alert variant="warning" dismissible>${msg.alertWarning}</gu-alert>
        <p><gu-button variant="secondary" @click=${this.openDialog}>${msg.openDialog}</gu-button></p>
        <gu-dialog heading=${msg.dialogHeading}>
          <p>${msg.dialogText}</p>
          <gu-button
            slot="footer"
            @click=${(e: Event) => (e.target as HTMLElement).closest('gu-dialog')?.close('confirm')}
            >${msg.dialogConfirm}</gu-button
          >
          <gu-button
            slot="footer"
            variant="secondary"
            @click=${(e: Event) => (e.target as HTMLElement).closest('gu-dialog')?.close('keep')}
            >${msg.dialogKeep}</gu-button
          >
        </gu-dialog>
      </section>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">${msg.accountHeading}</h2>
        <gu-demo-account></gu-demo-account>
      </section>`;
  }
}

if (!customElements.get('gu-demo-toolbar')) customElements.define('gu-demo-toolbar', GuDemoToolbar);
if (!customElements.get('gu-demo-page')) customElements.define('gu-demo-page', GuDemoPage);
declare global {
  interface HTMLElementTagNameMap {
    'gu-demo-toolbar': GuDemoToolbar;
    'gu-demo-page': GuDemoPage;
  }
}
