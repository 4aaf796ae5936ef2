import { css, html, LitElement, nothing } from 'lit';
import { Task } from '@lit/task';
import { createApiClient, createIdempotencyKey, isApiError, type ApiClient } from '../../components/core/api/index.js';
import { coreMessages, LocaleController } from '../../components/core/i18n/index.js';
import { baseStyles, token } from '../../components/core/theme/index.js';
import { announce } from '../../components/core/ui/announcer.js';
import '../../components/core/ui/gu-button.js';
import '../../components/core/ui/gu-error-state.js';
import '../../components/core/ui/gu-empty-state.js';
import '../../components/core/ui/gu-loading-state.js';
import '../../components/core/ui/gu-status-badge.js';
import '../../components/core/ui/gu-alert.js';
import { fetchProfile, fetchUnpaidCharges, payCharge, type DemoCharge } from './demo-api.js';
import { demoEn, demoRu } from './locales.js';

/**
 * The demo's "data from the server" panel: the citizen and unpaid charges through core/api, with loading,
 * error-with-retry and empty states, and a payment that is never sent twice (one idempotency key per attempt).
 */
export class GuDemoAccount extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 16px;
      }
      dt {
        color: ${token('--gu-color-text-muted')};
      }
      dd {
        margin: 0;
      }
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 12px;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: center;
        justify-content: space-between;
        padding: 12px;
        border: 1px solid ${token('--gu-color-divider')};
        border-radius: ${token('--gu-radius')};
      }
      .amount {
        font-weight: 700;
      }
    `,
  ];

  static override properties = { apiBase: { type: String, attribute: 'api-base' }, payingId: { state: true } };

  /** Base URL of the portal API. */
  declare apiBase: string;
  declare private payingId: string | undefined;

  private readonly i18n = new LocaleController(this, { ru: demoRu, en: demoEn });
  private readonly core = new LocaleController(this, coreMessages);
  /** One key per payment attempt, reused on retries of that attempt. */
  private readonly attemptKeys = new Map<string, string>();

  private readonly client: ApiClient = createApiClient({
    baseUrl: '/api',
    auth: { getAccessToken: () => 'demo-token' },
    locale: () => this.i18n.locale,
  });

  private readonly account = new Task(this, {
    task: async (_args, { signal }) => {
      const [profile, charges] = await Promise.all([
        fetchProfile(this.client, signal),
        fetchUnpaidCharges(this.client, signal),
      ]);
      return { profile, charges };
    },
    args: () => [],
  });

  constructor() {
    super();
    this.apiBase = '/api';
  }

  /** Loads everything again (the scenario changed). */
  reload(): void {
    void this.account.run();
  }

  private async pay(charge: DemoCharge): Promise<void> {
    if (this.payingId) return;
    const key = this.attemptKeys.get(charge.id) ?? createIdempotencyKey();
    this.attemptKeys.set(charge.id, key);
    this.payingId = charge.id;
    try {
      await payCharge(this.client, charge.id, key);
      this.attemptKeys.delete(charge.id);
      announce(this.i18n.msg.paid(charge.title));
      await this.account.run();
    } catch (error) {
      const kind = isApiError(error) ? error.kind : 'server';
      announce(kind === 'network' ? this.core.msg.apiNetwork : this.core.msg.apiServer, { politeness: 'assertive' });
    } finally {
      this.payingId = undefined;
    }
  }

  private renderCharge(charge: DemoCharge) {
    const msg = this.i18n.msg;
    const amount = charge.discountedAmount ?? charge.amount;
    return html`<li>
      <div>
        <div>${charge.title}</div>
        <div class="amount">${this.i18n.money(amount)}</div>
        ${charge.discountUntil ? html`<div>${msg.until(this.i18n.date(charge.discountUntil))}</div>` : nothing}
      </div>
      <gu-status-badge tone="warning" label=${msg.statusUnpaid}></gu-status-badge>
      <gu-button
        variant="secondary"
        ?busy=${this.payingId === charge.id}
        aria-label=${msg.payLabel(charge.title)}
        @click=${() => this.pay(charge)}
        >${msg.pay}</gu-button
      >
    </li>`;
  }

  override render() {
    const msg = this.i18n.msg;
    return this.account.render({
      pending: () => html`<gu-loading-state></gu-loading-state>`,
      error: (error) =>
        isApiError(error) && error.kind === 'aborted'
          ? nothing
          : html`<gu-error-state .error=${error} retryable @gu-retry=${() => this.account.run()}></gu-error-state>`,
      complete: ({ profile, charges }) => {
        const levels = msg.levels.split(',');
        const levelIndex = ['simplified', 'standard', 'confirmed'].indexOf(profile.accountLevel);
        return html`<dl>
            <dt>${msg.citizen}</dt>
            <dd>${[profile.surname, profile.name, profile.patronymic].filter(Boolean).join(' ')}</dd>
            <dt>${msg.level}</dt>
            <dd>${levels[levelIndex]}</dd>
            <dt>${msg.charges}</dt>
            <dd>${this.i18n.plural(charges.total, msg.unpaidCount)}</dd>
          </dl>
          ${
            charges.items.length === 0
              ? html`<gu-empty-state heading=${msg.noCharges} heading-level="3"></gu-empty-state>`
              : html`<ul>
                  ${charges.items.map((charge) => this.renderCharge(charge))}
                </ul>`
          }`;
      },
    });
  }
}

if (!customElements.get('gu-demo-account')) customElements.define('gu-demo-account', GuDemoAccount);
declare global {
  interface HTMLElementTagNameMap {
    'gu-demo-account': GuDemoAccount;
  }
}
