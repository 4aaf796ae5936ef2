/**
 * The base of <gu-login>'s parts (core/widget's WidgetPart): a part renders one or more steps in the widget's **light
 * DOM** (so password managers and autofill reach its inputs), reads `ctx` (context.ts) and tells the element what
 * happened with the internal events of part-events.ts. It is told when one of its steps is entered (`enter`) and left
 * (`leave`: another step, or the widget removed); a moved widget enters the step again.
 */
import type { nothing, PropertyValues, TemplateResult } from 'lit';
import type { Catalog } from '../../core/i18n/index.js';
import { WidgetPart } from '../../core/widget/widget-part.js';
import type { IdentityStep } from '../api.js';
import type { FlowKind, LoginContext, LoginStep } from '../context.js';
import { focusField, linkButton, stepHeading, submitButton } from '../controls.js';
import { errorSummary, field, type FieldOptions, type FormState } from '../form.js';
import type { LoginMethod } from '../events.js';
import {
  LoginCompleteEvent,
  LoginFlowEvent,
  LoginFocusEvent,
  LoginGoEvent,
  LoginIdentifiedEvent,
  LoginSayEvent,
} from '../part-events.js';
import { adoptPartStyles } from './part.styles.js';

export abstract class LoginPart<Messages extends Catalog> extends WidgetPart<LoginContext, Messages> {
  /** The step this part was last told it is in (undefined while none of its steps is shown). */
  private entered: LoginStep | undefined;

  /** Light DOM: the forms and inputs must be visible to password managers and autofill (DESIGN §4). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add('gu-login__part');
    adoptPartStyles(this.getRootNode());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveStep();
  }

  /** Attached again (the widget was moved): the step is entered again (e.g. the QR poll resumes). */
  protected override resumeAfterMove(): void {
    if (this.ctx && this.entered === undefined) this.enterStep(this.ctx.step);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.ctx && this.ctx.locale !== this.locale) this.locale = this.ctx.locale;
    if (this.ctx && this.ctx.step !== this.entered) {
      this.leaveStep();
      this.enterStep(this.ctx.step);
    }
  }

  /** The part's step now (undefined once it is left: a late answer must not act on a step the citizen left). */
  protected get currentStep(): LoginStep | undefined {
    return this.entered;
  }

  private enterStep(step: LoginStep): void {
    this.entered = step;
    this.enter(step);
  }

  private leaveStep(): void {
    if (this.entered === undefined) return;
    this.entered = undefined;
    this.leave();
  }

  /** One of the part's steps is entered (e.g. to start polling). Nothing by default. */
  protected enter(_step: LoginStep): void {}

  /** The part's step is left, or the widget removed. Nothing by default. */
  protected leave(): void {}

  override render(): TemplateResult {
    return this.renderStep(this.ctx.step);
  }

  /** The step's content. */
  protected abstract renderStep(step: LoginStep): TemplateResult;

  // ——— What a part tells the element ———

  /** Goes to a step; focus moves to its heading after render. */
  protected go(step: LoginStep, flow?: IdentityStep, kind?: FlowKind): void {
    this.dispatchEvent(new LoginGoEvent({ step, flow, kind }));
  }

  /** The flow's data changed within the step. */
  protected updateFlow(flow: IdentityStep): void {
    this.dispatchEvent(new LoginFlowEvent(flow));
  }

  /** Shows a message in the widget's alert region (announced, also a repeat). */
  protected showAlert(message: string): void {
    this.dispatchEvent(new LoginSayEvent(message, 'alert'));
  }

  /** A polite status message (visually hidden). */
  protected announce(message: string): void {
    this.dispatchEvent(new LoginSayEvent(message, 'status'));
  }

  /** Moves focus after the next render (the error summary, the heading or an element by id). */
  protected focusLater(target: 'heading' | 'summary' | string): void {
    this.dispatchEvent(new LoginFocusEvent(target));
  }

  /** The citizen named themselves: the identifier to sign in with, and what they typed (the meter's user inputs). */
  protected identified(login: string, words: string[]): void {
    this.dispatchEvent(new LoginIdentifiedEvent({ login, words }));
  }

  /** Finishes a flow: the session exchanges the code; then the result step and the public events. */
  protected complete(step: IdentityStep, method: LoginMethod, endedOtherSessions = false): void {
    this.dispatchEvent(new LoginCompleteEvent({ step, method, endedOtherSessions }));
  }

  // ——— The widget's controls ———

  /** The step heading at the widget's `heading-level`. */
  protected heading(text: string): TemplateResult {
    return stepHeading(this.ctx.uid, this.ctx.settings.headingLevel, text);
  }

  /** The submit button (says it is sending while a call is in flight). */
  protected submitButton(label: string): TemplateResult {
    return submitButton(label, this.ctx.calls.busy, this.ctx.msg.busy);
  }

  protected linkButton(label: string, onClick: () => void): TemplateResult {
    return linkButton(label, onClick);
  }

  /** A light-DOM field (label, hint, error region before its message), its error read with the widget's prefix. */
  protected field(options: Omit<FieldOptions, 'errorPrefix'>): TemplateResult {
    return field({ ...options, errorPrefix: this.ctx.msg.errorPrefix });
  }

  /** The summary of a form's errors after a failed submit (`idPrefix`: its ids' prefix); nothing while none. */
  protected errorSummary(summary: FormState['summary'], idPrefix: string): TemplateResult | typeof nothing {
    return errorSummary(summary, this.ctx.msg.summaryTitle, idPrefix, this.onSummaryLink);
  }

  /** Summary links move focus into the field. */
  protected readonly onSummaryLink = (event: Event, id: string): void => focusField(this, event, id);
}
