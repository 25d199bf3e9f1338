// The share card's pure parts: which figures it picks (by line id and one fiscal year), what it
// says when a figure is missing, how it fits long and huge text, its SVG and its PNG text chunks.
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Source } from '../../lib/data/types';
import { loadDataset } from '../../lib/data';
import { buildCompanyView } from '../../lib/math/company-view';
import { message, metricName, period } from '../../lib/math/message';
import type { CompanyView, CounterpointLine } from '../../lib/math/types';
import { translateFrom } from '../../lib/ui/i18n';
import { lineValueText } from '../../lib/ui/line-value';
import { cardModel, lineFiscalYear, type CardModel } from '../../lib/ui/share/card-model';
import { cardSvg, escapeXml } from '../../lib/ui/share/card-svg';
import { ellipsize, estimateWidth, fitLine, wrapLines } from '../../lib/ui/share/measure';
import { withPngText } from '../../lib/ui/share/png-text';
import { decodePng } from '../e2e/support/png';

const t = translateFrom(en);
const tenK: Source = { url: 'https://www.sec.gov/acme-10k', kind: '10-K', retrieved: '2026-11-01', snippet: 'Net income was $4.1 billion.' };
const proxy: Source = { url: 'https://sec.gov/acme-proxy', kind: 'DEF 14A', retrieved: '2026-11-01', snippet: 'Median pay $40,000.' };
const news: Source = { url: 'https://news.example/acme-cuts', kind: 'news', retrieved: '2026-11-01', snippet: 'Acme cuts 1,800 jobs.' };

function line(id: string, value: number, periods: string[], format: CounterpointLine['format'] = 'currency'): CounterpointLine {
  return {
    id,
    kind: 'reported',
    label: message('line_revenue', period(periods[0] ?? 'FY2024')),
    value,
    format,
    ...(format === 'currency' ? { currency: 'USD' } : {}),
    inputs: periods.map((p) => ({ label: metricName('revenue'), period: p, value, unit: 'USD', source: p.startsWith('FY') ? tenK : news })),
  };
}

function view(lines: CounterpointLine[], overrides: Partial<CompanyView> = {}): CompanyView {
  return {
    id: 'acme',
    name: 'Acme Corp',
    ceo: 'Jane Doe',
    layoff: { jobs: 1800, share: null, source: news },
    lines,
    charts: [],
    unknown: [],
    hasData: true,
    ...overrides,
  };
}

const full = view([
  line('revenue', 106.6e9, ['FY2024']),
  line('net-income', 4.1e9, ['FY2024']),
  line('operating-income', 5.6e9, ['FY2024']),
  line('cut-jobs-wages', 48.8e6, ['2025-10-01', 'FY2024']),
  line('wages-vs-net-income', 0.0119, ['2025-10-01', 'FY2024', 'FY2024'], 'percent'),
  line('ceo-pay-ratio', 753, ['FY2024'], 'multiple'),
]);

describe('card model', () => {
  it('reads a line’s single fiscal year, ignoring the cut’s date, and none when years mix', () => {
    expect(lineFiscalYear(line('x', 1, ['FY2024', 'FY2024']))).toBe('FY2024');
    expect(lineFiscalYear(line('x', 1, ['2025-10-01', 'FY2023']))).toBe('FY2023');
    expect(lineFiscalYear(line('x', 1, ['FY2021', 'FY2025']))).toBeNull();
    expect(lineFiscalYear(line('x', 1, ['2025-Q2']))).toBeNull();
  });

  it('picks four figures of one fiscal year, in the sidebar’s own words', () => {
    const model = cardModel(full, t, 'en-US');
    expect(model.year).toBe('Fiscal year 2024');
    expect(model.company).toBe('Acme Corp');
    expect(model.cut).toBe('1,800 jobs cut');
    expect(model.figures).toEqual([
      { label: "Cut jobs' yearly wages as a share of net income", value: '1.2%' },
      { label: 'Net income', value: '$4.1B' },
      { label: 'CEO pay as a multiple of median employee pay', value: '753×' },
      { label: 'Revenue', value: '$107B' },
    ]);
    for (const figure of model.figures) {
      const shown = full.lines.map((l) => lineValueText(l, 'en-US'));
      expect(shown).toContain(figure.value);
    }
    expect(model.chart?.bars.map((bar) => [bar.label, bar.text, bar.highlight])).toEqual([
      ["Cut jobs' yearly wages", '$48.8M', true],
      ['Net income', '$4.1B', false],
      ['Operating profit', '$5.6B', false],
    ]);
    expect(model.sources).toBe('Sources: news report news.example, 10-K sec.gov');
    expect(model.extName).toBe("The Math Doesn't Math");
  });

  it('never shows a figure with another year’s: the wages against last year’s profit are unknown', () => {
    const mixed = view([
      line('revenue', 100e9, ['FY2025']),
      line('net-income', 5e9, ['FY2025']),
      line('wages-vs-net-income', 0.01, ['FY2021', 'FY2025'], 'percent'),
      line('ceo-pay-ratio', 300, ['FY2021'], 'multiple'),
    ]);
    const model = cardModel(mixed, t, 'en-US');
    expect(model.year).toBe('Fiscal year 2025');
    expect(model.figures).toEqual([
      { label: 'Net income', value: '$5B' },
      { label: 'Revenue', value: '$100B' },
      { label: "Cut jobs' yearly wages as a share of net income", value: null },
      { label: 'CEO pay as a multiple of median employee pay', value: null },
    ]);
    // Nor in the chart: the year's own revenue and profit only.
    expect(model.chart?.bars.map((bar) => bar.label)).toEqual(['Revenue', 'Net income']);
  });

  it('without the median pay, leads with the net income for each job cut and shows the CEO\'s pay for the ratio', () => {
    const noPay = view([
      line('revenue', 100e9, ['FY2025']),
      line('net-income', 5e9, ['FY2025']),
      line('net-income-per-job-cut', 5e9 / 1800, ['FY2025']),
      line('ceo-pay', 27.4e6, ['FY2025']),
    ]);
    expect(cardModel(noPay, t, 'en-US').figures).toEqual([
      { label: 'Net income for each job cut', value: '$2.78M' },
      { label: 'Net income', value: '$5B' },
      { label: 'CEO pay', value: '$27.4M' },
      { label: 'Revenue', value: '$100B' },
    ]);
  });

  it('without a wages line, charts the year’s revenue and profits instead', () => {
    const noWages = view([line('revenue', 100e9, ['FY2025']), line('net-income', 5e9, ['FY2025']), line('operating-income', -2e9, ['FY2025'])]);
    const chart = cardModel(noWages, t, 'en-US').chart;
    expect(chart?.title).toBe('Revenue and profit, the same fiscal year');
    expect(chart?.bars.map((bar) => [bar.label, bar.text, bar.highlight])).toEqual([
      ['Revenue', '$100B', false],
      ['Operating loss', '-$2B', false],
      ['Net income', '$5B', false],
    ]);
    // One money line is not a chart.
    expect(cardModel(view([line('revenue', 100e9, ['FY2025'])]), t, 'en-US').chart).toBeNull();
  });

  it('picks the year most figures share, the later one on a tie', () => {
    const split = view([line('revenue', 1e9, ['FY2023']), line('net-income', 1e8, ['FY2023']), line('ceo-pay-ratio', 100, ['FY2024'], 'multiple')]);
    expect(cardModel(split, t, 'en-US').year).toBe('Fiscal year 2023');
    const tie = view([line('revenue', 1e9, ['FY2023']), line('net-income', 1e8, ['FY2024'])]);
    expect(cardModel(tie, t, 'en-US').year).toBe('Fiscal year 2024');
  });

  it('says "unknown" for what is missing, never NaN or $0', () => {
    const empty = cardModel(view([], { layoff: null }), t, 'en-US');
    expect(empty.year).toBeNull();
    expect(empty.cut).toBe('Jobs cut: unknown');
    expect(empty.figures.map((f) => f.value)).toEqual([null, null, null, null]);
    const broken = cardModel(view([line('revenue', Number.NaN, ['FY2024']), line('net-income', Infinity, ['FY2024'])]), t, 'en-US');
    expect(broken.figures.every((f) => f.value === null)).toBe(true);
    const svg = cardSvg(empty, 'wide', 'light').svg;
    expect(svg).toContain('>unknown<');
    expect(svg).not.toMatch(/NaN|undefined|Infinity|\$0\b/);
  });

  it('calls losses losses and keeps the sign, as the sidebar does', () => {
    const losing = view([line('net-income', -1.23e9, ['FY2024']), line('operating-income', -2e8, ['FY2024']), line('revenue', 3e9, ['FY2024'])]);
    const figures = cardModel(losing, t, 'en-US').figures;
    expect(figures).toContainEqual({ label: 'Net loss', value: '-$1.23B' });
    expect(figures).toContainEqual({ label: 'Operating loss', value: '-$200M' });
  });

  it('speaks the reader’s language, numbers included', () => {
    const model = cardModel(full, translateFrom(de), 'de-DE');
    expect(model.year).toBe('Geschäftsjahr 2024');
    expect(model.cut).toBe('1.800 Stellen gestrichen');
    expect(model.figures[1]).toEqual({ label: 'Nettogewinn', value: '4,1\u00a0Mrd.\u00a0$' });
    expect(model.extName).toBe('Die Rechnung geht nicht auf');
  });

  it('has a label for every figure it can show, in every slot', () => {
    const model = cardModel(full, t, 'en-US');
    expect([model.kicker, model.unknown, ...model.figures.map((f) => f.label), ...(model.chart?.bars.map((b) => b.label) ?? [])]).not.toContain('');
  });

  it('makes a card from every company in the dataset without a NaN, an empty label or a figure of two years', () => {
    for (const company of loadDataset().companies) {
      const companyView = buildCompanyView(company, { jobs: 1000, share: null });
      const model = cardModel(companyView, t, 'en-US');
      const text = cardSvg(model, 'wide', 'light').text.join('\n');
      expect(text, company.id).not.toMatch(/NaN|undefined|Infinity/);
      expect(model.figures.every((f) => f.label !== ''), company.id).toBe(true);
      const year = model.year?.replace('Fiscal year ', 'FY');
      for (const figure of model.figures.filter((f) => f.value !== null)) {
        const source = companyView.lines.find((l) => lineValueText(l, 'en-US') === figure.value && lineFiscalYear(l) === year);
        expect(source, `${company.id}: ${figure.label} ${figure.value}`).toBeDefined();
      }
    }
  });
});

describe('card SVG', () => {
  const model = cardModel(full, t, 'en-US');

  it('is 1200×675 or 1080×1080, standalone, with no remote resource', () => {
    for (const [shape, size] of [['wide', [1200, 675]], ['square', [1080, 1080]]] as const) {
      const card = cardSvg(model, shape, 'light');
      expect([card.width, card.height]).toEqual(size);
      expect(card.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${size[0]}" height="${size[1]}"`));
      expect(card.svg).not.toMatch(/href|url\(|<image|<style|@import|https?:\/\/(?!www\.w3\.org)/);
    }
  });

  it('draws every figure, the cut, the year, the sources and the extension’s name', () => {
    const { text } = cardSvg(model, 'wide', 'light');
    for (const expected of ['Acme Corp', '1,800 jobs cut', 'Fiscal year 2024', '1.2%', '$4.1B', '753×', '$107B', "The Math Doesn't Math"]) {
      expect(text).toContain(expected);
    }
    expect(text.some((line) => line.startsWith('Sources: '))).toBe(true);
  });

  it('follows the theme', () => {
    expect(cardSvg(model, 'wide', 'light').svg).toContain('fill="#ffffff"');
    expect(cardSvg(model, 'wide', 'dark').svg).toContain('fill="#1c1e22"');
  });

  it('escapes text, and drops characters XML cannot hold', () => {
    const hostile: CardModel = { ...model, company: '<script>alert("x")</script> & Co\u0000\uD800' };
    const { svg } = cardSvg(hostile, 'wide', 'light');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(escapeXml('a\u0007b\uDC00c')).toBe('abc');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('fits a very long company name and huge or negative figures inside the card', () => {
    const long: CardModel = {
      ...model,
      company: 'International Consolidated Amalgamated Holdings and Subsidiaries of Greater Springfield, Incorporated',
      figures: [
        { label: 'Net loss', value: '-$1,234,567,890,123T' },
        { label: 'Revenue', value: '$999,999,999,999,999T' },
        ...model.figures.slice(2),
      ],
    };
    for (const shape of ['wide', 'square'] as const) {
      const card = cardSvg(long, shape, 'light');
      const name = card.text.find((line) => line.startsWith('International'))!;
      expect(name.endsWith('…')).toBe(true);
      // Every drawn line starts inside the card and, at its estimated width, ends inside it too.
      for (const match of card.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)</g)) {
        const [, x, y, size, weight, content] = match;
        const unescaped = content!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
        const anchored = /text-anchor="(middle|end)"/.exec(match[0])?.[1];
        const width = estimateWidth(unescaped, Number(size), Number(weight));
        const left = anchored === 'end' ? Number(x) - width : anchored === 'middle' ? Number(x) - width / 2 : Number(x);
        expect(left, unescaped).toBeGreaterThanOrEqual(0);
        expect(left + width, unescaped).toBeLessThanOrEqual(card.width);
        expect(Number(y), unescaped).toBeLessThanOrEqual(card.height);
      }
    }
  });

  it('stays readable on a phone: figures large, no text tiny', () => {
    for (const [shape, smallest] of [['wide', 16], ['square', 19]] as const) {
      const { svg } = cardSvg(model, shape, 'light');
      const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(smallest);
      for (const value of model.figures.map((f) => f.value!)) {
        const size = Number(new RegExp(`font-size="(\\d+)"[^>]*>${value.replace(/[$.]/g, '\\$&')}<`).exec(svg)?.[1]);
        expect(size, value).toBeGreaterThanOrEqual(28);
      }
    }
  });
});

describe('fitting text', () => {
  const measure = estimateWidth;

  it('shrinks, then cuts with an ellipsis', () => {
    expect(fitLine('Acme', 500, [64, 40], 800, measure)).toEqual({ text: 'Acme', size: 64 });
    const long = fitLine('A'.repeat(80), 500, [64, 40], 800, measure);
    expect(long.size).toBe(40);
    expect(long.text.endsWith('…')).toBe(true);
    expect(measure(long.text, 40, 800)).toBeLessThanOrEqual(500);
  });

  it('wraps words into lines, cutting the last one short', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', 150, 20, 400, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapLines('short', 150, 20, 400, 2, measure)).toEqual(['short']);
  });

  it('never splits a surrogate pair', () => {
    const cut = ellipsize('😀'.repeat(30), 100, 20, 400, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('PNG text', () => {
  // A real 1×1 PNG (IHDR, one IDAT, IEND), built here so the test needs no fixture file.
  function tinyPng(): Uint8Array<ArrayBuffer> {
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, data, Buffer.alloc(4)]); // CRC unchecked by our reader
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 255]));
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    return new Uint8Array(png);
  }

  it('adds UTF-8 text before IEND, keeping the image', () => {
    const png = withPngText(tinyPng(), { Title: 'Nestlé: Stellenabbau', Description: 'Zeile 1\nZeile 2 · 1,2 %' }, 'de-DE');
    const decoded = decodePng(Buffer.from(png));
    expect(decoded.text).toEqual({ Title: 'Nestlé: Stellenabbau', Description: 'Zeile 1\nZeile 2 · 1,2 %' });
    expect([decoded.width, decoded.height]).toEqual([1, 1]);
    expect(decoded.pixel(0, 0)).toEqual([255, 0, 0, 255]);
    expect(Buffer.from(png.subarray(-12, -4)).toString('latin1', 4)).toBe('IEND');
  });

  it('writes chunk CRCs a PNG reader accepts', () => {
    const png = Buffer.from(withPngText(tinyPng(), { Software: 'x' }, 'en'));
    const at = png.indexOf('iTXt') - 4;
    const length = png.readUInt32BE(at);
    const crc = png.readUInt32BE(at + 8 + length);
    // Node's own CRC-32 over the chunk's type and data, as the PNG spec defines it.
    expect(crc).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
  });

  it('leaves anything that is not a PNG as it was', () => {
    const junk = new Uint8Array([1, 2, 3]);
    expect(withPngText(junk, { Title: 'x' }, 'en')).toBe(junk);
  });
});
