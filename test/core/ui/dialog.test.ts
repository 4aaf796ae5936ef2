import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-dialog.js';
import type { GuDialog } from '../../../components/core/ui/dialog.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { deepActiveElement as deepActive } from '../../helpers/perceive.js';

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** The accessible name from aria-labelledby, resolved in the dialog's shadow root. */
function labelOf(dialog: GuDialog): string | undefined {
  const native = nativeDialog(dialog);
  const ids = native.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => dialog.shadowRoot!.getElementById(id)?.textContent?.trim()).join(' ') || undefined;
}

const part = (dialog: GuDialog, name: string) => dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const nativeDialog = (dialog: GuDialog) => dialog.shadowRoot!.querySelector('dialog')!;

async function setup(alert = false) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <button id="opener" type="button">Открыть</button>
      <gu-dialog heading="Сеанс скоро завершится" ?alert=${alert}>
        <p>Вы долго не совершали действий.</p>
        <label>Имя <input id="name" /></label>
        <button slot="footer" id="stay" type="button" data-gu-dialog-close value="stay">Остаться в системе</button>
        <button slot="footer" id="leave" type="button" data-gu-dialog-close value="leave">Выйти</button>
      </gu-dialog>
    </div>
  `);
  const dialog = root.querySelector('gu-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  return { root, dialog, opener };
}

async function openFrom(opener: HTMLElement, dialog: GuDialog) {
  opener.focus();
  const opened = oneEvent(dialog, 'gu-dialog-open');
  dialog.show();
  await opened;
}

describe('gu-dialog', () => {
  it('is closed by default and shows nothing', async () => {
    const { dialog } = await setup();
    expect(dialog.open).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
    expect(nativeDialog(dialog).checkVisibility()).to.equal(false);
  });

  it('is accessible when open, as a dialog and as an alertdialog', async () => {
    for (const alert of [false, true]) {
      const { dialog, opener } = await setup(alert);
      await openFrom(opener, dialog);
      await expectAccessible(dialog);
      dialog.close();
    }
  });

  it('is a modal dialog labelled by its heading', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const native = nativeDialog(dialog);
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('role')).to.equal(null);
    expect(labelOf(dialog)).to.equal('Сеанс скоро завершится');
    expect(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!.localName).to.equal('h2');
    // The page behind is inert: the opener cannot take focus.
    opener.focus();
    expect(deepActive()).not.to.equal(opener);
  });

  it('with `alert` is an alertdialog labelled by its heading and described by its body', async () => {
    const { dialog, opener } = await setup(true);
    await openFrom(opener, dialog);
    const native = nativeDialog(dialog);
    expect(native.getAttribute('role')).to.equal('alertdialog');
    expect(native.getAttribute('aria-modal')).to.equal('true');
    const describedBy = dialog.shadowRoot!.getElementById(native.getAttribute('aria-describedby')!)!;
    expect(describedBy.getAttribute('part')).to.equal('body');
    const slotted = describedBy
      .querySelector('slot')!
      .assignedElements()
      .map((el) => el.textContent)
      .join(' ');
    expect(slotted).to.contain('Вы долго не совершали действий.');
    expect(labelOf(dialog)).to.equal('Сеанс скоро завершится');
  });

  it('moves focus to the first focusable element of the body on open', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    expect(deepActive()?.id).to.equal('name');
  });

  it('moves focus to the slotted element with autofocus', async () => {
    const { dialog, opener } = await setup();
    dialog.querySelector('#leave')!.setAttribute('autofocus', '');
    await openFrom(opener, dialog);
    expect(deepActive()?.id).to.equal('leave');
  });

  it('keeps Tab and Shift+Tab inside the dialog (real key presses)', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const close = part(dialog, 'close');
    const seen: (Element | null)[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      seen.push(deepActive());
    }
    const ids = seen.map((el) => (el === close ? 'close' : el?.id));
    // name → stay → leave → close → name …
    expect(ids).to.deep.equal(['stay', 'leave', 'close', 'name', 'stay', 'leave', 'close', 'name']);
    const back: (string | undefined)[] = [];
    for (let i = 0; i < 4; i += 1) {
      await shiftTab();
      const el = deepActive();
      back.push(el === close ? 'close' : el?.id);
    }
    expect(back).to.deep.equal(['close', 'leave', 'stay', 'name']);
  });

  it('Esc fires a cancelable gu-dialog-cancel, then closes with returnValue "cancel"', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const cancel = oneEvent(dialog, 'gu-dialog-cancel');
    const closed = oneEvent(dialog, 'gu-dialog-close');
    await sendKeys({ press: 'Escape' });
    const cancelEvent = await cancel;
    expect(cancelEvent.cancelable).to.equal(true);
    expect(cancelEvent.composed).to.equal(true);
    const closeEvent = await closed;
    expect(closeEvent.detail.returnValue).to.equal('cancel');
    expect(dialog.open).to.equal(false);
    expect(dialog.hasAttribute('open')).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
  });

  it('Esc with preventDefault keeps it open — again and again', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    let cancels = 0;
    dialog.addEventListener('gu-dialog-cancel', (event) => {
      cancels += 1;
      event.preventDefault();
    });
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Escape' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(nativeDialog(dialog).open, `after Esc #${i + 1}`).to.equal(true);
    }
    expect(cancels).to.equal(3);
    expect(dialog.open).to.equal(true);
  });

  it('the close button asks to cancel and is named «Закрыть окно»', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const close = part(dialog, 'close');
    expect(close.getAttribute('aria-label')).to.equal('Закрыть окно');
    const rect = close.getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
    const cancel = oneEvent(dialog, 'gu-dialog-cancel');
    close.click();
    await cancel;
    await dialog.updateComplete;
    expect(nativeDialog(dialog).open).to.equal(false);
  });

  it('a slotted data-gu-dialog-close button closes with its value; focus returns to the opener', async () => {
    const { dialog, opener } = await setup();
    await openFrom(opener, dialog);
    const closed = oneEvent(dialog, 'gu-dialog-close');
    dialog.querySelector<HTMLButtonElement>('#stay')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail.returnValue).to.equal('stay');
    expect(dialog.returnValue).to.equal('stay');
    expect(deepActive()).to.equal(opener);
  });

  it('returns focus to an opener inside another shadow root', async () => {
    const { root, dialog } = await setup();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('button');
    inner.textContent = 'Внутри';
    shadow.append(inner);
    root.append(host);
    await openFrom(inner, dialog);
    const closed = oneEvent(dialog, 'gu-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(deepActive()).to.equal(inner);
  });

  it('opens and closes 10 times in a row', async () => {
    const { dialog, opener } = await setup();
    for (let i = 0; i < 10; i += 1) {
      await openFrom(opener, dialog);
      expect(nativeDialog(dialog).open, `open #${i + 1}`).to.equal(true);
      expect(deepActive()?.id).to.equal('name');
      const closed = oneEvent(dialog, 'gu-dialog-close');
      if (i % 2 === 0) await sendKeys({ press: 'Escape' });
      else dialog.close(`done-${i}`);
      const event = await closed;
      expect(event.detail.returnValue).to.equal(i % 2 === 0 ? 'cancel' : `done-${i}`);
      expect(nativeDialog(dialog).open).to.equal(false);
      expect(deepActive()).to.equal(opener);
    }
  });

  it('opens from the open attribute', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <gu-dialog open heading="Готово"><p>Текст</p></gu-dialog>
      </div>`,
    );
    const dialog = root.querySelector('gu-dialog')!;
    await dialog.updateComplete;
    expect(nativeDialog(dialog).open).to.equal(true);
    // No focusable content: focus goes to the close button.
    expect(deepActive()).to.equal(part(dialog, 'close'));
    dialog.close();
  });

  it('speaks English under lang="en" and follows a runtime language switch', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <gu-dialog heading="Session ends soon"><p>Text</p></gu-dialog>
      </div>`,
    );
    const dialog = root.querySelector('gu-dialog')!;
    dialog.show();
    await oneEvent(dialog, 'gu-dialog-open');
    expect(part(dialog, 'close').getAttribute('aria-label')).to.equal('Close dialog');
    root.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await dialog.updateComplete;
    expect(part(dialog, 'close').getAttribute('aria-label')).to.equal('Закрыть окно');
    dialog.close();
  });
});
