import type { ToggleMessages } from './toggle-ru.js';

/** <gu-a11y-toggle>'s English messages: loaded only when the page is in English. */
export const toggleEn: ToggleMessages = {
  open: 'Low-vision version',
  normal: 'Standard version',
  normalOn: 'Standard version on',
};
