import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  MAX_TEXT_CHARS,
  pageFromFile,
  pageFromJson,
  pageFromText,
  parseHtml,
  readPage,
} from '../../lib/page';
import { addressIndex, addressWords } from '../../lib/page/metadata';

const SHARED = new URL('../../../shared/pages/readability/', import.meta.url);
const sharedPages = readdirSync(SHARED).filter((name) => existsSync(new URL(`${name}/source.html`, SHARED)));

interface Expected {
  title?: string | null;
  lang?: string | null;
}

function expectedOf(name: string): Expected {
  const file = new URL(`${name}/expected-metadata.json`, SHARED);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expected) : {};
}

const read = sharedPages.map((name) => ({
  name,
  expected: expectedOf(name),
  page: parseHtml(readFileSync(new URL(`${name}/source.html`, SHARED), 'utf8')),
}));

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('readPage on the 130 shared real pages', () => {
  it('finds all of them', () => {
    expect(sharedPages.length).toBeGreaterThanOrEqual(130);
  });

  it("reads Readability's expected title on at least 90% of pages", () => {
    const withTitle = read.filter(({ expected }) => expected.title);
    const misses = withTitle
      .filter(({ page, expected }) => norm(page.title) !== norm(expected.title!))
      .map(({ name, page, expected }) => `${name}: got "${page.title}", expected "${expected.title}"`);
    if (misses.length) console.info(`title misses (${misses.length}/${withTitle.length}):\n${misses.join('\n')}`);
    expect(misses.length / withTitle.length).toBeLessThanOrEqual(0.1);
  });

  it('reads the declared language wherever one is expected', () => {
    const withLang = read.filter(({ expected }) => expected.lang);
    expect(withLang.length).toBeGreaterThan(50);
    for (const { name, page, expected } of withLang) expect([name, page.lang]).toEqual([name, expected.lang]);
  });

  it('hands on capped text with paragraphs separated by blank lines', () => {
    for (const { page } of read) {
      expect(page.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(page.text).not.toMatch(/\n{3,}|^\s|\s$/);
    }
    const guardian = read.find(({ name }) => name === 'guardian-1')!.page;
    expect(guardian.text.split('\n\n').length).toBeGreaterThan(10);
    expect(guardian.kind).toBe('news');
    expect(guardian.site).toBe('the Guardian');
    expect(guardian.published).toBe('2019-01-03T07:00:02.000Z');
  });
});

function html(head: string, body = '<p>Some text.</p>'): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('page kind from structure', () => {
  it.each([
    ['JSON-LD PressRelease', html(ld({ '@type': 'PressRelease', headline: 'Acme restructures' })), 'press-release'],
    [
      'NewsArticle inside @graph',
      html(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }] })),
      'news',
    ],
    ['ReportageNewsArticle in an array', html(ld([{ '@type': 'Organization' }, { '@type': ['ReportageNewsArticle'] }])), 'news'],
    ['BlogPosting', html(ld({ '@type': 'BlogPosting' })), 'blog'],
    ['og:type article', html('<meta property="og:type" content="article">'), 'news'],
    [
      'PR Newswire dateline',
      html('', '<p>SAN JOSE, Calif., Feb. 3, 2026 /PRNewswire/ -- Acme Corp. today announced a restructuring plan.</p>'),
      'press-release',
    ],
    ['Business Wire dateline', html('', '<p>AUSTIN, Texas--(BUSINESS WIRE)--Acme today announced...</p>'), 'press-release'],
    [
      'EDGAR 8-K, Item 2.05',
      html(
        '<title>8-K</title>',
        '<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 8-K</p><p>Item 2.05 Costs Associated with Exit or Disposal Activities.</p>',
      ),
      'filing',
    ],
    [
      'Item 2.05 without the form header',
      html('', '<table><tr><td>Item 2.05</td><td>Costs Associated with Exit or Disposal Activities</td></tr></table>'),
      'filing',
    ],
    ['a CEO memo', html('<title>A note from our CEO to all employees</title>'), 'memo'],
    ['a page that declares nothing', html('<title>Weather</title>'), 'unknown'],
  ])('%s', (_, source, kind) => {
    expect(parseHtml(source, 'https://example.com/story').kind).toBe(kind);
  });

  it.each([
    ['https://www.sec.gov/Archives/edgar/data/1/0001-26-000001.htm', 'filing'],
    ['https://www.prnewswire.com/news-releases/acme-restructures-302000000.html', 'press-release'],
    ['https://investors.acme.com/news/2026/acme-restructures', 'press-release'],
    ['https://acme.com/investors/news/restructuring', 'press-release'],
    ['https://ir.acme.com/2026-02-03-update', 'press-release'],
    ['https://acme.com/blog/our-next-chapter', 'blog'],
  ])('from the URL %s', (url, kind) => {
    expect(parseHtml(html('<title>Update</title>'), url).kind).toBe(kind);
  });
});

describe('metadata', () => {
  it('reads a page\'s address as words, accents left off, its path alone or with its site, and finds a name\'s words in a row there', () => {
    const url = 'https://www.baker-mckenzie.com/fr/soci%C3%A9t%C3%A9-g%C3%A9n%C3%A9rale-supprime-900-postes?ref=home';
    expect(addressWords(url)).toBe(' fr societe generale supprime 900 postes ');
    expect(addressWords(url, true)).toBe(' www baker mckenzie com fr societe generale supprime 900 postes ');
    expect(addressIndex(addressWords(url), 'Société Générale')).toBe(3);
    expect(addressIndex(addressWords(url), 'Baker McKenzie')).toBe(-1);
    expect(addressIndex(addressWords(url, true), 'Baker McKenzie')).toBeGreaterThan(0);
    expect(addressIndex(addressWords(url), 'Générale S')).toBe(-1);
    expect(addressWords('not an address')).toBe(' ');
  });

  it('prefers the JSON-LD headline and og:site_name, then falls back to <title> and the host', () => {
    const declared = parseHtml(
      html(
        `<title>Acme cuts jobs | Daily</title><meta property="og:site_name" content="The Daily">${ld({
          '@type': 'NewsArticle',
          headline: 'Acme cuts 500 jobs',
          datePublished: '2026-02-03T08:00:00-05:00',
        })}`,
      ),
      'https://www.daily.example/a',
    );
    expect(declared).toMatchObject({ title: 'Acme cuts 500 jobs', site: 'The Daily', published: '2026-02-03T08:00:00-05:00' });

    const bare = parseHtml(html('<title>Acme cuts 500 jobs in Ohio | The Daily</title>'), 'https://www.daily.example/a');
    expect(bare).toMatchObject({ title: 'Acme cuts 500 jobs in Ohio', site: 'daily.example' });
    // A numeric address names no site: its "0" is no reason to drop a headline with "14,000" in it.
    const byAddress = parseHtml(html('<title>Amazon trims 14,000 office jobs | Strict CSP fixture</title>'), 'http://127.0.0.1:8080/a');
    expect(byAddress.title).toBe('Amazon trims 14,000 office jobs');
  });

  it('reads the date from article:published_time or <time datetime>, and the lang', () => {
    const meta = parseHtml(html('<meta property="article:published_time" content="2026-01-05T10:00:00Z">'));
    expect(meta.published).toBe('2026-01-05T10:00:00Z');
    const time = parseHtml('<html lang="de"><body><time datetime="2025-09-22">22. September</time></body></html>');
    expect(time).toMatchObject({ published: '2025-09-22', lang: 'de' });
  });

  it("keeps scripts, styles, hidden nodes and the extension's own elements out of the text", () => {
    const page = parseHtml(
      html(
        '<style>p { color: red; }</style>',
        '<p>Kept.</p><script>var x = 1;</script><div hidden>Hidden.</div><noscript>No JS.</noscript><mdm-badge>Badge</mdm-badge><math-doesnt-math>Sidebar</math-doesnt-math>',
      ),
    );
    expect(page.text).toBe('Kept.');
  });

  it('takes the canonical URL when none is given', () => {
    const page = parseHtml(html('<link rel="canonical" href="https://www.prnewswire.com/news-releases/x.html">'));
    expect(page).toMatchObject({ url: 'https://www.prnewswire.com/news-releases/x.html', kind: 'press-release' });
  });
});

describe('readPage on a live document', () => {
  it('reads a browser-like DOM (happy-dom) as parseHtml reads the same HTML', async () => {
    const url = 'https://arstechnica.com/x';
    const source = readFileSync(new URL('ars-1/source.html', SHARED), 'utf8');
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    window.document.write(source);
    const page = readPage(window.document as unknown as Document, url);
    await window.happyDOM.close();
    expect(page.text.length).toBeGreaterThan(1_000);
    expect(page).toEqual(parseHtml(source, url));
  });

  it('leaves the document as it found it (Readability works on a clone)', () => {
    const source = readFileSync(new URL('nytimes-1/source.html', SHARED), 'utf8');
    const { document } = parseHTML(source);
    const before = document.documentElement.outerHTML;
    const page = readPage(document as unknown as Document, 'https://www.nytimes.com/x');
    expect(page.text.length).toBeGreaterThan(1_000);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('bounds and bad input', () => {
  it('cuts a 10 MB page before parsing and caps the text', () => {
    const paragraph = '<p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + '</p>';
    const huge = html('<title>Huge</title>', paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)));
    expect(huge.length).toBeGreaterThan(10_000_000);
    const start = performance.now();
    const page = parseHtml(huge);
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(page.title).toBe('Huge');
    expect(page.text.length).toBeGreaterThan(50_000);
    expect(page.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it.each([
    ['empty', ''],
    ['no tags', 'just some words'],
    ['unclosed', '<html><head><title>x</ti<body><div><p>a<div'],
    ['only head', '<html><head><title>Only a head</title></head></html>'],
    ['stray brackets', '<<<>>></></><!-- <html'],
    ['broken JSON-LD', html('<script type="application/ld+json">{"@type": "NewsArticle",</script>')],
    ['control bytes', '\u0000\u0001<p>\uFFFD\uD800</p>'],
  ])('never throws on %s', (_, source) => {
    const page = parseHtml(source);
    expect(typeof page.text).toBe('string');
    expect(page.kind).toMatch(/^(news|press-release|filing|memo|blog|unknown)$/);
  });

  it('returns an empty page with kind unknown for empty input', () => {
    expect(parseHtml('', 'https://example.com/')).toEqual({ url: 'https://example.com/', title: '', text: '', kind: 'unknown', site: 'example.com' });
  });
});

describe('text and JSON inputs', () => {
  it('takes a short first line as the headline and keeps paragraphs', () => {
    const page = pageFromText('Acme to cut 500 jobs\n\nSAN JOSE - Acme said on Monday...\n\nIt will save $40 million.', 'a.txt');
    expect(page).toMatchObject({
      url: '',
      title: 'Acme to cut 500 jobs',
      text: 'SAN JOSE - Acme said on Monday...\n\nIt will save $40 million.',
      kind: 'news',
    });
  });

  it('treats every line as a paragraph when there are no blank lines', () => {
    expect(pageFromText('Headline\nFirst line.\nSecond line.').text).toBe('First line.\n\nSecond line.');
  });

  it('reads a {url, title, text} record and ignores fields of the wrong type', () => {
    expect(pageFromJson({ url: 'https://www.sec.gov/Archives/x.htm', title: ' Form  8-K ', text: 'FORM 8-K' })).toMatchObject({
      title: 'Form 8-K',
      site: 'sec.gov',
      kind: 'filing',
    });
    expect(pageFromJson({ url: 3, text: null } as never)).toMatchObject({ url: '', title: '', text: '' });
  });

  it("leaves out the page store's date marker that opens a stored page's text, which no browser shows", () => {
    const text = ' date 2025-11-26 Nestlé plant den Abbau von 16.000 Stellen\n\nDer Konzern setzt auf Automatisierung.';
    expect(pageFromJson({ title: 'Nestlé plant den Abbau von 16.000 Stellen', text }).text).toBe('Nestlé plant den Abbau von 16.000 Stellen\n\nDer Konzern setzt auf Automatisierung.');
    expect(pageFromJson({ text: ' date 2024-10 Intesa Sanpaolo prevede 9.000 uscite.' }).text).toBe('Intesa Sanpaolo prevede 9.000 uscite.');
    // Only at the very start: a sentence about a date keeps it.
    expect(pageFromJson({ text: 'The layoffs take effect on that date 2025-01-31 at the latest.' }).text).toContain('date 2025-01-31');
  });

  it("titles a filing by its form and registrant, dated by its date of report", () => {
    const cover = 'UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nDate of Report (Date of earliest event reported): August 14, 2024\nACME SYSTEMS, INC.\n(Exact name of registrant as specified in its charter)\n\nItem 2.05 Costs Associated with Exit or Disposal Activities.';
    expect(pageFromText(cover)).toMatchObject({ kind: 'filing', title: 'Form 8-K: ACME SYSTEMS, INC.', published: '2024-08-14' });
    const html = `<html><body><p>FORM 8-K</p><p>Acme Systems, Inc.</p><p>(Exact name of registrant as specified in its charter)</p></body></html>`;
    expect(parseHtml(html, 'https://www.sec.gov/Archives/edgar/data/1/x.htm')).toMatchObject({ kind: 'filing', title: 'Form 8-K: Acme Systems, Inc.' });
  });

  it('picks the reader by extension, and sniffs content without one', () => {
    expect(pageFromFile('x.html', '<title>T</title><p>Body text.</p>').title).toBe('T');
    expect(pageFromFile('-', '<!DOCTYPE html><title>T</title>').title).toBe('T');
    expect(pageFromFile('-', '{"title": "J", "text": "Body."}').title).toBe('J');
    expect(pageFromFile('-', 'Line one\nLine two').title).toBe('Line one');
    expect(() => pageFromFile('x.json', '[1, 2]')).toThrow(/JSON object/);
  });
});
