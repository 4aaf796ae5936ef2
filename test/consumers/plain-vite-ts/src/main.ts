// A portal page with no framework: Vite + TypeScript. The element is defined by its package subpath; its types
// (HTMLElementTagNameMap, the event's detail) come with it.
import 'gu-kit/theme/default.css';
import 'gu-kit/a11y-panel';

const panel = document.querySelector('gu-a11y-panel')!;
const choice = document.querySelector('#choice')!;
panel.addEventListener('gu-low-vision-change', (event) => {
  choice.textContent = `Страница получила выбор: ${event.detail.fontSize}`;
});
panel.preferences = { ...panel.preferences, fontSize: 'large' };
