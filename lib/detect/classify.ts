// The decision: the learned heads (model.ts) say whether the page reports an employer's job cuts
// and whether they are tied to AI; the sentence reads (features.ts) say which sentences show it
// and who made the link. The reasons and the evidence follow the label, never argue against it.
import type { AiLinkKind } from '../data/types';
import { OWN_WORDS, type PageKind } from '../page/types';
import type { Label, Reason } from './types';
import type { Sentence } from './sentences';
import { aiReason, deniedInHeadline, firmCut, pageFeatures, type SentenceRead } from './features';
import { model, score, type Model } from './model';
import type { Cutters } from './cutters';

export interface Decision {
  label: Label;
  score: number;
  attributedBy: AiLinkKind | null;
  denial: string | null;
  evidence: Sentence[];
  /** Sentences stating the cuts, in page order (for jobs, dates and the company cutting). */
  cutSentences: Sentence[];
  /** Sentences tying the cuts to AI (only when the label is ai_layoff). */
  linkSentences: Sentence[];
  reasons: Reason[];
}

/** How far (in sentences) a reason may sit from the cut it explains. */
const REASON_WINDOW = 3;
/** A page about AI names it in the headline or in this many sentences. */
const AI_TOPIC_SENTENCES = 3;

function speakerOf(r: SentenceRead, next: SentenceRead | undefined, kind: PageKind): AiLinkKind {
  const voiced = (x: SentenceRead): AiLinkKind | null => {
    if (x.flags.exec && (x.flags.speech || x.flags.we)) return 'executive';
    if (x.flags.we || (x.flags.named && x.flags.speech)) return 'company';
    return null;
  };
  // A quote is often attributed in the sentence after it.
  const own = voiced(r) ?? (next && r.flags.speech ? voiced(next) : null);
  if (own) return own;
  if (kind === 'memo' || kind === 'transcript') return 'executive';
  if (kind === 'press-release' || kind === 'filing') return 'company';
  return 'reporting';
}

const REASON_OF: Record<AiLinkKind, Reason> = {
  executive: 'ai_by_executive',
  company: 'ai_by_company',
  reporting: 'ai_by_reporting',
  denied: 'ai_denied',
};

export function decide(reads: SentenceRead[], kind: PageKind, cutter: Cutters | null, m: Model = model): Decision {
  const x = pageFeatures(reads, kind, cutter);
  const pLayoff = score(x, 'layoff', m);
  const pAi = score(x, 'ai', m);
  const cuts = reads.filter(firmCut);
  // Reasons that explain a cut: in the cut's sentence or a few sentences from it.
  const links = reads.filter((r) => aiReason(r) && cuts.some((c) => Math.abs(c.s.index - r.s.index) <= REASON_WINDOW));
  const denialRead = reads.find((r) => r.flags.denyAi && (r.flags.cut || cuts.length > 0)) ?? null;

  let label: Label;
  const layoff = pLayoff >= m.heads.layoff.threshold && cuts.length > 0;
  if (layoff && pAi >= m.heads.ai.threshold && !deniedInHeadline(reads)) label = 'ai_layoff';
  else if (layoff) label = 'layoff_not_ai';
  else {
    const aiTopic = reads.some((r) => r.flags.ai && (r.where === 'title' || r.s.index <= AI_TOPIC_SENTENCES));
    label = aiTopic ? 'ai_no_layoff' : 'other';
  }

  const reasons: Reason[] = [];
  const firstCut = cuts[0];
  if (label === 'ai_layoff' || label === 'layoff_not_ai') {
    reasons.push(firstCut?.where === 'title' ? 'cuts_in_headline' : firstCut?.where === 'lead' ? 'cuts_in_opening' : 'cuts_in_body');
  }
  let attributedBy: AiLinkKind | null = null;
  const best = links.find((r) => r.where !== 'body') ?? links[0];
  if (label === 'ai_layoff') {
    attributedBy = best ? speakerOf(best, reads[best.s.index + 1], kind) : OWN_WORDS.has(kind) ? 'company' : 'reporting';
    reasons.push(REASON_OF[attributedBy]);
  } else if (label === 'layoff_not_ai') {
    attributedBy = denialRead ? 'denied' : null;
    reasons.push(denialRead ? REASON_OF.denied : 'no_ai_link');
  } else if (label === 'ai_no_layoff') {
    reasons.push(reads.some((r) => r.flags.cut) ? 'no_employer_cutting' : 'ai_not_cuts');
  }

  const evidence = label === 'ai_layoff'
    ? [firstCut, best, ...links].filter((r): r is SentenceRead => !!r)
    : label === 'layoff_not_ai' ? [firstCut, denialRead].filter((r): r is SentenceRead => !!r) : [];

  return {
    label,
    // How sure the model is that this is an AI-attributed layoff story.
    score: Math.round((layoff ? pLayoff * pAi : 0) * 1000) / 1000,
    attributedBy,
    // A denial is said only where the verdict agrees with it.
    denial: label === 'layoff_not_ai' ? (denialRead?.s.text ?? null) : null,
    evidence: [...new Set(evidence.map((r) => r.s))].slice(0, 4),
    cutSentences: cuts.map((r) => r.s),
    linkSentences: label === 'ai_layoff' ? links.map((r) => r.s) : [],
    reasons,
  };
}
