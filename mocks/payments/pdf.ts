/**
 * The mock's PDFs in Russian: the electronic receipt («электронный чек») of a completed payment and the payment orders
 * («платёжное поручение», one page per charge) of a bank transfer. Written with pdf-lib and fontkit in PT Sans (from
 * npm, embedded as a subset), so the text is real, selectable Cyrillic. Loaded only when a PDF is asked for.
 *
 * The font files are found next to this module: `new URL(…, import.meta.url)` is fetched in a browser (vite dev and
 * build, Storybook and web-test-runner serve node_modules) and read from disk in Node (the mock HTTP server).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib/dist/pdf-lib.esm.js';
import type { PaymentOrder, PaymentRecord, Profile } from '../db/index.js';

const REGULAR_URL = new URL(
  '../../node_modules/@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
  import.meta.url,
);
const BOLD_URL = new URL('../../node_modules/@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf', import.meta.url);

const fontCache = new Map<string, Promise<Uint8Array>>();
/** A font file's bytes: read from disk for a file: URL (Node), fetched otherwise (a browser). */
function fontBytes(url: URL): Promise<Uint8Array> {
  let bytes = fontCache.get(url.href);
  if (!bytes) {
    bytes = (async () => {
      if (url.protocol === 'file:') {
        // Not a literal: bundlers leave it alone, and a browser never takes this path.
        const fsModule = 'node:fs/promises';
        const { readFile } = (await import(/* @vite-ignore */ fsModule)) as {
          readFile: (path: URL) => Promise<Uint8Array>;
        };
        return new Uint8Array(await readFile(url));
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The PDF font ${url.pathname} did not load (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    })();
    bytes.catch(() => fontCache.delete(url.href));
    fontCache.set(url.href, bytes);
  }
  return bytes;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

async function newDocument(title: string): Promise<{ pdf: PDFDocument; fonts: Fonts }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([fontBytes(REGULAR_URL), fontBytes(BOLD_URL)]);
  const fonts = {
    regular: await pdf.embedFont(regular, { subset: true }),
    bold: await pdf.embedFont(bold, { subset: true }),
  };
  pdf.setTitle(title);
  pdf.setLanguage('ru-RU');
  pdf.setAuthor('Госуслуги (имитация для разработки gu-kit)');
  pdf.setCreator('gu-kit mock backend');
  pdf.setProducer('pdf-lib');
  // Fixed dates: the same payment gives the same bytes.
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  return { pdf, fonts };
}

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.37, 0.4);
const RULE = rgb(0.7, 0.72, 0.75);
const MARGIN = 56;

/** Kopecks as «1 234,56 руб.» (no ₽ sign: not every font has it). */
export function rublesText(kopecks: number): string {
  const whole = Math.floor(kopecks / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${String(kopecks % 100).padStart(2, '0')} руб.`;
}

const moscowTime = (instant: string): string =>
  new Date(instant).toLocaleString('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }) + ' (МСК)';

const METHOD_NAMES: Record<PaymentRecord['method'], string> = {
  card: 'Банковская карта',
  'linked-card': 'Привязанная карта',
  sbp: 'Система быстрых платежей (СБП)',
  wallet: 'Электронный кошелёк',
  transfer: 'Банковский перевод по платёжному поручению',
  mobile: 'Со счёта мобильного телефона',
};

const fullName = (person?: Profile): string =>
  person ? [person.surname, person.name, person.patronymic].filter(Boolean).join(' ') : '—';

/** Lines of at most `width` points. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A writer going down a page. */
class Cursor {
  y: number;
  constructor(
    readonly page: PDFPage,
    readonly fonts: Fonts,
  ) {
    this.y = page.getHeight() - MARGIN;
  }
  get width(): number {
    return this.page.getWidth() - 2 * MARGIN;
  }
  text(value: string, options: { size?: number; bold?: boolean; color?: typeof INK; x?: number; width?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const x = options.x ?? MARGIN;
    for (const line of wrap(value, font, size, options.width ?? this.width - (x - MARGIN))) {
      this.y -= size * 1.35;
      this.page.drawText(line, { x, y: this.y, size, font, color: options.color ?? INK });
    }
  }
  gap(points: number): void {
    this.y -= points;
  }
  rule(): void {
    this.y -= 6;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 4;
  }
  /** A label and its value side by side (the value wraps in its column). */
  row(label: string, value: string, labelWidth = 170): void {
    const top = this.y;
    this.text(label, { color: MUTED, width: labelWidth - 8 });
    const afterLabel = this.y;
    this.y = top;
    this.text(value, { x: MARGIN + labelWidth });
    this.y = Math.min(this.y, afterLabel);
  }
}

/** The electronic receipt of a completed payment. */
export async function receiptPdf(payment: PaymentRecord, payer?: Profile): Promise<Uint8Array> {
  const { pdf, fonts } = await newDocument(`Электронный чек по платежу ${payment.id}`);
  const page = pdf.addPage([595.28, 841.89]);
  const c = new Cursor(page, fonts);
  c.text('Госуслуги · имитация для разработки gu-kit', { size: 9, color: MUTED });
  c.gap(8);
  c.text('Электронный чек', { size: 20, bold: true });
  c.text(`Платёж № ${payment.id}`, { size: 11, color: MUTED });
  c.rule();
  c.row('Статус', 'Выполнен');
  c.row('Дата и время оплаты', moscowTime(payment.completedAt ?? payment.createdAt));
  c.row('Плательщик', fullName(payer));
  c.row('Способ оплаты', `${METHOD_NAMES[payment.method]}${payment.cardLast4 ? ` •••• ${payment.cardLast4}` : ''}`);
  c.row('Оператор по переводу', 'АО «Платёжный оператор» (имитация), БИК 044525000');
  c.rule();
  payment.items.forEach((item, index) => {
    c.text(`${index + 1}. ${item.title}`, { bold: true, size: 11 });
    c.row('Получатель', item.payee);
    c.row('УИН', item.uin);
    c.row('Сумма', rublesText(item.amount));
    c.gap(6);
  });
  c.rule();
  c.row('Итого оплачено', rublesText(payment.amount));
  c.row('Комиссия', rublesText(0));
  c.gap(18);
  c.text(
    'Сведения о платеже переданы в Государственную информационную систему о государственных и муниципальных платежах (ГИС ГМП). Чек сформирован имитацией портала для разработки и не является фискальным документом.',
    { size: 9, color: MUTED },
  );
  return pdf.save();
}

/** The payment orders of a bank-transfer payment: one page per charge, the УИН in field 22. */
export async function paymentOrdersPdf(
  payment: PaymentRecord,
  orders: readonly PaymentOrder[],
  payer?: Profile,
): Promise<Uint8Array> {
  const { pdf, fonts } = await newDocument(`Платёжные поручения по платежу ${payment.id}`);
  const date = new Date(payment.createdAt).toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' });
  orders.forEach((order, index) => {
    const page = pdf.addPage([595.28, 841.89]);
    const c = new Cursor(page, fonts);
    c.text('Госуслуги · имитация для разработки gu-kit · форма по Положению Банка России № 762-П', {
      size: 8,
      color: MUTED,
    });
    c.gap(6);
    c.text(`ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № ${index + 1}`, { size: 16, bold: true });
    c.text(`(3) Номер, (4) дата: ${index + 1} от ${date} · (5) вид платежа: электронно · (21) очерёдность: 5`, {
      size: 9,
      color: MUTED,
    });
    c.rule();
    c.row('(7) Сумма', rublesText(order.amount));
    c.row('(8) Плательщик', fullName(payer));
    c.row('(60) ИНН плательщика', payer?.inn ?? '—');
    c.rule();
    c.row('(13) Банк получателя', order.bankName);
    c.row('(14) БИК', order.bik);
    c.row('(15) Сч. № банка получателя', order.correspondentAccount);
    c.row('(16) Получатель', order.payeeName);
    c.row('(17) Сч. № получателя', order.payeeAccount);
    c.row('(61) ИНН получателя', order.payeeInn);
    c.row('(103) КПП получателя', order.payeeKpp);
    c.rule();
    c.row('(104) КБК', order.kbk);
    c.row('(105) ОКТМО', order.oktmo);
    c.row('(22) Код (УИН)', order.uin);
    c.row('(24) Назначение платежа', order.purpose);
    c.gap(18);
    c.text(
      'Укажите УИН в поле 22 «Код» без изменений: по нему платёж будет зачтён. Без УИН платёж может не поступить получателю.',
      { size: 9, color: MUTED },
    );
  });
  return pdf.save();
}
