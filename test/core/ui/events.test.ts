/**
 * The core/ui elements' events follow the kit's one event model (core/widget GuEvent, issue 13): each is an instance
 * of its own class, named by the class's `eventName`, with its payload in `detail` only; every one bubbles out of
 * shadow roots to the page, and the ones the page may take over are cancelable.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GuEvent } from '../../../components/core/widget/events.js';
import { GuAlertDismissEvent } from '../../../components/core/ui/gu-alert.js';
import { GuDialogCancelEvent, GuDialogCloseEvent, GuDialogOpenEvent } from '../../../components/core/ui/gu-dialog.js';
import { GuErrorStateRetryEvent } from '../../../components/core/ui/gu-error-state.js';
import { GuOtpCompleteEvent } from '../../../components/core/ui/gu-otp-field.js';

/** What the page perceives of an event: its class, name, payload and how it travels. */
function shape(event: Event) {
  return {
    guEvent: event instanceof GuEvent,
    type: event.type,
    detail: (event as CustomEvent).detail as unknown,
    bubbles: event.bubbles,
    composed: event.composed,
    cancelable: event.cancelable,
  };
}

/** Own fields an event carries besides `detail` and the platform's `isTrusted` (the model allows none). */
const ownFields = (event: Event) => Object.keys(event).filter((key) => key !== 'isTrusted');

describe('core/ui events (GuEvent)', () => {
  it('gu-alert-dismiss: GuAlertDismissEvent, cancelable, no payload', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><gu-alert dismissible>Сохранено</gu-alert></div>`);
    const alert = host.querySelector('gu-alert')!;
    const fired = oneEvent(host, GuAlertDismissEvent.eventName);
    alert.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    const event = await fired;
    expect(event).to.be.instanceOf(GuAlertDismissEvent);
    expect(shape(event)).to.deep.equal({
      guEvent: true,
      type: 'gu-alert-dismiss',
      detail: null,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    expect(ownFields(event)).to.deep.equal([]);
  });

  it('gu-dialog-open, gu-dialog-cancel (cancelable) and gu-dialog-close { returnValue }', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <gu-dialog heading="Подтвердите"><p>Текст</p></gu-dialog>
      </div>`,
    );
    const dialog = host.querySelector('gu-dialog')!;
    const opened = oneEvent(host, GuDialogOpenEvent.eventName);
    dialog.show();
    const open = await opened;
    expect(open).to.be.instanceOf(GuDialogOpenEvent);
    expect(shape(open)).to.deep.equal({
      guEvent: true,
      type: 'gu-dialog-open',
      detail: null,
      bubbles: true,
      composed: true,
      cancelable: false,
    });

    const cancelled = oneEvent(host, GuDialogCancelEvent.eventName);
    const closed = oneEvent(host, GuDialogCloseEvent.eventName);
    await sendKeys({ press: 'Escape' });
    const cancel = await cancelled;
    expect(cancel).to.be.instanceOf(GuDialogCancelEvent);
    expect(shape(cancel)).to.deep.equal({
      guEvent: true,
      type: 'gu-dialog-cancel',
      detail: null,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    const close = await closed;
    expect(close).to.be.instanceOf(GuDialogCloseEvent);
    expect(shape(close)).to.deep.equal({
      guEvent: true,
      type: 'gu-dialog-close',
      detail: { returnValue: 'cancel' },
      bubbles: true,
      composed: true,
      cancelable: false,
    });
    expect(ownFields(close)).to.deep.equal([]);
  });

  it('gu-error-state-retry: GuErrorStateRetryEvent with { kind }', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><gu-error-state .error=${{ kind: 'timeout' }}></gu-error-state></div>`,
    );
    const state = host.querySelector('gu-error-state')!;
    const fired = oneEvent(host, GuErrorStateRetryEvent.eventName);
    state.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const event = await fired;
    expect(event).to.be.instanceOf(GuErrorStateRetryEvent);
    expect(shape(event)).to.deep.equal({
      guEvent: true,
      type: 'gu-error-state-retry',
      detail: { kind: 'timeout' },
      bubbles: true,
      composed: true,
      cancelable: false,
    });
    expect(ownFields(event)).to.deep.equal([]);
  });

  it('gu-otp-complete: GuOtpCompleteEvent with { code }', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><gu-otp-field label="Код из СМС" length="4"></gu-otp-field></div>`,
    );
    const field = host.querySelector('gu-otp-field')!;
    const fired = oneEvent(host, GuOtpCompleteEvent.eventName);
    field.focus();
    await sendKeys({ type: '1234' });
    const event = await fired;
    expect(event).to.be.instanceOf(GuOtpCompleteEvent);
    expect(shape(event)).to.deep.equal({
      guEvent: true,
      type: 'gu-otp-complete',
      detail: { code: '1234' },
      bubbles: true,
      composed: true,
      cancelable: false,
    });
    expect(ownFields(event)).to.deep.equal([]);
  });
});
