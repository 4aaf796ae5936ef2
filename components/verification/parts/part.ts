/**
 * The one base class of <gu-verification>'s flow parts: core/widget's `WidgetPart` (context, locale, abort, announcer,
 * focus, error texts) with what is verification's own — the step and its data, drafts, Russian server text, navigation
 * and the confirmed end of every method.
 */
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { GuFormControl } from '../../core/ui/form-control.js';
import type { LazyCatalogs } from '../../core/i18n/index.js';
import { LocaleController } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/index.js';
import { ActionController } from '../../core/widget/action.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { VerificationContext, VerificationPartHandle } from '../context.js';
import { PartChangedEvent, PartNavigateEvent, type StepData, type VerificationStep } from '../shared.js';
import { verificationRu, type VerificationMessages } from '../locales/ru.js';
import { flowsRu, type FlowMessages } from '../locales/flows-ru.js';
import { verificationStyles } from '../verification.styles.js';
import { flowStyles } from './flow.styles.js';

/** Stands for the server's text inside a message while it is split around it (a private-use character). */
const RU_MARK = '\u{E000}';

/**
 * The class of an error region that exists before its message (`role="alert"`): empty, it takes no room — decided from
 * the data, not by `:empty`, which whitespace kept by dev builds would defeat (issue 12, defect 6).
 */
export const errorClass = (message: string | undefined): string => (message ? 'error' : 'error is-empty');

/** The parts' messages: the overview's and the flows'. */
export type PartMessages = VerificationMessages & FlowMessages;

/** Russian with the parts; English (overview and flows, one download) when the page asks for it. */
export const partMessages: LazyCatalogs<PartMessages> = {
  ru: { ...verificationRu, ...flowsRu },
  en: () =>
    Promise.all([import('../locales/en.js'), import('../locales/flows-en.js')]).then(([overview, flows]) => ({
      ...overview.verificationEn,
      ...flows.flowsEn,
    })),
};

/**
 * A flow part. The element gives it `ctx` (`VerificationContext`), `locale`, the `step` it opens at and the step's
 * `data`; it answers with `PartNavigateEvent` (`navigate()`) and `PartChangedEvent` (`changed()`).
 */
export class VerificationPart extends WidgetPart<VerificationContext, PartMessages> implements VerificationPartHandle {
  static override styles = [baseStyles, verificationStyles, flowStyles];
  static override properties: PropertyDeclarations = {
    ...WidgetPart.properties,
    step: { attribute: false },
    data: { attribute: false },
  };

  /** The step the element shows (a part serves several: `phone` and `change-email` are both the contacts part). */
  declare step: VerificationStep;
  /** What the step starts with (form values, a bank, a search). */
  declare data: StepData;
  protected readonly i18n = new LocaleController(this, partMessages);
  /**
   * The part's actions (send, book, sign…): one at a time, the failure described in the part's `#problem` region; our
   * own abort says nothing. A call with its own wording passes its own description to `run`.
   */
  protected readonly action = new ActionController(this, (error) => this.describe(error));

  constructor() {
    super();
    this.data = {};
  }

  /** The failure message of an action: the core catalog's wording, nothing for our own abort. */
  protected describe(error: unknown): string | undefined {
    return this.aborted(error) ? undefined : this.errorText(error);
  }

  /**
   * What the citizen typed so far, as step data the part starts with again (kept in memory by the element when the
   * session ends, given back after sign-in). Parts with fields override it.
   */
  draft(): StepData {
    return this.data ?? {};
  }

  /**
   * Russian text from the server — a bank's or a service centre's name, an address, a certificate's holder — marked
   * `lang="ru"`, so an English page has it read in Russian (WCAG 3.1.2).
   */
  protected ru(text: string): TemplateResult {
    return html`<span lang="ru">${text}</span>`;
  }

  /** A message of the catalog with Russian server text in it (see {@link ru}): only that text is marked. */
  protected withRu(message: (value: string) => string, value: string): TemplateResult {
    const [before = '', after = ''] = message(RU_MARK).split(RU_MARK);
    return html`${before}${this.ru(value)}${after}`;
  }

  /** Moves focus to a radio group: its checked radio, or the first one (as Tab would). */
  protected focusRadios(name: string): Promise<void> {
    const checked = this.renderRoot.querySelector(`input[name="${name}"]:checked`);
    return this.focusOn(checked ? `input[name="${name}"]:checked` : `input[name="${name}"]`);
  }

  /** The field a submit sends, when it is valid; otherwise it says why (its own error) and gives nothing. */
  protected validField(selector: string): GuFormControl | undefined {
    const field = this.renderRoot.querySelector<GuFormControl>(selector)!;
    if (field.checkValidity()) return field;
    field.reportValidity();
    return undefined;
  }

  /**
   * One radio of a group (a bank, a time, a certificate): picking it clears the part's problem («Выберите …»).
   * `label` is what the citizen reads next to it.
   */
  protected renderRadio(
    name: string,
    value: string,
    checked: boolean,
    pick: () => void,
    label: TemplateResult | string,
  ): TemplateResult {
    return html`<label class="check">
      <input
        type="radio"
        name=${name}
        .value=${value}
        .checked=${checked}
        @change=${() => {
          pick();
          this.action.fail('');
        }}
      />
      <span>${label}</span>
    </label>`;
  }

  /** The part's problem region (`#problem`): there before its message, so the message is heard; focus goes to it. */
  protected renderProblem(): TemplateResult {
    const problem = this.action.problem;
    return html`<p id="problem" class=${errorClass(problem)} role="alert" tabindex="-1">${problem}</p>`;
  }

  /** «Вернуться к уровням»: back to the overview. */
  protected renderBack(): TemplateResult {
    return html`<button class="btn" type="button" @click=${() => this.navigate()}>${this.msg.back}</button>`;
  }

  /** Goes back to the overview (or another step). */
  protected navigate(step: VerificationStep = 'overview'): void {
    this.dispatchEvent(new PartNavigateEvent({ step }));
  }

  /** Tells the element its state (level, contacts) may have changed. */
  protected changed(): void {
    this.dispatchEvent(new PartChangedEvent());
  }

  /** The end of every confirmed-level method: the level went up (the element refreshes the session). */
  protected renderConfirmed(): TemplateResult {
    const m = this.msg;
    return html`<h3 tabindex="-1">${m.confirmedHeading}</h3>
      <p role="status">${m.confirmedText}</p>
      <div class="actions">
        <button class="btn btn--primary" type="button" @click=${() => this.navigate()}>${m.toOverview}</button>
      </div>`;
  }

  /** Marks the confirmed level reached: tells the element (session refresh, `gu-verification-completed`), says it. */
  protected async confirmed(): Promise<void> {
    this.changed();
    this.announcer.announce(this.msg.confirmedHeading);
    await this.focusHeading();
  }
}
