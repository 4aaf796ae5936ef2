import { expect } from '@open-wc/testing';
import { checkServerUrl, safeServerUrl } from '../../../components/core/api/index.js';

describe('core/api safeServerUrl: only https or the page’s own origin is followed', () => {
  const here = location.origin;

  const allowed: [string, string][] = [
    ['https://bank.example/sign-in?ticket=1', 'https://bank.example/sign-in?ticket=1'],
    ['HTTPS://Bank.Example/x', 'https://bank.example/x'],
    ['/mock-bank/bank.html?x=1', `${here}/mock-bank/bank.html?x=1`],
    ['receipt.pdf', new URL('receipt.pdf', location.href).href],
    [`${here}/lk/`, `${here}/lk/`],
  ];
  for (const [input, expected] of allowed) {
    it(`follows ${JSON.stringify(input)}`, () => {
      expect(safeServerUrl(input)).to.equal(expected);
    });
  }

  const refused: [unknown, string][] = [
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['java\tscript:alert(1)', 'scheme'],
    ['  javascript:alert(1)', 'scheme'],
    ['javascript%3Aalert(1)', 'none'], // relative path on this origin: harmless text, resolved under the page
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['blob:https://bank.example/1', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['http://bank.example/', 'scheme'],
    ['//evil.example/path', 'scheme'],
    ['\\\\evil.example/path', 'scheme'],
    ['/\\evil.example', 'scheme'],
    ['https://user:pass@bank.example/', 'credentials'],
    ['https://[::1', 'malformed'],
    ['', 'malformed'],
    ['   ', 'malformed'],
    [undefined, 'malformed'],
    [42, 'malformed'],
  ];
  for (const [input, reason] of refused) {
    if (reason === 'none') {
      it(`keeps ${JSON.stringify(input)} on this origin`, () => {
        const url = safeServerUrl(input);
        expect(url && new URL(url).origin).to.equal(here);
      });
      continue;
    }
    it(`refuses ${JSON.stringify(input)} (${reason})`, () => {
      // The page runs on http://localhost in tests: protocol-relative and backslash forms resolve to http: elsewhere.
      expect(safeServerUrl(input)).to.equal(undefined);
      expect(checkServerUrl(input)).to.deep.equal({ refused: reason });
    });
  }
});
