/**
 * Issue 12, defect 3 for <gu-login>: after signing in through the widget and then out (or the session ending), the
 * widget shows neither «Вы вошли» nor anything of the citizen — the name, the phone they typed as their login — in the
 * DOM; it is back at the sign-in step with an empty form.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getDb } from '../../mocks/db/index.js';
import { deepText, expectNoText } from '../helpers/perceive.js';
import { waitForStatus } from '../core/session/session-harness.js';
import { input, mountLogin, typeInto, waitForStep } from './harness.js';

async function signedInThroughTheWidget() {
  const mounted = await mountLogin();
  const { login, session } = mounted;
  const person = getDb().persons.find((p) => p.id === 'person-3')!;
  await typeInto(input(login, 'Телефон'), person.phone);
  await typeInto(input(login, 'Пароль'), 'standard-2026');
  await sendKeys({ press: 'Enter' });
  await waitForStep(login, 'code');
  [...login.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('резервный'))!.click();
  await waitForStep(login, 'backup');
  await typeInto(input(login, 'Резервный код'), '11223344');
  await sendKeys({ press: 'Enter' });
  await waitForStep(login, 'done');
  await waitForStatus(session, ['signed-in']);
  const name = session.session.citizen!.name;
  await login.updateComplete;
  expect(deepText(login), 'the done step names the citizen').to.include(name);
  const phoneDigits = person.phone.replace(/\D/g, '').slice(-7);
  return { ...mounted, personal: [name, person.surname, person.phone, phoneDigits] };
}

describe('<gu-login> after the session ends (issue 12, defect 3)', function () {
  this.timeout(30_000);

  it('sign-out: back at an empty sign-in form, nothing of the citizen in the DOM', async () => {
    const { login, session, personal } = await signedInThroughTheWidget();
    await session.session.signOut();
    await waitForStatus(session, ['signed-out']);
    await waitForStep(login, 'sign-in');
    expectNoText(login, personal, 'gu-login after sign-out');
    expect(deepText(login)).not.to.include('Вы вошли');
    expect(input(login, 'Телефон').value).to.equal('');
  });
});
