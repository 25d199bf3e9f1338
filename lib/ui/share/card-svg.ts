// The share card as a standalone SVG: its own colours and system fonts only (no stylesheet, no
// remote font or image), laid out for a 1200×675 link preview or a 1080×1080 square post, with
// type large enough to read on a phone. Pure: the browser turns the SVG into a PNG (png-image.ts).
import type { CardModel } from './card-model';
import { estimateWidth, fitLine, fitLines, wrapLines, type Measure } from './measure';

export type CardShape = 'wide' | 'square';
export type CardTheme = 'light' | 'dark';

export const CARD_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export interface CardImage {
  svg: string;
  width: number;
  height: number;
  /** Every piece of text drawn, in reading order: the card's words for people who cannot see it. */
  text: string[];
}

// The sidebar's palettes (lib/ui/sidebar/styles.ts), so the card looks like where it came from.
const PALETTES: Record<CardTheme, Record<'bg' | 'surface' | 'fg' | 'muted' | 'border' | 'accent' | 'bar', string>> = {
  light: { bg: '#ffffff', surface: '#f1f3f6', fg: '#1b1d21', muted: '#545a66', border: '#d5d9e0', accent: '#b3261e', bar: '#0b57d0' },
  dark: { bg: '#1c1e22', surface: '#2a2d34', fg: '#eceef1', muted: '#aab0bb', border: '#3c414a', accent: '#ff8a80', bar: '#8ab4f8' },
};

interface Layout {
  width: number;
  height: number;
  pad: number;
  stripe: number;
  brand: { y: number; size: number };
  company: { y: number; sizes: number[] };
  cut: { y: number; sizes: number[] };
  body: { top: number; bottom: number; gap: number };
  /** Share of the body's width the chart takes when there is one, side by side or below. */
  chart: { side: boolean; size: number; titleSize: number; labelSize: number };
  tile: { labelSize: number; valueSizes: number[] };
  footer: { rule: number; y: number; size: number; nameSize: number };
}

const LAYOUTS: Record<CardShape, Layout> = {
  wide: {
    width: 1200,
    height: 675,
    pad: 56,
    stripe: 12,
    brand: { y: 72, size: 24 },
    company: { y: 150, sizes: [64, 56, 48, 40] },
    cut: { y: 198, sizes: [30, 26, 22] },
    body: { top: 230, bottom: 582, gap: 20 },
    chart: { side: true, size: 400, titleSize: 19, labelSize: 19 },
    tile: { labelSize: 19, valueSizes: [48, 40, 34, 28] },
    footer: { rule: 604, y: 636, size: 19, nameSize: 22 },
  },
  square: {
    width: 1080,
    height: 1080,
    pad: 60,
    stripe: 14,
    brand: { y: 82, size: 28 },
    company: { y: 184, sizes: [76, 64, 56, 48, 40] },
    cut: { y: 236, sizes: [34, 30, 26] },
    body: { top: 268, bottom: 966, gap: 24 },
    chart: { side: false, size: 300, titleSize: 22, labelSize: 22 },
    tile: { labelSize: 23, valueSizes: [64, 56, 48, 40] },
    footer: { rule: 992, y: 1028, size: 21, nameSize: 26 },
  },
};

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Builds SVG markup and the list of words it draws; text is always escaped, never markup. */
class Drawing {
  readonly parts: string[] = [];
  readonly text: string[] = [];

  rect(box: Box, fill: string, radius = 0): void {
    this.parts.push(`<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" rx="${radius}" fill="${fill}"/>`);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string): void {
    this.parts.push(`<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${stroke}" stroke-width="2"/>`);
  }

  words(content: string, x: number, y: number, size: number, weight: number, fill: string, anchor: 'start' | 'middle' | 'end' = 'start'): void {
    if (!content) return;
    this.text.push(content);
    const end = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
    this.parts.push(
      `<text x="${r(x)}" y="${r(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}"${end}>${escapeXml(content)}</text>`,
    );
  }
}

const r = (n: number) => String(Math.round(n * 10) / 10);

// Characters XML 1.0 forbids (control codes, lone surrogates) would make the whole SVG unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function cardSvg(model: CardModel, shape: CardShape, theme: CardTheme, measure: Measure = estimateWidth): CardImage {
  const L = LAYOUTS[shape];
  const c = PALETTES[theme];
  const d = new Drawing();
  const inner = L.width - 2 * L.pad;
  const right = L.width - L.pad;

  d.rect({ x: 0, y: 0, w: L.width, h: L.height }, c.bg);
  d.rect({ x: 0, y: 0, w: L.width, h: L.stripe }, c.accent);

  // Brand on the left, the fiscal year in a pill on the right.
  let brandWidth = inner;
  if (model.year) {
    const year = fitLine(model.year, inner / 2, [L.brand.size, L.brand.size - 4], 700, measure);
    const pillW = measure(year.text, year.size, 700) + 36;
    d.rect({ x: right - pillW, y: L.brand.y - year.size - 8, w: pillW, h: year.size + 22 }, c.surface, (year.size + 22) / 2);
    brandWidth = inner - pillW - 24;
    kicker(d, model.kicker, brandWidth, L, c.accent, measure);
    d.words(year.text, right - pillW / 2, L.brand.y, year.size, 700, c.fg, 'middle');
  } else {
    kicker(d, model.kicker, brandWidth, L, c.accent, measure);
  }

  const company = fitLine(model.company, inner, L.company.sizes, 800, measure);
  d.words(company.text, L.pad, L.company.y, company.size, 800, c.fg);
  const cut = fitLine(model.cut, inner, L.cut.sizes, 600, measure);
  d.words(cut.text, L.pad, L.cut.y, cut.size, 600, c.fg);

  // The body: figure tiles, and the chart beside them (wide) or below them (square).
  const body: Box = { x: L.pad, y: L.body.top, w: inner, h: L.body.bottom - L.body.top };
  let tiles = body;
  if (model.chart) {
    const chartBox = L.chart.side
      ? { x: right - L.chart.size, y: body.y, w: L.chart.size, h: body.h }
      : { x: body.x, y: L.body.bottom - L.chart.size, w: inner, h: L.chart.size };
    tiles = L.chart.side
      ? { ...body, w: body.w - L.chart.size - 2 * L.body.gap }
      : { ...body, h: body.h - L.chart.size - L.body.gap };
    drawTiles(d, model, tiles, L, c, measure);
    drawChart(d, model.chart, chartBox, L, c, measure);
  } else {
    drawTiles(d, model, tiles, L, c, measure);
  }

  // Footer: where the figures come from, and who made the card.
  d.line(L.pad, L.footer.rule, right, L.footer.rule, c.border);
  const name = fitLine(model.extName, inner / 2, [L.footer.nameSize, L.footer.size], 800, measure);
  const nameWidth = measure(name.text, name.size, 800);
  wrapLines(model.sources, inner - nameWidth - 32, L.footer.size, 400, 2, measure).forEach((text, i) =>
    d.words(text, L.pad, L.footer.y + i * L.footer.size * 1.3, L.footer.size, 400, c.muted),
  );
  d.words(name.text, right, L.footer.y + 2, name.size, 800, c.fg, 'end');

  const title = `${model.company}: ${model.kicker}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}"`,
    ` role="img" lang="${escapeXml(model.lang)}" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<g font-family="${CARD_FONT}">`,
    ...d.parts,
    '</g></svg>',
  ].join('');
  return { svg, width: L.width, height: L.height, text: d.text };
}

/** The line above the company's name; two lines in a smaller size when one will not do. */
function kicker(d: Drawing, text: string, width: number, L: Layout, fill: string, measure: Measure): void {
  const { size, lines } = fitLines(`$ ${text}`, width, [L.brand.size, L.brand.size - 4, L.brand.size - 8], 800, 2, measure);
  lines.forEach((line, i) => d.words(line, L.pad, L.brand.y + i * size * LINE_HEIGHT, size, 800, fill));
}

const LABEL_LINES = 3;
const LINE_HEIGHT = 1.25;

function drawTiles(d: Drawing, model: CardModel, box: Box, L: Layout, c: (typeof PALETTES)[CardTheme], measure: Measure): void {
  const count = model.figures.length;
  if (count === 0) return;
  const columns = count === 1 ? 1 : 2;
  const rows = Math.ceil(count / columns);
  const gap = L.body.gap;
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = (box.h - gap * (rows - 1)) / rows;
  const { labelSize } = L.tile;
  const inset = Math.round(labelSize * 1.1);
  model.figures.forEach((figure, i) => {
    const x = box.x + (i % columns) * (w + gap);
    const y = box.y + Math.floor(i / columns) * (h + gap);
    d.rect({ x, y, w, h }, c.surface, 16);
    const label = wrapLines(figure.label, w - 2 * inset, labelSize, 500, LABEL_LINES, measure);
    label.forEach((text, line) =>
      d.words(text, x + inset, y + inset + labelSize * (0.9 + line * LINE_HEIGHT), labelSize, 500, c.muted),
    );
    // The figure sits at the tile's foot, as large as the room under the label allows (cap height ≈ 0.75 em).
    // Tall tiles (a square card without a chart) take larger figures.
    const largest = Math.max(L.tile.valueSizes[0]!, Math.floor(h * 0.28));
    const room = (h - 2 * inset - labelSize * (label.length * LINE_HEIGHT + 0.6)) / 0.75;
    const sizes = [largest, ...L.tile.valueSizes].filter((size) => size <= room);
    const value = fitLine(figure.value ?? model.unknown, w - 2 * inset, sizes.length > 0 ? sizes : L.tile.valueSizes.slice(-1), 800, measure);
    d.words(value.text, x + inset, y + h - inset, value.size, 800, figure.value === null ? c.muted : c.fg);
  });
}

function drawChart(
  d: Drawing,
  chart: NonNullable<CardModel['chart']>,
  box: Box,
  L: Layout,
  c: (typeof PALETTES)[CardTheme],
  measure: Measure,
): void {
  const { titleSize, labelSize } = L.chart;
  const title = wrapLines(chart.title, box.w, titleSize, 700, LABEL_LINES, measure);
  title.forEach((text, i) => d.words(text, box.x, box.y + titleSize * (0.9 + i * LINE_HEIGHT), titleSize, 700, c.muted));
  const top = box.y + titleSize * (title.length * LINE_HEIGHT + 0.4);
  // Each bar: its label, then the bar with its figure after it.
  const barHeight = Math.round(labelSize * 0.9);
  const row = Math.min(labelSize * 3, (box.y + box.h - top) / chart.bars.length);
  const valueWidth = Math.max(...chart.bars.map((bar) => measure(bar.text, labelSize, 800)));
  const track = Math.max(box.w - valueWidth - 14, box.w / 3);
  const max = Math.max(...chart.bars.map((bar) => Math.abs(bar.value))) || 1;
  chart.bars.forEach((bar, i) => {
    const y = top + i * row;
    const label = fitLine(bar.label, box.w, [labelSize, labelSize - 3], 500, measure);
    d.words(label.text, box.x, y + labelSize, label.size, 500, c.fg);
    // One linear scale, so the gap between the bars is the point; a tiny value still shows a sliver.
    const width = Math.max(4, (Math.abs(bar.value) / max) * track);
    const fill = bar.value < 0 ? c.muted : bar.highlight ? c.accent : c.bar;
    const barTop = y + labelSize + 8;
    d.rect({ x: box.x, y: barTop, w: width, h: barHeight }, fill, 3);
    d.words(bar.text, box.x + width + 10, barTop + barHeight * 0.85, labelSize, 800, c.fg);
  });
}
