/**
 * CSV export writes every application that matches the search and filters, over every page of the list — not only
 * the page on screen (issue 12, defect 9) — and tells how far it is on a big list.
 */
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-backend.js';
import { recordAnnouncements } from '../helpers/perceive.js';
import { getDb } from '../../mocks/db/index.js';
import { mountTracker, until } from './harness.js';

/** The application numbers of a CSV (its first column, header and BOM left out). */
function numbersOf(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1)
    .map((line) => JSON.parse(line.split(',')[0]!) as string);
}

describe('gu-application-tracker: CSV export', () => {
  beforeEach(async () => {
    await useMockBackend('default');
  });

  it('a filtered list over several pages: the CSV has every matching row and no other', async () => {
    const mine = getDb().applications.filter((a) => a.ownerId === 'person-1');
    // A search that matches several pages of 3 but not everything: the most common agency's title.
    const byAgency = new Map<string, number>();
    for (const a of mine) byAgency.set(a.agencyTitle, (byAgency.get(a.agencyTitle) ?? 0) + 1);
    const [agencyTitle] = [...byAgency].sort((a, b) => b[1] - a[1])[0]!;
    const q = agencyTitle.toLocaleLowerCase('ru');
    const matching = mine
      .filter(
        (a) =>
          a.number.includes(q) ||
          a.serviceTitle.toLocaleLowerCase('ru').includes(q) ||
          a.agencyTitle.toLocaleLowerCase('ru').includes(q),
      )
      .map((a) => a.number);
    expect(matching.length, 'the search matches more than two pages').to.be.greaterThan(6);
    expect(matching.length, 'and not everything').to.be.lessThan(mine.length);

    const h = await mountTracker({ pageSize: 3 });
    await h.waitForList();
    const input = h.root.querySelector<HTMLInputElement>('#q')!;
    input.value = agencyTitle;
    input.closest('form')!.requestSubmit();
    await until(() => h.root.querySelector('#list-summary')?.textContent?.includes(String(matching.length)));
    await h.waitForList();
    expect(h.rows()).to.have.length(3);

    const csv = await h.tracker.exportCsv();
    const numbers = numbersOf(csv);
    expect([...numbers].sort()).to.deep.equal([...matching].sort());
    expect(new Set(numbers).size, 'no row twice').to.equal(numbers.length);
  });

  it('10 000 applications: every one is written and the progress is announced', async () => {
    await useMockBackend('large');
    const total = getDb().applications.filter((a) => a.ownerId === 'person-1').length;
    const h = await mountTracker({ pageSize: 50 });
    await h.waitForList();
    const said = recordAnnouncements();
    const csv = await h.tracker.exportCsv();
    expect(total).to.equal(10_000);
    expect(numbersOf(csv)).to.have.length(total);
    await said.until(/Список скачан: 10\s000 заявлений/);
    said.stop();
    expect(
      said.said.some((line) => /Готовим список: 1\s000 из 10\s000/.test(line)),
      said.said.join(' | '),
    ).to.equal(true);
  });

  it('removed during an export, it asks for no further page', async () => {
    const worker = await useMockBackend('large');
    const h = await mountTracker({ pageSize: 50 });
    await h.waitForList();
    const exportPages: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/applications' && url.searchParams.get('pageSize') === '100')
        exportPages.push(url.search);
    };
    worker.events.on('request:start', onRequest);
    try {
      const exported = h.tracker.exportCsv();
      await until(() => exportPages.length >= 2, 8000, 'the export under way');
      h.tracker.remove();
      const error = await exported.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { kind?: string } | undefined)?.kind, 'the export ends as aborted').to.equal('aborted');
      const atEnd = exportPages.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(exportPages.length, 'pages asked for after removal').to.equal(atEnd);
      expect(atEnd).to.be.lessThan(100);
    } finally {
      worker.events.removeListener('request:start', onRequest);
    }
  });
});
