/**
 * The advisory strength meter under a new-password field (requirement 29). The estimator (zxcvbn-ts) and its
 * dictionaries load on demand — when the field is shown — and run in the page only. The meter never blocks submit:
 * it is not a validator. It shows the score as text and a ●/○ shape (never colour alone) with our feedback texts;
 * the host announces `spoken()` politely when typing pauses and on leaving the field, never per keystroke.
 *
 * Shared by <gu-login> (registration, recovery) and <gu-security-settings> («Изменить пароль»); each styles it under
 * its own BEM block (`render(id, block)`: `<block>__strength`, `<block>__hint`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type * as EstimatorNs from './estimator.js';
import type { Strength } from './estimator.js';
import { strengthMessages, type StrengthMessages } from './messages.js';

type EstimatorModule = typeof EstimatorNs;
let estimatorModule: Promise<EstimatorModule> | undefined;
/** Loads the estimator once per page (its dictionaries follow in their own chunk). */
export const loadEstimator = (): Promise<EstimatorModule> => (estimatorModule ??= import('./estimator.js'));

export class StrengthMeter {
  private result?: Strength;
  private pending = 0;
  private password = '';

  /**
   * @param locale - the widget's locale, read on every render.
   * @param changed - called when an estimate arrives (the host re-renders).
   */
  constructor(
    private readonly locale: () => 'ru' | 'en',
    private readonly changed: () => void,
  ) {}

  private get msg(): StrengthMessages {
    return strengthMessages[this.locale()];
  }

  /** Starts loading the estimator (the field is shown). */
  preload(): void {
    void loadEstimator().then(
      (module) => module.warmUp(),
      () => undefined,
    );
  }

  /** The latest estimate (undefined while none is there or the field is empty). */
  get strength(): Strength | undefined {
    return this.password ? this.result : undefined;
  }

  /** Estimates `password` with the citizen's own data as user inputs; the last call wins. */
  async update(password: string, userInputs: ReadonlyArray<string | undefined>): Promise<void> {
    this.password = password;
    const ticket = (this.pending += 1);
    if (!password) {
      this.result = undefined;
      this.changed();
      return;
    }
    try {
      const { estimate } = await loadEstimator();
      const result = await estimate(password, userInputs);
      if (ticket !== this.pending) return;
      this.result = result;
    } catch {
      // Advisory only: without an estimator the checklist and the server's rules still stand.
      if (ticket === this.pending) this.result = undefined;
    }
    this.changed();
  }

  /** The sentence the host announces on pause / blur («Надёжность пароля: слабый.»), or '' without an estimate. */
  spoken(): string {
    const strength = this.strength;
    return strength ? this.msg.spoken(this.msg.scoreLabel(strength.score)) : '';
  }

  /** The meter (rendered under the field), with the classes of the host's BEM `block` (e.g. `gu-login`). */
  render(id: string, block: string): TemplateResult {
    const msg = this.msg;
    const strength = this.strength;
    const texts = strength
      ? [strength.warning ? msg.warning(strength.warning) : '', ...strength.suggestions.map(msg.suggestion)].filter(
          Boolean,
        )
      : [];
    return html`<div class="${block}__strength" id=${id} data-score=${strength ? strength.score : nothing}>
      <p>
        <strong>${msg.title}:</strong>
        ${
          strength
            ? html`<span aria-hidden="true">${'●'.repeat(strength.score + 1)}${'○'.repeat(4 - strength.score)}</span>
                ${msg.scoreLabel(strength.score)} (${msg.scoreOf(strength.score)})`
            : this.password
              ? msg.checking
              : '—'
        }
      </p>
      ${
        texts.length
          ? html`<ul>
              ${texts.map((text) => html`<li>${text}</li>`)}
            </ul>`
          : nothing
      }
      <p class="${block}__hint">${msg.advisory}</p>
    </div>`;
  }
}
