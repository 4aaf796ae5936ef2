// A portal page in React 19: the element is defined by its package subpath, its JSX types come from gu-kit/react.
import { useState } from 'react';
import 'gu-kit/theme/default.css';
import 'gu-kit/a11y-panel';
import type { A11yPreferences } from 'gu-kit/a11y-panel';
import type {} from 'gu-kit/react';

const LARGE: A11yPreferences = {
  fontSize: 'large',
  fontFamily: 'sans',
  scheme: 'default',
  letterSpacing: 'normal',
  lineSpacing: 'normal',
  images: 'on',
};

export function App() {
  const [fontSize, setFontSize] = useState('');
  return (
    <main>
      <h1>Портал на React 19</h1>
      <p role="status">{fontSize ? `React получил выбор: ${fontSize}` : ''}</p>
      {/* `open` and `preferences` are set as properties by React 19; the event comes to `ongu-low-vision-change`. */}
      <gu-a11y-panel open preferences={LARGE} ongu-low-vision-change={(event) => setFontSize(event.detail.fontSize)} />
    </main>
  );
}
