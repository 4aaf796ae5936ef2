import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/core/ui/gu-status-badge.js';
import type { GuStatusBadge, StatusTone } from '../../../components/core/ui/status-badge.js';
import { expectAccessible } from '../../helpers/a11y.js';

const TONES: StatusTone[] = ['neutral', 'info', 'success', 'warning', 'error', 'progress'];

describe('gu-status-badge', () => {
  it('every tone: visible text, a hidden icon of its own shape, axe-clean (contrast included)', async () => {
    const shapes = new Set<string>();
    for (const tone of TONES) {
      const el = await fixture<GuStatusBadge>(
        html`<gu-status-badge tone=${tone} label="Статус ${tone}"></gu-status-badge>`,
      );
      const label = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
      expect(label.innerText.trim()).to.equal(`Статус ${tone}`);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(svg.innerHTML.replace(/<!--[^]*?-->/g, ''));
      await expectAccessible(el);
    }
    expect(shapes.size).to.equal(TONES.length);
  });

  it('slotted text wins over label', async () => {
    const el = await fixture<GuStatusBadge>(
      html`<gu-status-badge tone="success" label="Запасной">Исполнено</gu-status-badge>`,
    );
    expect(el.innerText.trim()).to.equal('Исполнено');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().length).to.equal(1);
    expect((slot.assignedNodes()[0] as Text).data).to.equal('Исполнено');
  });

  it('an unknown tone falls back to neutral', async () => {
    const el = await fixture<GuStatusBadge>(html`<gu-status-badge tone="bogus" label="Черновик"></gu-status-badge>`);
    expect(el.shadowRoot!.querySelector('.badge')!.classList.contains('tone-neutral')).to.equal(true);
  });
});
