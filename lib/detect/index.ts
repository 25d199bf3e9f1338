// The detector's entry point: page in, Analysis out. Never throws; caps the text it reads.
import { hostOf } from '../page/metadata';
import { OWN_WORDS, type PageInput } from '../page/types';
import type { Analysis, Reason } from './types';
import { splitSentences, type Sentence } from './sentences';
import { leaderMentions } from './leaders';
import { bundledCompanyMatcher, bundledLeaders, findMentions, rankCompanies, type CompanyMatcher, type Mention } from './companies';
import { decide } from './classify';
import type { Model } from './model';
import { firmCut, LEAD_SENTENCES, MAX_SENTENCES, readSentences, type NameSpan, type SentenceRead } from './features';
import { findCutter, type Cutters } from './cutters';
import { extractJobs } from './jobs';
import { extractDate } from './dates';
import { detectLanguage } from './language';
import type { Lang } from './vocab/define';
import { MAX_CHARS } from './limits';

export { prefilter } from './prefilter';

export { MAX_CHARS } from './limits';

function quiet(page: PageInput, reason: Reason): Analysis {
  return {
    label: 'other', lang: null, score: 0, kind: page?.kind ?? 'unknown', companies: [], jobs: null, attributedBy: null,
    denial: null, date: null, evidence: [], reasons: [reason],
  };
}

/** What the detector reads of a page: its language, sentences, company mentions and sentence reads. */
export interface DetectionInput {
  lang: Lang;
  sentences: Sentence[];
  matcher: CompanyMatcher;
  mentions: Mention[];
  /** Ordinary-word names ("Amazon", "Meta") no context confirmed: the cutter's subject may. */
  weak: Mention[];
  reads: SentenceRead[];
}

/** The page read for detection, or why it cannot be (no text, a language we do not read). */
export function readForDetection(page: PageInput): DetectionInput | Reason {
  const title = (page.title ?? '').slice(0, 500);
  const text = (page.text ?? '').slice(0, MAX_CHARS);
  if (!text.trim() && !title.trim()) return 'no_text';
  const lang = detectLanguage(page.lang, `${title}\n${text}`);
  if (!lang) return 'unread_language';
  // The story is told at the top: its first sentences are read, for companies as for the rest.
  const sentences = splitSentences(title, text, MAX_SENTENCES);
  const matcher = bundledCompanyMatcher();
  const found = findMentions(sentences, matcher, { weak: true });
  const mentions = [...found.filter((m) => m.how !== 'weak'), ...leaderMentions(sentences, bundledLeaders())].sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  const weak = found.filter((m) => m.how === 'weak');
  const spans = new Map<number, NameSpan[]>();
  for (const m of mentions) spans.set(m.sentence, [...(spans.get(m.sentence) ?? []), { at: m.at, end: m.at + m.term.length, id: m.id }]);
  const reads = readSentences(sentences, lang, (s) => spans.get(s.index) ?? []);
  return { lang, sentences, matcher, mentions, weak, reads };
}

/** Labels of a host that name no company: "blog.dropbox.com" is Dropbox's. */
const GENERIC_HOST_LABELS = new Set(['www', 'blog', 'blogs', 'news', 'newsroom', 'press', 'media', 'about', 'investor', 'investors', 'ir', 'corporate', 'careers', 'stories', 'com', 'co', 'org', 'net', 'example']);

/** The company a site's name stands for: its own name, or the telling label of its host ("aboutamazon.com" → "amazon"). */
export function siteName(site: string): string {
  if (/\s/.test(site) || !site.includes('.')) return site;
  const labels = site.toLowerCase().split('.').slice(0, -1).filter((l) => !GENERIC_HOST_LABELS.has(l));
  const label = labels.sort((a, b) => b.length - a.length)[0] ?? site;
  const name = label.replace(/^(?:about|news|blog|ir|investors?)(?=[a-z]{3,})/, '');
  // Capitalised, as a name is written: the matcher reads lower-case words as ordinary words.
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** How many of the opening's sentences may name a memo's or release's author: a wire's dateline and the line after it
 * ("From: Sasan Goodarzi, CEO, Intuit"); further down a union's release names the AI vendor its employer uses. */
const AUTHOR_LINES = 2;

/** The author of a memo, release or filing whose site does not say it: the one company its
 * headline names ("Form 8-K: WORKDAY, INC.", "Fiverr | Newsroom"), else the one its opening's first lines name
 * ("From: Sasan Goodarzi, CEO, Intuit"). Two companies up top: no author. */
function authorNamed(reads: SentenceRead[], mentions: Mention[]): Mention | null {
  const lead = reads.filter((r) => r.where === 'lead').slice(0, AUTHOR_LINES);
  const where = new Map([...reads.filter((r) => r.where === 'title'), ...lead].map((r) => [r.s.index, r.where]));
  for (const place of ['title', 'lead'] as const) {
    const here = mentions.filter((m) => where.get(m.sentence) === place);
    if (new Set(here.map((m) => m.id)).size === 1) return here[0]!;
    if (here.length) return null;
  }
  return null;
}

/** The company a page shows cutting, whatever its label: the classifier weighs whether there is one. */
export function cutterOf(page: PageInput, input: DetectionInput): Cutters | null {
  const { matcher, mentions, weak, reads, lang } = input;
  // A company's own memo, release or filing (or its blog speaking as "we") need not name the
  // company in the text: its site name does.
  const ownVoice = OWN_WORDS.has(page.kind) || (page.kind === 'blog' && reads.some((r) => firmCut(r) && r.flags.we));
  const site = page.site || hostOf(page.url ?? '');
  const publisher = ownVoice ? (site ? findMentions([{ text: siteName(site), index: -1, para: -1 }], matcher, { isName: true })[0] : undefined) ?? authorNamed(reads, mentions) : null;
  return findCutter({ reads, mentions, weak, publisher, url: page.url ?? '', lang });
}

/** `m` is the bundled model unless cross-validation passes one fitted without this page. */
export function analyze(page: PageInput, m?: Model): Analysis {
  try {
    const input = readForDetection(page);
    if (typeof input === 'string') return quiet(page, input);
    const { lang, matcher, mentions, weak, reads } = input;
    const found = cutterOf(page, input);
    const d = decide(reads, page.kind, found, m);

    const layoff = d.label === 'ai_layoff' || d.label === 'layoff_not_ai';
    const cutter = layoff ? found : null;
    // Once the cutter is known by its place, its other unconfirmed mentions are its too.
    const all = cutter ? [...mentions, ...weak.filter((m) => m.id === cutter.id)] : mentions;
    // The story's numbers are each cutter's: read from its own cut sentences only.
    const sentencesOf = (indexes: number[]) => d.cutSentences.filter((s) => indexes.includes(s.index)).map((s) => s.text);
    const factSentences = sentencesOf(cutter?.sentences ?? d.cutSentences.map((s) => s.index));
    const date = layoff ? extractDate(factSentences.slice(0, 3), page.published) : null;
    // A count dated to a year before the story's is an earlier round ("laid off about 1,100 people in June 2022").
    const storyYear = Number((date ?? extractDate(reads.slice(0, 3).map((r) => r.s.text), page.published) ?? page.published ?? '').slice(0, 4)) || null;
    const companies = rankCompanies(all, matcher, LEAD_SENTENCES, cutter).map((c) => {
      const alongside = cutter?.alongside.find((a) => a.id === c.id);
      return alongside ? { ...c, jobs: extractJobs(sentencesOf(alongside.sentences), lang, storyYear) } : c;
    });
    return {
      label: d.label,
      lang,
      score: d.score,
      kind: page.kind,
      companies,
      jobs: layoff ? extractJobs(factSentences, lang, storyYear) : null,
      attributedBy: d.attributedBy,
      denial: d.denial,
      date,
      evidence: d.evidence.map((s) => s.text),
      reasons: d.reasons,
    };
  } catch {
    return quiet(page, 'unreadable');
  }
}
