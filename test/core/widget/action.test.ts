/**
 * core/widget ActionController: the busy/problem state of a part's actions, as a host renders it — one action at a
 * time (a second press while one runs sends nothing), the failure described in the error region, our own abort silent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError } from '../../../components/core/api/index.js';
import { ActionController } from '../../../components/core/widget/action.js';
import { isPerceivable } from '../../helpers/perceive.js';

/** A part-like host: a busy button and an alert region that shows the action's problem. */
class ActionHost extends LitElement {
  readonly action = new ActionController(this, (error) =>
    error instanceof ApiError && error.kind === 'aborted' ? undefined : `Не получилось: ${(error as Error).message}`,
  );

  override render() {
    return html`<button aria-busy=${this.action.busy ? 'true' : 'false'}>Отправить</button>
      <p role="alert" ?hidden=${!this.action.problem}>${this.action.problem}</p>`;
  }
}
customElements.define('test-action-host', ActionHost);

/** A promise the test settles by hand (an action still running). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const mount = () => fixture<ActionHost>(html`<test-action-host></test-action-host>`);
const button = (host: ActionHost) => host.shadowRoot!.querySelector('button')!;
const alertRegion = (host: ActionHost) => host.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;

describe('core/widget ActionController', () => {
  it('runs one action at a time: a second run while one is busy does nothing and resolves undefined', async () => {
    const host = await mount();
    const first = deferred<string>();
    let calls = 0;
    const running = host.action.run(() => {
      calls += 1;
      return first.promise;
    });
    await host.updateComplete;
    expect(button(host).getAttribute('aria-busy')).to.equal('true');

    const second = await host.action.run(async () => {
      calls += 1;
      return 'second';
    });
    expect(second).to.equal(undefined);
    expect(calls).to.equal(1);

    first.resolve('sent');
    expect(await running).to.equal('sent');
    await host.updateComplete;
    expect(button(host).getAttribute('aria-busy')).to.equal('false');
    expect(await host.action.run(async () => 'again')).to.equal('again'); // free again once the first settled
  });

  it('describes a failure in the error region, and the next run clears it first', async () => {
    const host = await mount();
    const result = await host.action.run(() => Promise.reject(new Error('сервер не ответил')));
    expect(result).to.equal(undefined);
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('Не получилось: сервер не ответил');
    expect(isPerceivable(alertRegion(host))).to.equal(true);
    expect(button(host).getAttribute('aria-busy')).to.equal('false');

    const next = deferred<void>();
    const running = host.action.run(() => next.promise);
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('');
    expect(isPerceivable(alertRegion(host))).to.equal(false);
    next.resolve();
    await running;
  });

  it('says nothing for our own abort, and a run’s own description wins over the controller’s', async () => {
    const host = await mount();
    host.action.fail('Старая ошибка');
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('Старая ошибка');

    await host.action.run(() => Promise.reject(new ApiError('aborted', 'removed')));
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('');
    expect(isPerceivable(alertRegion(host))).to.equal(false);

    await host.action.run(
      () => Promise.reject(new ApiError('conflict', 'slot-taken')),
      () => 'Это время уже заняли',
    );
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('Это время уже заняли');
  });

  it('fail() shows a problem found without a call and clears it with an empty message', async () => {
    const host = await mount();
    host.action.fail('Выберите банк');
    await host.updateComplete;
    expect(alertRegion(host).textContent).to.equal('Выберите банк');
    host.action.fail('');
    await host.updateComplete;
    expect(isPerceivable(alertRegion(host))).to.equal(false);
  });
});
