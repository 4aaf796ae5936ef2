/**
 * core/widget LazyViewsController: each view's chunk loaded when the view first opens, its loading and failure said
 * (with a retry that works), the navigation's current item, and focus on the opened view's heading once it is drawn.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LazyViewsController } from '../../../components/core/widget/views.js';
import { deepActiveElement, deepText } from '../../helpers/perceive.js';
import { until } from '../../helpers/until.js';

type View = 'list' | 'form';
const MSG = { loading: 'Загружаем раздел…', loadFailed: 'Не удалось загрузить раздел.', retry: 'Повторить' };

let formAttempts = 0;
let releaseForm: () => void = () => undefined;

class ViewsDemo extends LitElement {
  static override properties = { view: { reflect: true } };
  declare view: View;
  readonly views = new LazyViewsController<View>(this, {
    list: () => Promise.resolve(),
    form: () => {
      formAttempts += 1;
      if (formAttempts === 1) return Promise.reject(new Error('chunk failed'));
      return new Promise<void>((resolve) => (releaseForm = resolve));
    },
  });
  constructor() {
    super();
    this.view = 'list';
  }
  override render() {
    const nav = this.views.nav(
      'Разделы',
      [
        ['list', 'Список'],
        ['form', 'Форма'],
      ],
      this.view,
    );
    const body = this.views.placeholder(MSG) ?? html`<h3 id="part-${this.view}" tabindex="-1">Раздел ${this.view}</h3>`;
    return html`<h2 id="heading" tabindex="-1">Виджет</h2>
      ${nav}${body}`;
  }
}
customElements.define('views-demo', ViewsDemo);

describe('core/widget LazyViewsController', () => {
  it('loads a view when it opens, says a failure with a working retry, and focuses what opened', async () => {
    const element = await fixture<ViewsDemo>(fixtureHtml`<views-demo></views-demo>`);
    const root = element.shadowRoot!;
    await until(() => root.querySelector('#part-list') !== null, 'the first view drawn');
    const current = () => root.querySelector('[aria-current="page"]')?.textContent?.trim();
    expect(current()).to.equal('Список');

    const [, formButton] = root.querySelectorAll<HTMLButtonElement>('nav button');
    formButton!.click();
    await until(() => deepText(root).includes(MSG.loadFailed), 'the failure said');
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain(MSG.loadFailed);
    expect(current()).to.equal('Форма');
    await until(() => deepActiveElement()?.id === 'heading', 'focus on the widget heading (no part to focus)');

    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => root.querySelector('[role="status"]')?.textContent === MSG.loading, 'loading said');
    releaseForm();
    await until(() => root.querySelector('#part-form') !== null, 'the view drawn after the retry');
    expect(formAttempts).to.equal(2);

    (deepActiveElement() as HTMLElement | null)?.blur();
    element.views.open('list');
    await until(() => root.querySelector('#part-list') !== null, 'the list drawn');
    await until(() => deepActiveElement()?.id === 'heading', 'focus moved to the heading');
    expect(current()).to.equal('Список');
    expect(element.view).to.equal('list');
  });
});
