/**
 * `gu-security-questions` («Контрольные вопросы», seed 000): the chosen questions (never their answers) and a form to
 * choose or change them — two different questions of the catalogue and their answers (2–100 characters), checked
 * here before anything is sent and by the server after. Saving is a sensitive change (step-up: the dialog asks, what
 * was typed stays). Follows `questions` changes made elsewhere (another tab, the incident view) unless the citizen is
 * editing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createIdempotencyKey, isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { ActionController } from '../../core/widget/action.js';
import { questionsRu, type QuestionsMessages } from '../locales/questions-ru.js';
import { getQuestions, setQuestions } from '../questions-api.js';
import type { SecurityArea, SecurityQuestions } from '../types.js';
import { SecurityPart } from './part.js';
import { questionsStyles } from './questions.styles.js';

const questionsMessages: LazyCatalogs<QuestionsMessages> = {
  ru: questionsRu,
  en: () => import('../locales/questions-en.js').then((module) => module.questionsEn),
};

interface Draft {
  questions: [string, string];
  answers: [string, string];
}

type FieldKey = 'q0' | 'q1' | 'a0' | 'a1';

export class GuSecurityQuestions extends SecurityPart<QuestionsMessages> {
  static override styles = [baseStyles, partStyles, questionsStyles];

  static override properties = {
    ...SecurityPart.properties,
    data: { state: true },
    loadState: { state: true },
    draft: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  protected override readonly areas: readonly SecurityArea[] = ['questions'];
  protected readonly i18n = new LocaleController(this, questionsMessages);
  private readonly action = new ActionController(this, (error) => this.describe(error));

  declare private data: SecurityQuestions | undefined;
  declare private loadState: 'loading' | 'ready' | 'failed';
  /** The form while it is open: kept through failures, the step-up and reloads. */
  declare private draft: Draft | undefined;
  declare private errors: Partial<Record<FieldKey, string>>;
  declare private notice: string;
  #saveKey: { body: string; key: string } | undefined;

  constructor() {
    super();
    this.data = undefined;
    this.loadState = 'loading';
    this.draft = undefined;
    this.errors = {};
    this.notice = '';
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  protected override resumeAfterMove(): void {
    if (this.loadState !== 'ready') void this.load();
  }

  protected override areaChanged(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.data) this.loadState = 'loading';
    try {
      this.data = await getQuestions(this.ctx.client, this.abort.signal);
      this.loadState = 'ready';
    } catch (error) {
      if (this.aborted(error)) return;
      if (!this.data) this.loadState = 'failed';
    }
  }

  private describe(error: unknown): string | undefined {
    if (this.aborted(error)) return undefined;
    if (isApiError(error) && error.status === 422 && error.fields.length > 0) {
      const errors: Partial<Record<FieldKey, string>> = {};
      for (const field of error.fields) {
        const match = /^answers\.(\d)\.(answer|questionId)$/.exec(field.field);
        if (!match) continue;
        const key = `${match[2] === 'answer' ? 'a' : 'q'}${match[1]}` as FieldKey;
        errors[key] = field.message;
      }
      this.errors = errors;
      return this.msg.fix;
    }
    return this.errorText(error);
  }

  // ——— Editing ———

  private readonly open = async (): Promise<void> => {
    const chosen = this.data?.chosen ?? [];
    this.draft = { questions: [chosen[0]?.id ?? '', chosen[1]?.id ?? ''], answers: ['', ''] };
    this.errors = {};
    this.notice = '';
    await this.focusOn('#q0');
  };

  private readonly close = async (): Promise<void> => {
    this.draft = undefined;
    this.errors = {};
    this.action.fail('');
    await this.focusOn('#edit');
  };

  private edit(key: FieldKey, value: string): void {
    if (!this.draft) return;
    const index = Number(key[1]) as 0 | 1;
    const draft: Draft = { questions: [...this.draft.questions], answers: [...this.draft.answers] };
    if (key[0] === 'q') draft.questions[index] = value;
    else draft.answers[index] = value;
    this.draft = draft;
    if (this.errors[key]) this.errors = { ...this.errors, [key]: undefined };
  }

  private check(draft: Draft): Partial<Record<FieldKey, string>> {
    const m = this.msg;
    const errors: Partial<Record<FieldKey, string>> = {};
    draft.questions.forEach((id, index) => {
      if (!id) errors[`q${index}` as FieldKey] = m.pickRequired(index + 1);
    });
    if (draft.questions[0] && draft.questions[0] === draft.questions[1]) errors.q1 = m.different;
    draft.answers.forEach((raw, index) => {
      const length = [...raw.trim()].length;
      const key = `a${index}` as FieldKey;
      if (length === 0) errors[key] = m.answerRequired(index + 1);
      else if (length < 2) errors[key] = m.answerShort(index + 1);
      else if (length > 100) errors[key] = m.answerLong(index + 1, length);
    });
    return errors;
  }

  private readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.action.busy) return;
    const errors = this.check(draft);
    this.errors = errors;
    const first = (['q0', 'a0', 'q1', 'a1'] as const).find((key) => errors[key]);
    if (first) {
      this.action.fail(this.msg.fix);
      this.announcer.announce(`${this.msg.fix} ${errors[first]}`);
      await this.focusOn(`#${first}`);
      return;
    }
    const answers = draft.questions.map((questionId, index) => ({
      questionId,
      answer: draft.answers[index]!.trim(),
    }));
    const body = JSON.stringify(answers);
    if (this.#saveKey?.body !== body) this.#saveKey = { body, key: createIdempotencyKey() };
    const key = this.#saveKey.key;
    const saved = await this.action.run(() =>
      this.ctx.stepUp.guard(() => setQuestions(this.ctx.client, answers, key, this.abort.signal)),
    );
    if (!saved) {
      if (this.action.problem) this.announcer.announce(this.action.problem);
      return;
    }
    this.#saveKey = undefined;
    this.data = saved;
    this.draft = undefined;
    this.notice = this.msg.saved;
    this.announcer.announce(this.msg.saved);
    this.reportChange('questions');
    await this.focusOn('#notice');
  };

  // ——— Rendering ———

  private renderField(index: 0 | 1, draft: Draft, catalogue: SecurityQuestions['catalogue']): TemplateResult {
    const m = this.msg;
    const q = `q${index}` as FieldKey;
    const a = `a${index}` as FieldKey;
    return html`<fieldset>
      <legend>${m.question(index + 1)}</legend>
      <label for=${q}>${m.question(index + 1)}</label>
      <select
        id=${q}
        class="input"
        aria-invalid=${this.errors[q] ? 'true' : 'false'}
        aria-describedby="${q}-error"
        @change=${(event: Event) => this.edit(q, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!draft.questions[index]}>${m.pick}</option>
        ${catalogue.map(
          (question) =>
            html`<option value=${question.id} ?selected=${draft.questions[index] === question.id}>
              ${question.text}
            </option>`,
        )}
      </select>
      <p class="error" id="${q}-error" aria-live="polite">${this.errors[q] ?? ''}</p>
      <label for=${a}>${m.answer(index + 1)}</label>
      <p class="hint muted" id="${a}-hint">${m.answerHint}</p>
      <input
        id=${a}
        class="input"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${this.errors[a] ? 'true' : 'false'}
        aria-describedby="${a}-hint ${a}-error"
        .value=${draft.answers[index]}
        @input=${(event: Event) => this.edit(a, (event.target as HTMLInputElement).value)}
      />
      <p class="error" id="${a}-error" aria-live="polite">${this.errors[a] ?? ''}</p>
    </fieldset>`;
  }

  private renderForm(draft: Draft, data: SecurityQuestions): TemplateResult {
    const m = this.msg;
    return html`<form novalidate @submit=${this.save} aria-labelledby="form-heading">
      <h4 id="form-heading">${m.formHeading}</h4>
      ${this.renderField(0, draft, data.catalogue)} ${this.renderField(1, draft, data.catalogue)}
      <p class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</p>
      <div class="actions">
        <button class="btn-primary" type="submit" aria-disabled=${this.action.busy ? 'true' : 'false'}>
          ${m.save}
        </button>
        <button class="btn" type="button" @click=${this.close}>${m.cancel}</button>
      </div>
    </form>`;
  }

  override render(): TemplateResult {
    // One template around every state: the heading stays the same element (focus on it is kept as data arrives).
    return html`<h3 tabindex="-1">${this.msg.heading}</h3>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const m = this.msg;
    if (this.loadState === 'loading') return html`<p role="status" aria-busy="true">${m.loading}</p>`;
    const data = this.data;
    if (this.loadState === 'failed' || !data)
      return html`<p class="problem" role="alert">${m.loadFailed}</p>
        <button class="btn" type="button" @click=${() => void this.load()}>${m.retry}</button>`;
    return html`<p>${m.intro}</p>
      <p id="notice" tabindex="-1" role="status">${this.notice}</p>
      ${
        data.chosen.length > 0
          ? html`<h4 id="chosen-heading">${m.chosen}</h4>
              <ul class="chosen" aria-labelledby="chosen-heading">
                ${data.chosen.map((question) => html`<li>${question.text}</li>`)}
              </ul>
              <p class="muted">
                ${m.hidden} ${data.updatedAt ? html`${m.updated(this.date(data.updatedAt))}.` : nothing}
              </p>`
          : html`<p>${m.none}</p>`
      }
      ${
        this.draft
          ? this.renderForm(this.draft, data)
          : html`<div class="actions">
              <button class="btn" id="edit" type="button" @click=${this.open}>
                ${data.chosen.length > 0 ? m.change : m.choose}
              </button>
            </div>`
      }`;
  }
}

if (!customElements.get('gu-security-questions')) customElements.define('gu-security-questions', GuSecurityQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-questions': GuSecurityQuestions;
  }
}
