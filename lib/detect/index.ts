// The detector's entry point: page in, Analysis out. Never throws; caps the text it reads.
import { companyIdentities } from '../data';
import type { CompanyIdentity } from '../data/types';
import { OWN_WORDS, type PageInput } from '../page/types';
import type { Analysis } from './types';
import { prefilter } from './prefilter';
import { splitSentences, type Sentence } from './sentences';
import { companyMatcher, findMentions, rankCompanies } from './companies';
import { classify, LEAD_SENTENCES } from './classify';
import { findCutters, OWN_VOICE_CUT, subjectOf } from './cutters';
import { extractJobs } from './jobs';
import { extractDate } from './dates';
import { isEnglish } from './language';

export { prefilter } from './prefilter';

/** Only the first part of a long page is read: the story is told at the top. */
export const MAX_CHARS = 60_000;

let defaultIdentities: CompanyIdentity[] | null = null;

function quiet(page: PageInput, reason: string): Analysis {
  return {
    label: 'other', score: 0, kind: page?.kind ?? 'unknown', companies: [], jobs: null, attributedBy: null,
    denial: null, date: null, evidence: [], reasons: [reason],
  };
}

export function analyze(page: PageInput, identities?: CompanyIdentity[]): Analysis {
  try {
    const title = (page.title ?? '').slice(0, 500);
    const text = (page.text ?? '').slice(0, MAX_CHARS);
    if (!text.trim() && !title.trim()) return quiet(page, 'The page has no text');
    if (!isEnglish(page.lang, text || title)) return quiet(page, 'The page is not in English');
    const ids = identities ?? (defaultIdentities ??= companyIdentities());
    const sentences = splitSentences(title, text);
    const matcher = companyMatcher(ids);
    const mentions = findMentions(sentences, matcher);
    const named = new Set(mentions.map((m) => m.sentence));
    const who = {
      has: (s: { index: number }) => named.has(s.index),
      named: (s: { index: number }) => mentions.filter((m) => m.sentence === s.index).map((m) => m.id),
      subject: (s: Sentence) => subjectOf(sentences, s, mentions),
    };

    const d = prefilter(title, text)
      ? classify(sentences, page.kind, who, text)
      : classify(sentences.slice(0, LEAD_SENTENCES + 1), page.kind, who, '');

    const cutters = findCutters(sentences, mentions, d.cutSentences, d.linkSentences);
    // A news story quoting someone's "we" is not that company's own page; a company blog post is.
    const ownVoice = OWN_WORDS.has(page.kind) ||
      (page.kind === 'blog' && d.cutSentences.some((s) => OWN_VOICE_CUT.test(s.text)));
    // A company's own newsroom or blog need not name the company in the text: its site name does.
    const publisher = ownVoice && page.site ? findMentions([{ text: page.site, index: -1, para: -1 }], matcher, { isName: true })[0]?.id : undefined;
    if (publisher && !cutters.size) cutters.set(publisher, 1);
    const companies = rankCompanies(mentions, matcher, LEAD_SENTENCES, cutters, ownVoice);
    const factSentences = d.cutSentences.map((s) => s.text);
    const layoff = d.label === 'ai_layoff' || d.label === 'layoff_not_ai';
    return {
      label: d.label,
      score: d.score,
      kind: page.kind,
      companies,
      jobs: layoff ? extractJobs(factSentences) : null,
      attributedBy: d.attributedBy,
      denial: d.denial,
      date: layoff ? extractDate(factSentences.slice(0, 3), page.published) : null,
      evidence: d.evidence.map((s) => s.text),
      reasons: d.reasons,
    };
  } catch {
    return quiet(page, 'The page could not be read');
  }
}
