// What a page says about itself in its markup: title, site, date, language, declared types.
import { jsonLdString, jsonLdTypes, type JsonLdNode } from './json-ld';

export interface PageMetadata {
  title: string;
  site?: string;
  published?: string;
  lang?: string;
  /** Every JSON-LD @type on the page ("NewsArticle", "PressRelease", "Organization"...). */
  types: string[];
  ogType?: string;
  /** <link rel=canonical> or og:url, for HTML read without a known URL. */
  canonical?: string;
}

/** JSON-LD types whose node describes the page's own article. */
const ARTICLE_TYPES = /Article$|^BlogPosting$|^PressRelease$|^Report$|^WebPage$/;

export function readMetadata(doc: Document, url: string, nodes: JsonLdNode[]): PageMetadata {
  const article = nodes.find((node) => jsonLdTypes(node).some((t) => ARTICLE_TYPES.test(t)));
  const metas = metaValues(doc);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metas.get('og:url');
  const site = metas.get('og:site_name') ?? hostOf(url || (canonical ?? ''));
  return {
    title: pageTitle(doc, metas, article, site),
    site,
    published: isoDate(
      metas.get('article:published_time') ??
        (article && jsonLdString(article, 'datePublished')) ??
        metas.get('datepublished') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    lang: language(doc, metas),
    types: nodes.flatMap(jsonLdTypes),
    ogType: metas.get('og:type')?.toLowerCase(),
    canonical,
  };
}

/** The lines a page gives as its title: the <title>, the title metas and the first <h1>. */
export function titleLines(doc: Document, metas: Metas = metaValues(doc)): string[] {
  const lines = [htmlTitle(doc), ...TITLE_METAS.map((key) => metas.get(key)), doc.querySelector('h1')?.textContent];
  return [...new Set(lines.map((line) => clean(line ?? '')).filter(Boolean))];
}

/**
 * Every line a page leads with, for the quick check each page gets before anything is read: its
 * title lines and the page's description of itself, in one string.
 */
export function headlineText(doc: Document): string {
  const metas = metaValues(doc);
  return [...titleLines(doc, metas), metas.get('description') ?? ''].join(' ');
}

/** The publisher's own headline first (JSON-LD, then title metas), the <title> tag last. */
function pageTitle(doc: Document, metas: Metas, article: JsonLdNode | undefined, site: string | undefined): string {
  const declared = article && jsonLdHeadline(article, htmlTitle(doc));
  if (declared) return clean(declared);
  const fromMeta = TITLE_METAS.map((key) => metas.get(key)).find(Boolean);
  // Title metas are the publisher's chosen headline, kept as written.
  return fromMeta ? clean(fromMeta) : withoutSite(clean(htmlTitle(doc)), site);
}

/** Not doc.title: in a fragment parsed by linkedom the <title> sits outside <head>. */
function htmlTitle(doc: Document): string {
  return doc.querySelector('title')?.textContent ?? '';
}

const TITLE_METAS = ['dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title'];

/** Some sites put their own name in `name` and the article's in `headline`: take the one the
 * <title> repeats, else `name`. */
function jsonLdHeadline(article: JsonLdNode, htmlTitle: string): string | undefined {
  const name = jsonLdString(article, 'name');
  const headline = jsonLdString(article, 'headline');
  if (!name || !headline || name === headline) return name ?? headline;
  const title = htmlTitle.toLowerCase();
  return title.includes(headline.toLowerCase()) && !title.includes(name.toLowerCase()) ? headline : name;
}

type Metas = Map<string, string>;

/** <meta> values by lower-cased property, name or itemprop, read in one pass (linkedom runs each
 * attribute selector over the whole tree). A tag may declare several: property="dc:title og:title". */
function metaValues(doc: Document): Metas {
  const metas: Metas = new Map();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    const keys = ['property', 'name', 'itemprop'].flatMap((attr) => el.getAttribute(attr)?.toLowerCase().split(/\s+/) ?? []);
    for (const key of keys) if (key && !metas.has(key)) metas.set(key, value);
  }
  return metas;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** A text's words, lower case, one space apart and padded with one ("Acme-Cuts" → " acme cuts "): one `includes`
 * then finds whole words only. */
const spacedWords = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** A text's words as `spacedWords`, accents left off ("Société-Générale" → " societe generale "): as an address writes a name. */
const foldedWords = (text: string): string => spacedWords(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));

/** The words of a page's address, accents left off: its path ("/2026/05/acme-cuts-jobs.html" → " 2026 05 acme cuts jobs
 * html "), a headline's machine form that often names the company when the headline does not; with its site too
 * (`withSite`: "baker-mckenzie.com/news"). Nothing for an address that is none. */
export function addressWords(url: string, withSite = false): string {
  try {
    const u = new URL(url);
    return foldedWords(decodeURIComponent(withSite ? `${u.hostname} ${u.pathname}` : u.pathname));
  } catch {
    return ' ';
  }
}

/** Where an address's words (`addressWords`) first name `name`, all its words in a row, or -1. */
export const addressIndex = (words: string, name: string): number => {
  const named = foldedWords(name);
  return named.trim() ? words.indexOf(named) : -1;
};

/** The separators sites put between headline and site name ("Headline | Site", "Site - Headline"). */
export const TITLE_SEPARATOR = /\s+[|\-–»\\/]\s+/g;

/** Drops a site-name segment from either end of a <title>, or any trailing segment when what
 * remains still reads as a headline (a <title> usually ends with the site, under whatever name). */
function withoutSite(title: string, site: string | undefined): string {
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (!first || !last) return title;
  const head = title.slice(0, first.index);
  const tail = title.slice(last.index + last[0].length);
  const rest = title.slice(0, last.index);
  if (isSiteName(tail, site)) return rest;
  if (isSiteName(head, site)) return title.slice(first.index + first[0].length);
  return rest.split(' ').length >= 3 ? rest : title;
}

function isSiteName(segment: string, site: string | undefined): boolean {
  if (!site || segment.length < 3) return false;
  // A host names the site by its second-level label: "en.wikipedia.org" → "wikipedia".
  const name = (/^[\w.-]+\.\w+$/.test(site) ? (site.split('.').at(-2) ?? site) : site).toLowerCase();
  // An address by number ("127.0.0.1") names no site: its "0" is in every headline with a count.
  if (/^\d+$/.test(name)) return false;
  const text = segment.toLowerCase();
  return text.includes(name) || name.includes(text);
}

/** Keeps a stated ISO date as written (its day is the page's day); parses anything else. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function language(doc: Document, metas: Metas): string | undefined {
  const lang =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    metas.get('og:locale');
  return lang?.trim().replace('_', '-') || undefined;
}
