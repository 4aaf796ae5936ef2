/**
 * The focus-visible check's memory of compared stops (focus-visible.ts `checked`, used by the story sweep per stories
 * file and theme): a stop drawn as one compared before is not captured again, anything that may draw it differently
 * is, and a stop without a visible ring is reported the first time it is met.
 */
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { focusStopKey, focusVisibilityProblems } from './focus-visible.js';

/** A region with two buttons; `.no-ring` ones show no focus at all. */
function mount(content: TemplateResult): HTMLElement {
  const root = document.createElement('div');
  render(
    html`<style>
        .no-ring:focus {
          outline: none;
        }
        .wide {
          width: 240px;
        }</style
      >${content}`,
    root,
  );
  document.body.append(root);
  return root;
}

describe('focus-visible (test/helpers/focus-visible.ts): compared stops', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((left) => left.remove()));

  it('keys a stop by what draws its ring and what it is seen against, not by its words, place or references', () => {
    const root = mount(
      html` <nav class="nav"><button id="a1" aria-controls="x1" class="nav-item">Платежи</button></nav>
        <nav class="nav"><button id="a2" aria-controls="x2" class="nav-item">Платежи</button></nav>
        <nav class="nav"><button class="nav-item" aria-current="page">Платежи</button></nav>
        <nav class="nav"><button class="nav-item wide">Платежи</button></nav>
        <nav class="nav"><button class="nav-item">Документы</button></nav>
        <div class="nav"><button class="nav-item">Платежи</button></div>
        <div class="dark"><button class="nav-item">Платежи</button></div>
        <div class="tight"><button class="nav-item">Платежи</button></div>`,
    );
    root.querySelector<HTMLElement>('.dark')!.style.background = 'rgb(0, 0, 0)';
    const tight = root.querySelector<HTMLElement>('.tight')!;
    tight.style.overflow = 'hidden';
    tight.style.display = 'inline-block';
    const [first, same, current, wide, otherText, otherPlace, dark, clipped] = [...root.querySelectorAll('button')].map(
      (button) => focusStopKey(button),
    );
    expect(same, 'ids and references differ only').to.equal(first);
    expect(otherText, 'another word, the same ring').to.equal(first);
    expect(otherPlace, 'another parent, the same surface and room').to.equal(first);
    expect(current, 'aria-current').to.not.equal(first);
    expect(wide, 'class and size').to.not.equal(first);
    expect(dark, 'a dark surface behind').to.not.equal(first);
    expect(clipped, 'an ancestor that clips the ring').to.not.equal(first);
  });

  it('reports a stop without a ring the first time, skips its twin, and compares a changed one again', async () => {
    const checked = new Set<string>();
    const first = mount(html`<button class="no-ring">Войти</button><button>Отмена</button>`);
    const firstProblems = await focusVisibilityProblems(first, { checked });
    expect(firstProblems).to.have.length(1);
    expect(firstProblems[0]).to.contain('shows no visible focus').and.contain('Войти');
    expect(checked.size, 'both stops compared').to.equal(2);
    first.remove();

    const twin = mount(html`<button class="no-ring">Войти</button><button>Отмена</button>`);
    expect(await focusVisibilityProblems(twin, { checked }), 'compared already').to.deep.equal([]);
    twin.remove();

    const changed = mount(html`<button class="no-ring wide">Войти</button>`);
    expect(await focusVisibilityProblems(changed, { checked }), 'a changed stop').to.have.length(1);
    changed.remove();

    const unremembered = mount(html`<button class="no-ring">Войти</button>`);
    expect(await focusVisibilityProblems(unremembered), 'without `checked` every stop is compared').to.have.length(1);
  });
});
