import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-dialog.js';

interface DialogArgs {
  open: boolean;
  heading: string;
  text: string;
  alert: boolean;
  hideClose: boolean;
}

// Plain buttons stand in for gu-button here; at least 44 px high.
const buttonStyle = 'min-height:44px;padding:0 16px;font:inherit;border-radius:8px';

const meta = {
  title: 'Core/Dialog',
  component: 'gu-dialog',
  render: (args) => html`
    <button
      type="button"
      style=${buttonStyle}
      @click=${(event: Event) => (event.target as HTMLElement).nextElementSibling?.setAttribute('open', '')}
    >
      Открыть окно
    </button>
    <gu-dialog ?open=${args.open} heading=${args.heading} ?alert=${args.alert} ?hide-close=${args.hideClose}>
      <p>${args.text}</p>
      <button slot="footer" type="button" style=${buttonStyle} data-gu-dialog-close value="confirm">Продолжить</button>
      <button slot="footer" type="button" style=${buttonStyle} data-gu-dialog-close value="cancel">Отмена</button>
    </gu-dialog>
  `,
  args: {
    open: true,
    heading: 'Удалить черновик заявления?',
    text: 'Черновик нельзя будет восстановить.',
    alert: false,
    hideClose: false,
  },
} satisfies Meta<DialogArgs>;
export default meta;

type Story = StoryObj<DialogArgs>;

/** An open modal dialog with actions. */
export const Open: Story = {};
/** Closed: the button opens it; focus returns to the button on close. */
export const Closed: Story = { args: { open: false } };
/** The idle-timeout warning: an alertdialog described by its body, no close button (Esc means "stay"). */
export const AlertDialog: Story = {
  args: {
    alert: true,
    hideClose: true,
    heading: 'Сеанс скоро завершится',
    text: 'Вы давно не совершали действий. Через 2 минуты сеанс завершится, несохранённые данные будут потеряны.',
  },
  render: (args) => html`
    <gu-dialog open alert hide-close heading=${args.heading}>
      <p>${args.text}</p>
      <button slot="footer" type="button" style=${buttonStyle} data-gu-dialog-close value="extend">
        Остаться в системе
      </button>
      <button slot="footer" type="button" style=${buttonStyle} data-gu-dialog-close value="sign-out">Выйти</button>
    </gu-dialog>
  `,
};
/** A form in the body: focus goes to the first field. */
export const WithForm: Story = {
  args: { heading: 'Изменить адрес электронной почты' },
  render: (args) => html`
    <gu-dialog open heading=${args.heading}>
      <label style="display:grid;gap:4px"
        >Новый адрес <input type="email" autocomplete="email" style="min-height:44px;font:inherit"
      /></label>
      <button slot="footer" type="button" style=${buttonStyle} data-gu-dialog-close value="save">Сохранить</button>
    </gu-dialog>
  `,
};
/** Long text scrolls inside the dialog, which stays within the viewport. */
export const LongContent: Story = {
  args: {
    heading: 'Согласие на обработку персональных данных',
    text: 'Я даю согласие на обработку персональных данных в целях предоставления государственной услуги. '.repeat(30),
  },
};
/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
