/**
 * The lifecycle contract every public element keeps (issue 12): portals and frameworks remove, move and put back
 * elements. For each case: mounted, it works; removed, it leaves no timer, window/document listener, open /api/ request
 * or stream behind; put back (the same element, in the same place), it works again — renders, fetches, submits,
 * announces — and removed again it leaves nothing again; moved within one task (removed and put back at once), it still
 * works.
 */
import { instrumentPage, type Probe } from '../helpers/lifecycle-probe.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import type { LifecycleCase } from './cases.js';

export function runContract(title: string, cases: LifecycleCase[]): void {
  describe(title, () => {
    let probe: Probe | undefined;
    beforeEach(async () => {
      await useMockBackend('default');
    });
    afterEach(() => {
      probe?.restore();
      probe = undefined;
    });

    for (const testCase of cases) {
      it(`<${testCase.tag}>: works, removed leaves nothing behind, put back or moved works again`, async () => {
        probe = instrumentPage({ ignore: testCase.ignore, ignoreWhere: testCase.ignoreWhere });
        const { element, works } = await testCase.mount(probe);
        await works(1);
        const parent = element.parentNode!;
        const next = element.nextSibling;
        element.remove();
        await probe.untilClean();

        parent.insertBefore(element, next);
        await works(2);

        // Moved within one task: disconnected and connected again before anything else runs.
        element.remove();
        parent.insertBefore(element, next);
        await works(3);

        element.remove();
        await probe.untilClean();
      });
    }
  });
}
