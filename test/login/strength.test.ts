/**
 * Requirement 29: the advisory strength meter (zxcvbn-ts core with the 5 000 most common passwords, our Russian /
 * transliteration dictionary and the citizen's own data). The named vectors score ≤ 1 and a passphrase ≥ 3; the
 * estimator and its dictionaries load from the page's origin only and nothing is requested anywhere else (every
 * fetch, XHR and resource load is recorded); the texts are ours (ru + en); the meter is announced on pause / blur,
 * not per keystroke; it never blocks submit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { estimate, userInputsOf } from '../../components/core/password/estimator.js';
import { strengthMessages } from '../../components/core/password/messages.js';
import { countRequests, input, mountLogin, typeInto, internals } from './harness.js';
import type { GuLogin } from '../../components/login/login.js';

/** Records every URL the page fetches (fetch, XHR, and every resource: scripts loaded by import() too). */
function recordRequests(): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const fetchBefore = window.fetch;
  const openBefore = XMLHttpRequest.prototype.open;
  window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(request instanceof Request ? request.url : String(request), location.href).href);
    return fetchBefore(request, init);
  };
  XMLHttpRequest.prototype.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    urls.push(new URL(String(url), location.href).href);
    return (openBefore as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) urls.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  return {
    urls,
    stop() {
      for (const entry of observer.takeRecords()) urls.push(entry.name);
      observer.disconnect();
      window.fetch = fetchBefore;
      XMLHttpRequest.prototype.open = openBefore;
    },
  };
}

async function atPasswordStep(lang = 'ru'): Promise<GuLogin> {
  const { login } = await mountLogin({ lang });
  login.flowKind = 'registration';
  internals(login).contextWords = ['Смирнова', 'Анна', '', '+79165551234'];
  login.flow = {
    flowId: 'strength-test',
    step: 'password',
    password: { policy: 'default', minLength: 8, maxLength: 128 },
  };
  login.step = 'password';
  await waitUntil(() => login.querySelector('.gu-login__strength'), 'the meter is shown', { timeout: 5000 });
  return login;
}

const meterText = (login: GuLogin): string =>
  login.querySelector('.gu-login__strength')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (login: GuLogin): string => login.querySelector('.gu-login__sr[role="status"]')?.textContent ?? '';

describe('<gu-login> strength meter (requirement 29)', () => {
  for (const password of ['Qwerty123!', 'Йцукен123', 'parol2024'])
    it(`scores «${password}» ≤ 1`, async () => {
      const result = await estimate(password);
      expect(result.score, `${password}: ${JSON.stringify(result)}`).to.be.at.most(1);
    });

  it('scores a passphrase of unrelated words ≥ 3', async () => {
    expect((await estimate('Синий трамвай поёт фагот 7:45')).score).to.be.at.least(3);
    expect((await estimate('violet-kettle-drums-harbour-91')).score).to.be.at.least(3);
  });

  it('knows the Russian and transliterated words and the citizen’s own data', async () => {
    for (const password of ['privet2023', 'moskva1990', 'lubov777', 'gfhjkm12'])
      expect((await estimate(password)).score, password).to.be.at.most(1);
    const own = await estimate('Smirnova9165551234', ['Смирнова', '+7 916 555-12-34']);
    expect(own.score).to.be.at.most(1);
    expect(userInputsOf(['Смирнова', '+7 916 555-12-34'])).to.include.members(['smirnova', '9165551234']);
  });

  it('has our text for every zxcvbn feedback key in ru and en', async () => {
    const { default: keys } = await import('@zxcvbn-ts/core/dist/data/translationKeys.mjs' as string);
    const translationKeys = keys as { warnings: Record<string, string>; suggestions: Record<string, string> };
    for (const locale of ['ru', 'en'] as const) {
      for (const key of Object.keys(translationKeys.warnings))
        expect(strengthMessages[locale].warning(key), `${locale} warning ${key}`).to.not.equal('');
      for (const key of Object.keys(translationKeys.suggestions))
        expect(strengthMessages[locale].suggestion(key), `${locale} suggestion ${key}`).to.not.equal('');
    }
  });

  it('loads and runs in the page: no request to any other origin', async () => {
    const recorder = recordRequests();
    try {
      const login = await atPasswordStep();
      await typeInto(input(login, 'Новый пароль'), 'Qwerty123!');
      await waitUntil(() => /слабый/.test(meterText(login)), `meter: ${meterText(login)}`, { timeout: 15_000 });
      await estimate('parol2024', ['Смирнова']);
    } finally {
      recorder.stop();
    }
    expect(recorder.urls.length).to.be.greaterThan(0);
    const foreign = recorder.urls.filter((url) => new URL(url).origin !== location.origin);
    expect(foreign, foreign.join(', ')).to.deep.equal([]);
    expect(recorder.urls.some((url) => /pwnedpasswords|haveibeenpwned/.test(url))).to.equal(false);
  });

  it('shows the score as text and a shape with our texts, announced on blur — not per keystroke', async () => {
    const login = await atPasswordStep();
    await typeInto(input(login, 'Новый пароль'), 'Smirnova2024');
    await waitUntil(() => /Надёжность пароля: .*из 4/.test(meterText(login)), meterText(login), { timeout: 15_000 });
    expect(meterText(login)).to.match(/[●○]{5}/);
    expect(meterText(login)).to.contain('Подсказка');
    expect(meterText(login)).to.not.match(/[A-Za-z]{4,} [a-z]{4,}/, 'no English feedback in ru');
    expect(statusText(login), 'nothing announced while typing').to.not.contain('Надёжность');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => /Надёжность пароля: (очень слабый|слабый)/.test(statusText(login)), statusText(login), {
      timeout: 5000,
    });
    expect(statusText(login)).to.contain('Выполнено требований');
  });

  it('speaks English in en', async () => {
    const login = await atPasswordStep('en');
    await typeInto(input(login, 'New password'), 'Qwerty123!');
    await waitUntil(() => /Password strength: .*weak/.test(meterText(login)), meterText(login), { timeout: 15_000 });
  });

  it('never blocks submit: a weak password that meets the policy is sent to the server', async () => {
    const login = await atPasswordStep();
    const requests = countRequests('/flows/strength-test/password');
    try {
      await typeInto(input(login, 'Новый пароль'), 'Qwerty123!');
      await typeInto(input(login, 'Повторите'), 'Qwerty123!');
      await waitUntil(() => /слабый/.test(meterText(login)), meterText(login), { timeout: 15_000 });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.count() === 1, 'the password went to the server', { timeout: 5000 });
    } finally {
      requests.stop();
    }
  });
});
