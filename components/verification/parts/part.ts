/** The one base class of <gu-verification>'s flow parts: props from the element, locale, focus, navigation, errors. */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ConnectionSignal, isApiError } from '../../core/api/index.js';
import { LocaleController, apiErrorMessage, coreMessages, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/index.js';
import { AnnouncerController, announcerRegion } from '../../core/ui/announcer.js';
import { PartChangedEvent, PartNavigateEvent } from '../shared.js';
import { verificationRu, type VerificationMessages } from '../locales/ru.js';
import { flowsRu, type FlowMessages } from '../locales/flows-ru.js';
import type { StepData, VerificationStep } from '../shared.js';
import type { PartContext } from '../verification.js';
import { verificationStyles } from '../verification.styles.js';
import { flowStyles } from './flow.styles.js';

/**
 * The class of an error region that exists before its message (`role="alert"`): empty, it takes no room — decided from
 * the data, not by `:empty`, which whitespace kept by dev builds would defeat (issue 12, defect 6).
 */
/** Stands for the server's text inside a message while it is split around it (a private-use character). */
const RU_MARK = '\u{E000}';

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

export interface PartProps {
  ctx: PartContext;
  step: VerificationStep;
  data: StepData;
  locale: string;
}

export class VerificationPart extends LitElement {
  static override styles = [baseStyles, verificationStyles, flowStyles];
  static override properties = { props: { attribute: false }, locale: { reflect: true } };

  declare props: PartProps;
  declare locale: string;
  protected readonly i18n = new LocaleController(this, partMessages);
  protected readonly announcer = new AnnouncerController(this, { minIntervalMs: 0 });
  /** Aborted when the part is removed, renewed when it is attached again (a moved widget keeps working). */
  protected readonly abort = new ConnectionSignal(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's live region must be there before the first message, or screen readers miss that message.
    announcerRegion('polite');
    if (this.hasUpdated) this.resumeAfterMove();
  }

  /**
   * Attached again after a removal (a portal or framework moved the widget): the removal aborted what was running, so
   * a part picks up its first load or its polling here. Nothing by default.
   */
  protected resumeAfterMove(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('props') && this.props) this.locale = this.props.locale;
  }

  /** Never shows the Russian fallback while the English strings are on their way. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.props && this.locale !== this.props.locale) this.locale = this.props.locale;
    const pending = this.i18n.ready();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * What the citizen typed so far, as step data the part starts with again (kept in memory by the element when the
   * session ends, given back after sign-in). Parts with fields override it.
   */
  draft(): StepData {
    return this.props?.data ?? {};
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

  /** Moves focus to an element of the part (after the next render). */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected get msg() {
    return this.i18n.msg;
  }

  /** Moves focus to the part's current heading. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3[tabindex="-1"]')?.focus();
  }

  /** Goes back to the overview (or another step). */
  protected navigate(step: VerificationStep = 'overview'): void {
    this.dispatchEvent(new PartNavigateEvent(step));
  }

  /** Tells the element its state (level, contacts) may have changed. */
  protected changed(): void {
    this.dispatchEvent(new PartChangedEvent());
  }

  /** A message for a failed call. */
  protected errorText(error: unknown): string {
    const core = coreMessages[this.i18n.locale];
    if (!isApiError(error)) return core.apiServer;
    if (error.kind === 'rate-limited') return core.apiRateLimited(error.retryAfter ?? 60);
    return apiErrorMessage(core, error.kind) ?? core.apiServer;
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

  /** Whether an error is our own abort (say nothing). */
  protected aborted(error: unknown): boolean {
    return isApiError(error) && error.kind === 'aborted';
  }
}
