/**
 * The QR image of the mobile-app sign-in (core/ui `qr-svg.ts`): a module matrix drawn as Lit SVG rects, role="img" with
 * a name, a 4-module quiet zone; no markup strings. The real encoder (`qrcode`, CommonJS) is exercised in the vite
 * build by test/e2e/login-qr.test.ts; here the browser-test runner cannot load CommonJS, and the QR step keeps the
 * link as text when the encoder is unavailable.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { darkRuns, qrSvg, type ModuleMatrix } from '../../components/core/ui/qr-svg.js';
import { expectAccessible } from '../helpers/a11y.js';
import { mountLogin } from './harness.js';

function finderMatrix(size = 25): ModuleMatrix {
  const data = new Uint8Array(size * size);
  for (let row = 0; row < size; row += 1)
    for (let column = 0; column < size; column += 1) data[row * size + column] = (row * 7 + column * 3) % 5 < 2 ? 1 : 0;
  return { size, data };
}

describe('<gu-login> QR image', () => {
  it('draws the matrix as rects in an accessible svg', async () => {
    const matrix = finderMatrix();
    const element = await fixture<HTMLDivElement>(html`<div>${qrSvg(matrix, 'QR-код для входа')}</div>`);
    const svg = element.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-код для входа');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 33 33');
    expect(Number(svg.dataset.modules)).to.be.greaterThan(20);
    const runs = darkRuns(matrix);
    expect(svg.querySelectorAll('g rect').length).to.equal(runs.length);
    const dark = runs.reduce((sum, [, , length]) => sum + length, 0);
    expect(dark).to.equal(Array.from(matrix.data).filter((bit) => bit === 1).length);
    await expectAccessible(element);
  });

  it('keeps the sign-in link and the polling state on the QR step', async () => {
    const { login } = await mountLogin();
    login.flow = {
      flowId: 'qr-test',
      step: 'qr',
      qr: {
        payload: 'https://example.ru/app/qr-login?ticket=abc',
        expiresIn: 120,
        pollInterval: 60_000,
        state: 'waiting',
      },
    };
    login.step = 'qr';
    await waitUntil(() => login.querySelector('figure a'), 'the link is shown', { timeout: 5000 });
    expect(login.querySelector('figure a')!.textContent).to.contain('qr-login?ticket=abc');
    expect(login.textContent).to.contain('Ждём сканирования');
  });
});
