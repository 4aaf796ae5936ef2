/**
 * core/ui's file helpers, shared by the tracker's export and the payment history (issue 14): CSV that a spreadsheet
 * opens safely (quoted cells, formula triggers neutralised, BOM, CRLF, `;` for Russian Excel), a Blob handed over as a
 * download, and base64 from the API turned into bytes.
 */
import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../../components/core/ui/csv.js';
import { base64Blob, saveBlob } from '../../../components/core/ui/save-file.js';

describe('core/ui csv and save-file', () => {
  it('quotes every cell and neutralises formula triggers', () => {
    expect(csvCell('Штраф "ГИБДД"')).to.equal('"Штраф ""ГИБДД"""');
    expect(csvCell('=1+2')).to.equal(`"'=1+2"`);
    expect(csvCell('-5')).to.equal(`"'-5"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell(undefined)).to.equal('""');
    expect(csvCell(1500)).to.equal('"1500"');
  });

  it('writes a BOM, CRLF line ends and the separator asked for', () => {
    const rows = [
      ['Дата', 'Сумма'],
      ['01.02.2026', '1500,00'],
    ];
    expect(toCsv(rows)).to.equal('\uFEFF"Дата","Сумма"\r\n"01.02.2026","1500,00"\r\n');
    expect(toCsv(rows, ';')).to.equal('\uFEFF"Дата";"Сумма"\r\n"01.02.2026";"1500,00"\r\n');
  });

  it('saves a Blob through a temporary <a download> and leaves nothing behind', async () => {
    const clicked: Array<{ name: string; href: string; text: string }> = [];
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      clicked.push({ name: link.download, href: link.href, text: '' });
    };
    document.addEventListener('click', onClick, true);
    try {
      saveBlob(new Blob(['привет'], { type: 'text/plain' }), 'файл.txt');
    } finally {
      document.removeEventListener('click', onClick, true);
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.name).to.equal('файл.txt');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal('привет');
    expect(document.querySelector('a[download]'), 'the link is removed').to.equal(null);
  });

  it('turns base64 into the same bytes', async () => {
    const blob = base64Blob(btoa('%PDF-1.7\n\u00ff'), 'application/pdf');
    expect(blob.type).to.equal('application/pdf');
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(0, 5)).to.deep.equal([37, 80, 68, 70, 45]);
    expect(new Uint8Array(await blob.arrayBuffer()).at(-1)).to.equal(255);
  });
});
