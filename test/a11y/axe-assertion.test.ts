import { expect, fixture, html } from '@open-wc/testing';
import { AXE_TAGS, axeViolations, expectAccessible } from '../helpers/a11y.js';

/** The axe assertion must catch real violations, or every "accessible" test in the suite means nothing. */
describe('axe assertion', () => {
  it('runs every WCAG 2.0–2.2 A/AA tag and best-practice', () => {
    expect([...AXE_TAGS]).to.deep.equal(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  });

  it('fails on an unlabelled input (label, critical)', async () => {
    const el = await fixture(html`<div><input type="text" /></div>`);
    const violations = await axeViolations(el);
    expect(violations.map((v) => v.id)).to.include('label');
    let error: unknown;
    try {
      await expectAccessible(el);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'expectAccessible must throw').to.be.instanceOf(Error);
    expect(String(error)).to.contain('label');
  });

  it('fails on low colour contrast', async () => {
    const el = await fixture(html`<p style="color:#aaa;background:#fff">Низкий контраст</p>`);
    expect((await axeViolations(el)).map((v) => v.id)).to.include('color-contrast');
  });

  it('fails on a too small target (WCAG 2.2 target-size)', async () => {
    const el = await fixture(
      html`<div>
        <button style="width:10px;height:10px;padding:0;border:0" aria-label="Первая"></button
        ><button style="width:10px;height:10px;padding:0;border:0" aria-label="Вторая"></button>
      </div>`,
    );
    expect((await axeViolations(el)).map((v) => v.id)).to.include('target-size');
  });

  it('walks into open shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).append(document.createElement('input'));
    expect((await axeViolations(host)).map((v) => v.id)).to.include('label');
  });

  it('passes an accessible fixture', async () => {
    const el = await fixture(html`<form><label for="f">Фамилия</label><input id="f" type="text" /></form>`);
    await expectAccessible(el);
  });
});
