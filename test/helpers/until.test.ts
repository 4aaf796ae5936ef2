import { expect } from '@open-wc/testing';
import { until } from './until.js';

/** The error `promise` rejects with (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('until (test/helpers/until.ts)', () => {
  it('resolves once the check turns truthy, sync or async', async () => {
    let calls = 0;
    await until(() => ++calls >= 3, 'the third call');
    expect(calls).to.equal(3);
    let asyncCalls = 0;
    await until(async () => ++asyncCalls >= 2, 'the second async call');
    expect(asyncCalls).to.equal(2);
  });

  it('keeps waiting while the check throws, and resolves when it passes', async () => {
    let calls = 0;
    await until(() => {
      calls += 1;
      if (calls < 3) throw new Error('not there yet');
      return true;
    }, 'an element');
    expect(calls).to.equal(3);
  });

  it('fails after the timeout, naming what it waited for and the last error', async () => {
    const error = await rejection(
      until(
        () => {
          throw new Error('no heading');
        },
        'the heading',
        60,
      ),
    );
    expect(error.message).to.equal('timed out after 60 ms waiting for the heading (the check threw: no heading)');
  });

  it('takes the timeout and the label in either order', async () => {
    const first = await rejection(until(() => false, 50, 'rows'));
    expect(first.message).to.equal('timed out after 50 ms waiting for rows');
    const second = await rejection(until(() => false, 'rows', 50));
    expect(second.message).to.equal('timed out after 50 ms waiting for rows');
  });
});
