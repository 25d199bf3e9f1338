// What kind of page this is, from its structure: declared types, host and path, wire datelines,
// EDGAR form headers. Strongest evidence first: a filing or a wire release says so unambiguously,
// while og:type=article is set by almost every CMS.
import type { PageKind } from './types';

export interface KindSignals {
  url: string;
  title: string;
  /** JSON-LD @types on the page. */
  types: string[];
  ogType?: string;
  /** The start of the page's text, where datelines and form headers sit. */
  head: string;
}

const WIRE_HOST = /(^|\.)(prnewswire|businesswire|globenewswire|accesswire|newswire)\.(com|ca|co\.uk)$/;
const WIRE_DATELINE =
  /\/\s*PRNewswire(-FirstCall)?\s*\/|\(\s*BUSINESS WIRE\s*\)|\/\s*GLOBE NEWSWIRE\s*\/|\/\s*ACCESS\s*(WIRE|Newswire)\s*\/|\(\s*ACCESSWIRE\s*\)/i;
/** A listed company announcing in its own name: "HEINEKEN N.V. (EURONEXT: HEIA) today announces". */
const TICKER_ANNOUNCES =
  /\((?:NYSE|NASDAQ|Nasdaq|EURONEXT|Euronext|LSE|TSX|ASX|NSE|BSE|XETRA|SIX|OTCQX)\s?:[^)]{0,60}\)[^.]{0,40}\b(?:today )?(?:announce[sd]?|reports?|reported)\b/;
const IR_HOST = /^(investors?|ir|newsroom|press)\./;
const IR_PATH = /\/(investors?|investor-relations|news-releases?|press-releases?)(\/|$)/;
const EDGAR_FORM = /\bFORM\s+(?:8-K|10-Q|10-K|6-K|20-F)\b|\bItem\s+2\.05\b[\s\S]{0,200}Costs Associated with Exit or Disposal Activities/;
const MEMO_TITLE =
  /\b(memo|note|message|letter|e-?mail) (to|from) (our |all )?(employees|staff|teams?|colleagues|ceo|founder)\b|\b(memo|note|message|letter|e-?mail) (I|we) (sent|shared|wrote)\b/i;
const MEMO_OPENING =
  /^(dear|hi|hello|to) (all|everyone|team|colleagues|employees|\w+ers)\b|^(dear|hi|hello) [A-Z][\w'’-]+( [A-Z][\w'’-]+)?,|^(from|to|subject|date):\s/im;
const BLOG_URL = /^blog\.|\/blog(s)?\//;
/** An earnings or conference call: its title says so, or an operator hands over the call. */
const TRANSCRIPT_TITLE = /\b(?:earnings|results|conference|investor) call\b|\bcall transcript\b|\btranscript\b[^|]{0,40}\bcall\b/i;
const OPERATOR_LINE = /^Operator:?\s*$|^Operator: /m;
/** Who speaks on a call: the operator, a Q&A, or a line naming an executive or analyst. */
const CALL_VOICES =
  /\b(?:Operator|Q&A|Question-and-Answer|prepared remarks)\b|^[A-Z][\w.'’-]+ [A-Z][\w.'’-]+(?:,| —| –| -) (?:Chief|CEO|CFO|COO|President|Executive|Analyst|Head)\b/m;
/** "WASHINGTON - ", "TEL AVIV, Sept 15 - ", "June 25, 2025 - ", "(Reuters) -", "By Jane Doe". */
const NEWS_DATELINE =
  /^([A-Z][A-Z. '-]{2,}(, [^\n]{1,20}?)?|[A-Z][a-z]+\.? \d{1,2}, \d{4}) [-–—] |\((Reuters|AP|AFP|Bloomberg)\) [-–—]|^By [A-Z][\w.'-]+ [A-Z]/m;

export function pageKind(signals: KindSignals): PageKind {
  const { host, path } = urlParts(signals.url);
  const types = new Set(signals.types);
  const head = signals.head.slice(0, 2_000);
  if ((host.endsWith('sec.gov') && path.startsWith('/archives/')) || EDGAR_FORM.test(signals.head)) return 'filing';
  if (types.has('PressRelease') || WIRE_HOST.test(host) || WIRE_DATELINE.test(head) || TICKER_ANNOUNCES.test(head)) return 'press-release';
  if (OPERATOR_LINE.test(head) || (TRANSCRIPT_TITLE.test(`${signals.title}\n${head.slice(0, 300)}`) && CALL_VOICES.test(head))) {
    return 'transcript';
  }
  if (types.has('NewsArticle') || types.has('ReportageNewsArticle')) return 'news';
  if (MEMO_TITLE.test(signals.title) || MEMO_TITLE.test(head.slice(0, 300)) || MEMO_OPENING.test(head.slice(0, 600))) return 'memo';
  if (IR_HOST.test(host) || IR_PATH.test(path)) return 'press-release';
  if (types.has('BlogPosting') || BLOG_URL.test(host + path)) return 'blog';
  if (types.has('Article') || signals.ogType === 'article') return 'news';
  // Plain text has no markup to declare itself: a news dateline or byline is the last clue.
  if (NEWS_DATELINE.test(head.slice(0, 1_000))) return 'news';
  return 'unknown';
}

function urlParts(url: string): { host: string; path: string } {
  try {
    const { hostname, pathname } = new URL(url);
    return { host: hostname.toLowerCase().replace(/^www\./, ''), path: pathname.toLowerCase() };
  } catch {
    return { host: '', path: '' };
  }
}
