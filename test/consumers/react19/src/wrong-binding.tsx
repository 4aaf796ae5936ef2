// Must NOT type-check (test/e2e/package-consumers.test.ts): `open` is a boolean property, not a string.
import 'gu-kit/a11y-panel';
import type {} from 'gu-kit/react';

export function Wrong() {
  return <gu-a11y-panel open="yes" />; // wrong-binding
}
