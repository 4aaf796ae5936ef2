/**
 * The frame of <gu-security-settings>: the navigation opens each section (its chunk loaded then, focus on its
 * heading), the step-up guard asks once for calls waiting together and makes each call again, and a cancelled
 * question is said nowhere.
 */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../components/core/api/api-error.js';
import { StepUpCancelled, createStepUp } from '../../components/security/step-up.js';
import { deepActiveElement, mountSecurity, until } from './harness.js';

const stepUpError = () =>
  new ApiError('forbidden', 'Confirm it is you', { status: 403, code: 'reauthentication-required' });

describe('<gu-security-settings> frame', () => {
  it('opens every section from the navigation with focus on its heading', async () => {
    const h = await mountSecurity();
    await h.waitForView('overview');
    const sections: Array<[string, string]> = [
      ['Пароль', 'password'],
      ['Двухфакторный вход', 'two-factor'],
      ['Ключи доступа', 'passkeys'],
      ['Контрольные вопросы', 'questions'],
      ['Доверенные устройства', 'devices'],
      ['Активные сеансы', 'sessions'],
      ['История входов', 'history'],
      ['Оповещения', 'alerts'],
    ];
    for (const [name, view] of sections) {
      await h.openSection(name);
      const root = await h.waitForView(view as never);
      await until(
        () => deepActiveElement()?.matches('h3, h4') === true && root.contains(deepActiveElement()),
        5000,
        `focus on ${view}`,
      );
      const current = h.root.querySelector('nav [aria-current="page"]');
      expect(current?.textContent?.trim()).to.equal(name);
    }
  });

  it('asks once for calls waiting together, then makes each call again', async () => {
    let asked = 0;
    const stepUp = createStepUp(async () => {
      asked += 1;
      return true;
    });
    const tries = new Map<string, number>();
    const call = (name: string) => async () => {
      const n = (tries.get(name) ?? 0) + 1;
      tries.set(name, n);
      if (n === 1) throw stepUpError();
      return name;
    };
    const results = await Promise.all([stepUp.guard(call('a')), stepUp.guard(call('b'))]);
    expect(results).to.deep.equal(['a', 'b']);
    expect(asked).to.equal(1);
    expect([tries.get('a'), tries.get('b')]).to.deep.equal([2, 2]);
  });

  it('rejects with StepUpCancelled when the citizen closes the question, and passes other errors on', async () => {
    const stepUp = createStepUp(async () => false);
    let made = 0;
    const error = await stepUp
      .guard(async () => {
        made += 1;
        throw stepUpError();
      })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StepUpCancelled);
    expect(made).to.equal(1);
    const other = new ApiError('server', 'boom', { status: 500 });
    expect(await stepUp.guard(() => Promise.reject(other)).catch((e: unknown) => e)).to.equal(other);
  });
});
