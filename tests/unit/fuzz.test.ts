// Issue 7: property tests of the whole lib pipeline (parseHtml → prefilter → analyze) on hostile
// input. The properties: it never throws, always returns a well-formed PageInput and Analysis, and
// huge or deep input still comes back (a correctness property: the content script must finish).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/detect';
import { prefilter } from '../../lib/detect/prefilter';
import type { Analysis } from '../../lib/detect/types';
import { MAX_TEXT_CHARS, pageFromText, parseHtml, type PageInput } from '../../lib/page';

const KINDS = ['news', 'press-release', 'filing', 'memo', 'blog', 'unknown'];
const LABELS = ['ai_layoff', 'layoff_not_ai', 'ai_no_layoff', 'other'];

function expectValidPage(page: PageInput): void {
  expect(typeof page.url).toBe('string');
  expect(typeof page.title).toBe('string');
  expect(typeof page.text).toBe('string');
  expect(page.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  expect(KINDS).toContain(page.kind);
  for (const key of ['site', 'published', 'lang'] as const) expect(['string', 'undefined']).toContain(typeof page[key]);
}

function expectValidAnalysis(analysis: Analysis): void {
  expect(LABELS).toContain(analysis.label);
  expect(analysis.score).toBeGreaterThanOrEqual(0);
  expect(analysis.score).toBeLessThanOrEqual(1);
  expect(KINDS).toContain(analysis.kind);
  for (const company of analysis.companies) {
    expect(typeof company.id).toBe('string');
    expect(typeof company.name).toBe('string');
    expect(company.mentions).toBeGreaterThanOrEqual(0);
    expect(company.terms.every((term) => typeof term === 'string')).toBe(true);
  }
  if (analysis.jobs !== null) {
    expect(typeof analysis.jobs.text).toBe('string');
    if (analysis.jobs.count !== null) expect(Number.isFinite(analysis.jobs.count)).toBe(true);
    if (analysis.jobs.share !== null) expect(analysis.jobs.share).toBeGreaterThanOrEqual(0);
    if (analysis.jobs.share !== null) expect(analysis.jobs.share).toBeLessThanOrEqual(1);
  }
  for (const key of ['attributedBy', 'denial', 'date'] as const) expect(['string', 'object']).toContain(typeof analysis[key]);
  expect(analysis.evidence.every((sentence) => typeof sentence === 'string')).toBe(true);
  expect(analysis.reasons.every((reason) => typeof reason === 'string')).toBe(true);
}

/** The pipeline as the extension runs it: read, prefilter, and analyze what passes (here: all). */
function pipeline(page: PageInput): Analysis {
  expectValidPage(page);
  expect(typeof prefilter(page.title, page.text)).toBe('boolean');
  const analysis = analyze(page);
  expectValidAnalysis(analysis);
  return analysis;
}

const UNICODE_EDGES = [
  'شركة أمازون تسرّح 14,000 موظف بسبب الذكاء الاصطناعي', // Arabic, RTL
  'אמזון מפטרת 14,000 עובדים', // Hebrew, RTL
  '\u202EAmazon cuts jobs\u202C \u2067AI\u2069', // bidi overrides and isolates
  'Ama\u200Bzon lay\u200Doffs A\u200CI', // zero-width space, joiner, non-joiner inside words
  '👩‍💻👨‍👩‍👧‍👦🏳️‍🌈 layoffs 🤖 AI 📉 14,000', // emoji ZWJ sequences
  'Ａｍａｚｏｎ ｃｕｔｓ １４，０００ ｊｏｂｓ', // full-width forms
  'Amazon 裁员 14000 人 人工知能 リストラ Сокращение 14 000 рабочих мест', // mixed scripts
  'e\u0301\u0301\u0301 Z̴̡̛a̷l̶g̸o̵ layoffs', // combining marks
  '\uD800 \uDFFF lone surrogates \uFFFE\uFFFF \u0000', // invalid code units
  '14,000\u00A0jobs 14\u202F000 jobs ١٤٬٠٠٠ وظيفة', // odd spaces and Arabic-Indic digits
];

/** Words that reach the detector's deeper paths: companies, cuts, numbers, AI, denials. */
const VOCABULARY = [
  'Amazon', 'Microsoft', 'Klarna', 'IBM', 'Salesforce', 'Acme', 'Inc.', 'CEO', 'said', 'will', 'cut',
  'lay off', 'layoffs', 'jobs', 'roles', 'workforce', 'employees', '14,000', '5%', '30 percent',
  'about', 'AI', 'artificial intelligence', 'automation', 'generative AI', 'because', 'not', 'due to',
  'restructuring', 'Item 2.05', '/PRNewswire/', '.', ',', '"', '\n\n', '$', 'billion', '2026', '-', '(', ')',
];

const words = fc.array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom(...UNICODE_EDGES), fc.string()), {
  maxLength: 60,
});
const prose = words.map((list) => list.join(' '));

const TAGS = ['p', 'div', 'span', 'article', 'main', 'h1', 'title', 'time', 'a', 'br', 'table', 'tr', 'td', 'li', 'script', 'style', 'noscript', 'svg', 'template', 'meta', 'html', 'head', 'body'];
const attribute = fc
  .tuple(fc.constantFrom('class', 'id', 'lang', 'hidden', 'datetime', 'property', 'content', 'type', 'x"y', ''), fc.string())
  .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`);
const jsonLd = fc
  .oneof(fc.jsonValue(), fc.record({ '@type': fc.constantFrom('NewsArticle', 'PressRelease', 'Article'), headline: fc.string(), '@graph': fc.jsonValue() }))
  .map((value) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`);

const { markup } = fc.letrec<{ markup: string; element: string }>((tie) => ({
  markup: fc.oneof({ depthSize: 'small' }, prose, jsonLd, tie('element')),
  element: fc
    .record({ tag: fc.constantFrom(...TAGS), attributes: fc.array(attribute, { maxLength: 3 }), children: fc.array(tie('markup'), { maxLength: 4 }) })
    .map(({ tag, attributes, children }) => `<${[tag, ...attributes].join(' ')}>${children.join('')}</${tag}>`),
}));

/** Well-formed markup, then broken: cut anywhere and salted with stray brackets. */
const malformed = fc
  .tuple(fc.array(markup, { maxLength: 4 }), fc.nat(), fc.constantFrom('', '<', '</', '<!--', '<![CDATA[', '<script>', '&#', '"'))
  .map(([parts, cut, salt]) => {
    const html = parts.join('');
    const at = cut % (html.length + 1);
    return html.slice(0, at) + salt + html.slice(at);
  });

describe('fuzz: parseHtml → prefilter → analyze', () => {
  it('survives random and malformed HTML', () => {
    fc.assert(
      fc.property(malformed, fc.constantFrom('', 'https://news.example/a', 'not a url', 'https://www.sec.gov/Archives/x'), (html, url) => {
        pipeline(parseHtml(html, url));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('survives arbitrary strings, including invalid UTF-16, as HTML and as text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (input) => {
        pipeline(parseHtml(input));
        pipeline(pageFromText(input, 'fuzz.txt'));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('survives Unicode edge cases (RTL, zero-width joiners, emoji, mixed scripts) in title and text', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(...UNICODE_EDGES), (list, edge) => {
        const text = list.join(' ');
        pipeline(pageFromText(`${edge}\n\n${text}\n\n${edge}`));
        pipeline(parseHtml(`<html dir="rtl" lang="ar"><title>${edge}</title><body><p>${text}</p><p>${edge}</p></body></html>`));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('accepts any PageInput the contract allows, not only ones from our readers', () => {
    const page = fc.record({
      url: fc.oneof(fc.string(), fc.webUrl()),
      title: prose,
      text: prose,
      kind: fc.constantFrom(...(KINDS as PageInput['kind'][])),
      site: fc.option(fc.string(), { nil: undefined }),
      published: fc.option(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), { nil: undefined }),
      lang: fc.option(fc.constantFrom('en', 'de', 'ar', 'zh-Hans', ''), { nil: undefined }),
    });
    fc.assert(fc.property(page, (input) => void expectValidAnalysis(analyze(input))), { numRuns: 300 });
  }, 60_000);

  it('says nothing about a page with no text', () => {
    const empty: PageInput = { url: '', title: '', text: '', kind: 'unknown' };
    expect(prefilter('', '')).toBe(false);
    expect(pipeline(empty).label).toBe('other');
    expect(pipeline(parseHtml('')).label).toBe('other');
    expect(pipeline(parseHtml('<html><head></head><body></body></html>')).label).toBe('other');
  });
});

describe('fuzz: size and depth bounds', () => {
  const story =
    'Acme Corp will cut 14,000 jobs, about 5% of its workforce, as artificial intelligence takes over routine work, the CEO said. ';

  it('still returns on 10 MB of text', () => {
    const text = story.repeat(Math.ceil(10_000_000 / story.length));
    const start = performance.now();
    const page = pageFromText(`Acme to cut jobs\n\n${text}`);
    pipeline(page);
    expect(page.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);

  it('still returns on 10 MB of HTML', () => {
    const paragraph = `<p>${story.repeat(5)}</p>`;
    const html = `<html><head><title>Acme</title></head><body>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</body></html>`;
    const start = performance.now();
    pipeline(parseHtml(html));
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);

  it('reads the text at the bottom of a DOM 10,000 levels deep', () => {
    for (const tags of [['div'], ['span', 'b', 'i', 'section']]) {
      const open = Array.from({ length: 10_000 }, (_, i) => `<${tags[i % tags.length]}>`).join('');
      const close = Array.from({ length: 10_000 }, (_, i) => `</${tags[(9_999 - i) % tags.length]}>`).join('');
      const page = parseHtml(`<html><head><title>Deep</title></head><body>${open}<p>${story}</p>${close}</body></html>`);
      expect(page.text).toContain('Acme Corp will cut 14,000 jobs');
      pipeline(page);
    }
  }, 60_000);
});
