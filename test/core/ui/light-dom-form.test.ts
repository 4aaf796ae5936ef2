import { expect, fixture, html } from '@open-wc/testing';
import { css, render, type ReactiveControllerHost } from 'lit';
import {
  FormState,
  adoptStyles,
  digitsOnly,
  lightDomFields,
  limitMessage,
  type LimitMessages,
} from '../../../components/core/ui/light-dom-form.js';

const limits: LimitMessages = {
  tooLong: (label, max, length) => `${label}: не больше ${max}, сейчас ${length}`,
  controlCharacter: (label, code, position) => `${label}: ${code} (позиция ${position})`,
};

/** A host that counts the renders a form asks for. */
function host(): ReactiveControllerHost & { updates: number } {
  const counting = {
    updates: 0,
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      counting.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return counting;
}

describe('core/ui light-dom-form', () => {
  it('renders a labelled, described field in the light DOM with the block’s classes', async () => {
    const { field } = lightDomFields('gu-demo');
    const root = await fixture<HTMLFormElement>(html`<form></form>`);
    const draw = (error?: string) =>
      render(
        field({
          id: 'demo-login',
          name: 'username',
          label: 'Логин',
          hint: 'Телефон или почта',
          value: 'anna',
          error,
          autocomplete: 'username',
          errorPrefix: 'Ошибка:',
          onInput: () => undefined,
        }),
        root,
      );
    draw();
    const input = root.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).to.equal('Логин');
    expect(input.getAttribute('autocomplete')).to.equal('username');
    expect(input.value).to.equal('anna');
    expect(input.getAttribute('aria-describedby')).to.equal('demo-login-hint demo-login-error');
    // The error region is there before its message (a live region that exists first is announced).
    const region = root.querySelector('#demo-login-error')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.className).to.equal('gu-demo__error');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    draw('Введите логин');
    expect(region.className).to.equal('gu-demo__error gu-demo__error--shown');
    expect(region.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Ошибка:Введите логин');
    expect(region.querySelector('.gu-demo__sr')?.textContent).to.equal('Ошибка:');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('.gu-demo__field')).to.not.equal(null);
  });

  it('shows errors on blur and submit, never per keystroke, and fills the summary', () => {
    const h = host();
    const form: FormState = new FormState(
      h,
      { login: () => (form.value('login') ? undefined : 'Введите логин') },
      (n) => `x-${n}`,
    );
    form.input('login', '');
    expect(form.errors['login']).to.equal(undefined);
    form.blur('login'); // an untouched empty field says nothing on blur
    expect(form.errors['login']).to.equal(undefined);
    expect(form.validateAll()).to.equal(false);
    expect(form.summary).to.deep.equal([{ id: 'x-login', message: 'Введите логин' }]);
    form.input('login', 'a');
    expect(form.errors['login']).to.equal(undefined, 'a shown error goes as soon as the value is valid');
    expect(form.validateAll()).to.equal(true);
    expect(h.updates).to.be.greaterThan(3);
  });

  it('shows a crossed limit at once and names server errors in the summary', () => {
    const form: FormState = new FormState(host(), {}, (n) => `x-${n}`, {
      labelOf: (name) => (name === 'surname' ? 'Фамилия' : undefined),
      limits: { surname: () => limitMessage(limits, 'Фамилия', form.value('surname'), 5) },
    });
    form.input('surname', 'Смирнова');
    expect(form.errors['surname']).to.equal('Фамилия: не больше 5, сейчас 8');
    form.input('surname', 'Смир');
    expect(form.errors['surname']).to.equal(undefined);
    form.input('surname', 'a\u0000b');
    expect(form.errors['surname']).to.equal('Фамилия: U+0000 (позиция 2)');
    expect(
      form.serverErrors(
        [
          { field: 'surname', message: 'недопустимо' },
          { field: 'other', message: '?' },
        ],
        ['surname'],
      ),
    ).to.equal(true);
    expect(form.summary).to.deep.equal([{ id: 'x-surname', message: 'Фамилия: недопустимо' }]);
    expect(form.serverErrors([{ field: 'other', message: '?' }], ['surname'])).to.equal(false);
  });

  it('renders the error summary with links that call back with the field’s id, nothing when empty', async () => {
    const { errorSummary } = lightDomFields('gu-demo');
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const clicked: string[] = [];
    render(
      errorSummary([], 'Исправьте ошибки', 'demo', () => undefined),
      root,
    );
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    render(
      errorSummary([{ id: 'demo-login', message: 'Введите логин' }], 'Исправьте ошибки', 'demo', (event, id) => {
        event.preventDefault();
        clicked.push(id);
      }),
      root,
    );
    const summary = root.querySelector<HTMLElement>('.gu-demo__summary[role="alert"]')!;
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.querySelector('h3')?.textContent).to.equal('Исправьте ошибки');
    summary.querySelector('a')!.click();
    expect(clicked).to.deep.equal(['demo-login']);
  });

  it('keeps only the digits of a pasted code', () => {
    expect(digitsOnly('123 456')).to.equal('123456');
    expect(digitsOnly('12-34')).to.equal('1234');
  });
});

describe('core/ui light-dom-form adoptStyles', () => {
  it('adopts a light-DOM widget’s stylesheet on the enclosing shadow root once, or on the document', async () => {
    const styles = css`
      .adopt-probe {
        outline: 3px solid rgb(1, 2, 3);
      }
    `;
    const shadowHost = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    const probe = document.createElement('p');
    probe.className = 'adopt-probe';
    probe.textContent = 'x';
    shadow.append(probe);
    expect(getComputedStyle(probe).outlineColor).to.not.equal('rgb(1, 2, 3)');
    adoptStyles(shadow, styles);
    adoptStyles(shadow, styles);
    expect(getComputedStyle(probe).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(shadow.adoptedStyleSheets.filter((sheet) => sheet === styles.styleSheet)).to.have.length(1);
    expect(document.adoptedStyleSheets.includes(styles.styleSheet!)).to.equal(false);
    adoptStyles(document, styles);
    expect(document.adoptedStyleSheets.includes(styles.styleSheet!)).to.equal(true);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== styles.styleSheet);
  });
});
