/**
 * The close button of <gu-dialog> and <gu-alert>, written once (issue 13): its markup (closeButtonTemplate in
 * core/ui/feedback-icons.ts) and its look (core/theme/looks/close-button.ts), whose transparent border forced colours
 * draw — the box a high-contrast user sees, with no forced-colours rule of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../../components/core/ui/gu-alert.js';
import '../../../components/core/ui/gu-dialog.js';
import type { GuDialog } from '../../../components/core/ui/dialog.js';
import { closeButtonTemplate } from '../../../components/core/ui/feedback-icons.js';

/** Emulates media features through the DevTools protocol (test/tools/media-features-plugin.mjs); [] resets them. */
const emulateMediaFeatures = (features: Array<{ name: string; value: string }>) =>
  executeServerCommand('gu-emulate-media-features', features);

describe('close button (dialog, alert)', () => {
  afterEach(() => emulateMediaFeatures([]));

  it('closeButtonTemplate: a button named by its label, with the given part and class, that calls back on click', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let clicks = 0;
    render(
      closeButtonTemplate('dismiss', 'Закрыть уведомление', () => clicks++),
      host,
    );
    const button = host.querySelector('button')!;
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Закрыть уведомление');
    expect(button.getAttribute('part')).to.equal('dismiss');
    expect(button.classList.contains('dismiss')).to.equal(true);
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    button.click();
    expect(clicks).to.equal(1);
  });

  it('shows its box in forced colours only, in both elements, and stays a 44px target', async () => {
    const alert = await fixture(html`<gu-alert dismissible>Сохранено</gu-alert>`);
    const dialog = await fixture<GuDialog>(html`<gu-dialog heading="Удалить черновик?">Текст</gu-dialog>`);
    dialog.open = true;
    await dialog.updateComplete;
    const buttons = [
      alert.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!,
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!,
    ];
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([44, 44]);
      expect(getComputedStyle(button).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    }
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    for (const button of buttons) {
      const style = getComputedStyle(button);
      expect(style.borderTopWidth).to.equal('1px');
      expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    }
  });
});
