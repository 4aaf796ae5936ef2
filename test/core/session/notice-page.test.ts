/**
 * One `<gu-session-notice>` per page, its heading where the page's outline needs it (issue 12, defects 3 and 10):
 * the first notice in the composed tree speaks for the page; a notice inside a widget's shadow root after a page's h1
 * gets an h2 — no h1 → h3 skip.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, render, type TemplateResult } from 'lit';
import type { Session } from '../../../components/core/session/session-context.js';
import '../../../components/core/session/gu-session-notice.js';
import type { GuSessionNotice } from '../../../components/core/session/session-notice.js';
import { provideTestSession } from '../../../mocks/test-session.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { isPerceivable } from '../../helpers/perceive.js';

/** A widget that renders its own notice in its shadow root, as the tracker and verification do. */
class NoticeWidget extends LitElement {
  override render() {
    return litHtml`<gu-session-notice></gu-session-notice>`;
  }
}
customElements.define('test-notice-widget', NoticeWidget);

function noticeOf(widget: Element): GuSessionNotice {
  return widget.shadowRoot!.querySelector('gu-session-notice')!;
}

/** A page with a session provided first (as <gu-session> would be), then `content` rendered inside it. */
async function pageWith(session: Partial<Session>, content: TemplateResult): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<main></main>`);
  provideTestSession(page, session);
  render(content, page);
  return page;
}

async function settle(...notices: GuSessionNotice[]): Promise<void> {
  for (const notice of notices) await notice.updateComplete;
}

function headingOf(notice: GuSessionNotice): Element | null {
  return notice.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
}

describe('gu-session-notice on a page', () => {
  it('a widget’s notice after the page’s h1 has an h2 (the outline decides, not the widget)', async () => {
    const page = await pageWith(
      { status: 'signed-out', reason: 'idle-timeout' },
      litHtml`<h1>Мои заявления</h1>
        <div><test-notice-widget></test-notice-widget></div>`,
    );
    const widget = page.querySelector('test-notice-widget')!;
    await (widget as NoticeWidget).updateComplete;
    await settle(noticeOf(widget));
    expect(headingOf(noticeOf(widget))?.localName).to.equal('h2');
    await expectAccessible(page);
  });

  it('under a section’s h2 it is an h3; heading-level still decides when set', async () => {
    const page = await pageWith(
      { status: 'signed-out' },
      litHtml`
        <h1>Портал</h1>
        <section>
          <h2>Раздел</h2>
          <gu-session-notice></gu-session-notice>
        </section>
      `,
    );
    const notice = page.querySelector<GuSessionNotice>('gu-session-notice')!;
    await settle(notice);
    expect(headingOf(notice)?.localName).to.equal('h3');
    notice.headingLevel = 2;
    await settle(notice);
    expect(headingOf(notice)?.localName).to.equal('h2');
  });

  it('with a page-level notice and two widgets’ notices, only the page’s shows; without it, the first widget’s', async () => {
    const page = await pageWith(
      { status: 'expired', reason: 'idle-timeout' },
      litHtml`
        <h1>Личный кабинет</h1>
        <gu-session-notice heading-level="2"></gu-session-notice>
        <test-notice-widget></test-notice-widget>
        <test-notice-widget></test-notice-widget>
      `,
    );
    const pageNotice = page.querySelector<GuSessionNotice>(':scope > gu-session-notice')!;
    const widgets = [...page.querySelectorAll<NoticeWidget>('test-notice-widget')];
    for (const widget of widgets) await widget.updateComplete;
    const [first, second] = widgets.map(noticeOf) as [GuSessionNotice, GuSessionNotice];
    await settle(pageNotice, first, second);
    expect([pageNotice, first, second].map((notice) => isPerceivable(notice))).to.deep.equal([true, false, false]);

    pageNotice.remove();
    await settle(first, second);
    expect([first, second].map((notice) => isPerceivable(notice))).to.deep.equal([true, false]);
    expect(headingOf(first)?.localName).to.equal('h2');
    await expectAccessible(page);
  });
});
