import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { applyTheme, THEME_NAMES, THEMES, themeToCss, TOKEN_DEFAULTS } from '../../components/core/theme/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { settle } from '../helpers/settle.js';
import '../../components/core/ui/gu-button.js';
import '../../components/core/ui/gu-text-field.js';
import '../../components/core/ui/gu-alert.js';
import '../../components/core/ui/gu-status-badge.js';
import '../../components/core/ui/gu-error-state.js';
import '../../components/core/ui/gu-loading-state.js';
import type { GuTextField } from '../../components/core/ui/text-field.js';

/** A sample of every colour role the core elements use: text, primary, error, every badge tone and alert variant. */
function sample() {
  return html`<main class="sample">
    <h1>Образец темы</h1>
    <p>Обычный текст на фоне страницы.</p>
    <gu-button>Основная кнопка</gu-button>
    <gu-button variant="secondary">Второстепенная</gu-button>
    <gu-text-field label="СНИЛС" hint="11 цифр" validate="snils" value="112-233-445 96"></gu-text-field>
    ${(['info', 'success', 'warning', 'error'] as const).map(
      (variant) => html`<gu-alert variant=${variant} heading="Заголовок">Текст уведомления</gu-alert>`,
    )}
    ${(['neutral', 'info', 'success', 'warning', 'error', 'progress'] as const).map(
      (tone) => html`<gu-status-badge tone=${tone} label="Статус ${tone}"></gu-status-badge>`,
    )}
    <gu-error-state message="Сервис недоступен" retryable></gu-error-state>
  </main>`;
}

describe('theme presets', () => {
  it('every preset only sets known tokens', () => {
    for (const name of THEME_NAMES) {
      for (const token of Object.keys(THEMES[name]))
        expect(TOKEN_DEFAULTS, `${name}: ${token}`).to.have.property(token);
    }
  });

  it('the regional presets differ in brand colour, font stack and radius', () => {
    const a = THEMES.severny;
    const b = THEMES.yuzhny;
    expect(a['--gu-color-primary']).to.not.equal(b['--gu-color-primary']);
    expect(a['--gu-font-family']).to.not.equal(b['--gu-font-family']);
    expect(a['--gu-radius']).to.not.equal(b['--gu-radius']);
  });

  for (const name of THEME_NAMES) {
    it(`${name}: the core elements pass axe (colour contrast included)`, async () => {
      const root = await fixture<HTMLElement>(sample());
      applyTheme(root, name);
      const field = root.querySelector<GuTextField>('gu-text-field')!;
      field.reportValidity();
      await settle(root);
      // The page behind the widgets takes the preset's background, as a portal would.
      root.style.background = 'var(--gu-color-background, #ffffff)';
      root.style.color = 'var(--gu-color-text, #0b1f33)';
      await expectAccessible(root);
    });
  }

  it('applies tokens that the elements really use', async () => {
    const root = await fixture<HTMLElement>(html`<div><gu-button>Кнопка</gu-button></div>`);
    const button = root.querySelector('gu-button')!;
    await settle(root);
    const inner = button.shadowRoot!.querySelector('button')!;
    const before = getComputedStyle(inner).backgroundColor;
    applyTheme(root, 'yuzhny');
    const after = getComputedStyle(inner).backgroundColor;
    expect(after).to.not.equal(before);
    expect(after).to.equal('rgb(138, 42, 10)');
  });

  it('switching presets removes the previous tokens', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    applyTheme(root, 'dark');
    applyTheme(root, 'severny');
    expect(root.style.getPropertyValue('--gu-color-background')).to.equal('');
    expect(root.style.getPropertyValue('--gu-color-primary')).to.equal('#1f4e79');
    expect(root.dataset['guTheme']).to.equal('severny');
  });

  it('exports a preset as CSS for a portal stylesheet', () => {
    expect(themeToCss('severny', '.portal')).to.match(/^\.portal \{\n {2}--gu-color-primary: #1f4e79;/);
  });

  it('honours prefers-reduced-motion (the loading spinner stops spinning)', async () => {
    const root = await fixture<HTMLElement>(html`<div><gu-loading-state></gu-loading-state></div>`);
    await settle(root);
    const spinner = () => root.querySelector('gu-loading-state')!.shadowRoot!.querySelector('.spinner')!;
    const normal = parseFloat(getComputedStyle(spinner()).animationDuration);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const reduced = parseFloat(getComputedStyle(spinner()).animationDuration);
      expect(normal).to.be.greaterThan(0.1);
      expect(reduced).to.be.lessThan(0.01);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
