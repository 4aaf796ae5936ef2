/**
 * Tokens one way (issue 13), as the browser sees it: with no `--gu-*` set on the page, every token an element's
 * styles read resolves to its default in core/theme's TOKEN_DEFAULTS — in the style sheets of every element the kit
 * registers, and in what a few elements really render. (The source side — no hand-written var(--gu-…), every name in
 * the table — is test/node/tokens.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultOrNative, ReactiveElement } from 'lit';
import { TOKEN_DEFAULTS, type TokenName } from '../../../components/core/theme/tokens.js';
import '../../../components/core/ui/gu-alert.js';
import '../../../components/core/ui/gu-button.js';
import '../../../components/core/ui/gu-dialog.js';
import '../../../components/core/ui/gu-empty-state.js';
import '../../../components/core/ui/gu-error-state.js';
import '../../../components/core/ui/gu-error-summary.js';
import '../../../components/core/ui/gu-live-region.js';
import '../../../components/core/ui/gu-loading-state.js';
import '../../../components/core/ui/gu-otp-field.js';
import '../../../components/core/ui/gu-password-field.js';
import '../../../components/core/ui/gu-status-badge.js';
import '../../../components/core/ui/gu-text-field.js';
import '../../../components/core/session/gu-session-notice.js';
import '../../../components/core/session/gu-sign-out-button.js';
import '../../../components/application-tracker/gu-application-tracker.js';
import '../../../components/verification/gu-verification.js';

/** The CSS text of an element's styles, as the browser parsed it. */
function cssTextOf(styles: CSSResultOrNative[]): string {
  return styles
    .map((style) => ('styleSheet' in style ? style.styleSheet : style))
    .flatMap((sheet) => (sheet ? Array.from(sheet.cssRules, (rule) => rule.cssText) : []))
    .join('\n');
}

/** Every `var(--gu-name[, fallback])` in `text`, with its fallback as written (nested var() included). */
function tokenReads(text: string): { name: string; fallback: string | undefined }[] {
  const reads: { name: string; fallback: string | undefined }[] = [];
  for (const match of text.matchAll(/var\(\s*(--gu-[\w-]+)\s*(,)?/g)) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    while (index < text.length && depth > 0) {
      if (text[index] === '(') depth += 1;
      else if (text[index] === ')') depth -= 1;
      index += 1;
    }
    reads.push({ name: match[1]!, fallback: match[2] ? text.slice(start, index - 1).trim() : undefined });
  }
  return reads;
}

/** What a custom property holding `value` computes to on this page (var() substituted, no `--gu-*` set). */
function resolved(value: string): string {
  const probe = document.createElement('div');
  document.body.append(probe);
  probe.style.setProperty('--gu-test-probe', value);
  const computed = getComputedStyle(probe).getPropertyValue('--gu-test-probe').trim();
  probe.remove();
  return computed;
}

/** A colour as the browser computes it (`rgb(…)`). */
function rgb(colour: string): string {
  const probe = document.createElement('div');
  document.body.append(probe);
  probe.style.color = colour;
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

const defaultOf = (name: TokenName) => resolved(TOKEN_DEFAULTS[name]);

describe('tokens: with none set, every element resolves them to TOKEN_DEFAULTS', () => {
  it('no --gu-* token is set on this page (the comparison below needs a clean page)', () => {
    for (const name of Object.keys(TOKEN_DEFAULTS)) {
      expect(getComputedStyle(document.documentElement).getPropertyValue(name), name).to.equal('');
    }
  });

  it('every token read in the style sheets of the registered gu-* elements falls back to its table default', () => {
    const problems: string[] = [];
    let reads = 0;
    for (const tag of TAGS) {
      expect(customElements.get(tag), `${tag} is registered`).to.not.equal(undefined);
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      for (const { name, fallback } of tokenReads(cssTextOf(element.elementStyles ?? []))) {
        reads += 1;
        if (!(name in TOKEN_DEFAULTS)) problems.push(`${tag}: ${name} is not in TOKEN_DEFAULTS`);
        else if (fallback === undefined) problems.push(`${tag}: ${name} is read without a default`);
        else if (resolved(fallback) !== defaultOf(name as TokenName))
          problems.push(
            `${tag}: ${name} falls back to ${fallback}, the table says ${TOKEN_DEFAULTS[name as TokenName]}`,
          );
      }
    }
    expect(reads, 'token reads found').to.be.greaterThan(100);
    expect(problems).to.deep.equal([]);
  });

  it('what the elements render: button, field, alert and badge take the table’s values', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <gu-button>Отправить</gu-button>
        <gu-text-field label="Имя"></gu-text-field>
        <gu-alert variant="warning">Внимание</gu-alert>
        <gu-status-badge tone="info" label="Новое"></gu-status-badge>
      </div>`,
    );
    const shadow = (tag: string, selector: string) =>
      getComputedStyle(root.querySelector(tag)!.shadowRoot!.querySelector(selector)!);
    await Promise.all(Array.from(root.children, (element) => (element as ReactiveElement).updateComplete));
    const button = shadow('gu-button', 'button');
    expect(button.backgroundColor).to.equal(rgb(TOKEN_DEFAULTS['--gu-color-primary']));
    expect(button.color).to.equal(rgb(TOKEN_DEFAULTS['--gu-color-on-primary']));
    expect(button.borderTopLeftRadius).to.equal(TOKEN_DEFAULTS['--gu-radius']);
    const input = shadow('gu-text-field', 'input');
    expect(input.borderTopLeftRadius).to.equal(TOKEN_DEFAULTS['--gu-radius']);
    expect(input.minHeight).to.equal(TOKEN_DEFAULTS['--gu-control-height']);
    expect(input.borderTopColor).to.equal(rgb(TOKEN_DEFAULTS['--gu-color-border']));
    const alert = shadow('gu-alert', '.alert');
    expect(alert.borderLeftColor).to.equal(rgb(TOKEN_DEFAULTS['--gu-color-warning']));
    expect(alert.backgroundColor).to.equal(rgb(TOKEN_DEFAULTS['--gu-color-warning-surface']));
    expect(alert.borderTopLeftRadius).to.equal(TOKEN_DEFAULTS['--gu-radius']);
    expect(shadow('gu-status-badge', '.badge').borderTopLeftRadius).to.equal(
      TOKEN_DEFAULTS['--gu-status-badge-radius'],
    );
  });
});

/** The elements whose style sheets are read: every core element and the widgets (their parts when loaded). */
const TAGS = [
  'gu-alert',
  'gu-button',
  'gu-dialog',
  'gu-empty-state',
  'gu-error-state',
  'gu-error-summary',
  'gu-live-region',
  'gu-loading-state',
  'gu-otp-field',
  'gu-password-field',
  'gu-status-badge',
  'gu-text-field',
  'gu-session-notice',
  'gu-sign-out-button',
  'gu-application-tracker',
  'gu-verification',
];
