// The whole pipeline behind one call: classify the page, then build the counterpoint for the
// companies doing the cutting. The background runs it for the content script; the CLI and tests
// call it too. Only the cutter's own figures are ever shown: a company merely named beside it,
// or its owner, never stands in for it. A cutter the dataset has no figures for gets an honest
// panel: its name, what the story says, and its earlier layoffs from the tracker.
import { companyNames, getCompany, layoffHistory } from './data/index';
import { analyze } from './detect/index';
import { bundledLeaders } from './detect/companies';
import { headlineCutClause, namesOneCompany } from './detect/cutters';
import { leaderNames } from './detect/leaders';
import { escapeRegExp } from './escape-regexp';
import type { CompanyMatch, JobsFact } from './detect/types';
import { buildCompanyView } from './math/company-view';
import { storyHistory } from './math/story-history';
import type { ArticleLayoff } from './math/jobs';
import type { PageResult, UnlistedCutter } from './messages';
import { addressIndex, addressWords } from './page/metadata';
import type { PageInput } from './page/types';
import type { Model } from './detect/model';

/** Why a cutter has no figures: how it is owned, where the dataset says so (privately held, a partnership, part of a
 * group), a filer or dataset company not covered yet, or unknown. */
function whyUnlisted(match: CompanyMatch): UnlistedCutter['why'] {
  const ownership = match.datasetId ? getCompany(match.datasetId)?.ownership : undefined;
  if (ownership) return ownership;
  return match.cik !== undefined || match.tickers?.length || match.datasetId ? 'not-covered' : 'unknown';
}

function unlisted(match: CompanyMatch, storyDate: string | null): UnlistedCutter {
  const { earlier, later } = storyHistory(layoffHistory(match.datasetId ?? match.name)?.rows ?? [], storyDate);
  // A story that names only the company's brand is about that brand, part of the company: "TikTok", of ByteDance (as the
  // dataset spells the brand, not "TIKTOK" as a headline may).
  const brand = match.calledBy && (companyNames(match.name, match.datasetId).find((n) => n.toLowerCase() === match.calledBy!.toLowerCase()) ?? match.calledBy);
  return {
    name: brand ?? match.name,
    parent: brand ? match.name : match.parent ?? null,
    ticker: match.tickers?.[0] ?? null,
    why: whyUnlisted(match),
    layoffs: earlier,
    ...(later.length ? { later } : {}),
  };
}

/** The story's count for a company, as the math takes it (the bound and the story's words kept). */
function articleOf(jobs: JobsFact | null | undefined): ArticleLayoff | undefined {
  if (!jobs) return undefined;
  return { jobs: jobs.count, share: jobs.share, bound: jobs.bound, ...(jobs.max ? { max: jobs.max } : {}), words: jobs.text, ...(jobs.shareBound ? { shareBound: jobs.shareBound } : {}) };
}

/** A short story for warming the pipeline up where it runs (the background as it starts, the bench). */
export const WARM_UP: PageInput = {
  url: '',
  title: 'Example Corp cuts 100 jobs as AI takes over support',
  text: 'Example Corp said on Monday it will cut 100 jobs because AI now handles customer support.',
  kind: 'news',
};

/** Whether a headline names one of these: each name starts a word and no lower-case letter goes on
 * after it ("HP" is not in "WhatsApp", "Intel" not in "Intelligenz"; Reuters' "AmazonAMZN.O" is Amazon). */
function namedIn(title: string, names: string[]): boolean {
  if (!names.length) return false;
  const starts = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})`, 'giu');
  return [...title.matchAll(starts)].some((m) => !/^\p{Ll}/u.test(title.slice(m.index + m[0].length)));
}

/** A headline naming this many other companies beside the cutter lists them ("Bank AI Layoffs 2026:
 * Bank of America Erica, Wells Fargo Fargo, Citi Arc…"): a roundup's, which names no one cutter. */
const LISTING_OTHERS = 2;

/** Found cutting only in the story's opening or body, under a headline that does not name it: on
 * the real pages, where another company's figures came from (roundups and tallies leading with one
 * company's cut, a company named in passing up top), about one panel in four. So is a company "the
 * company" points back to ("Une semaine pour deux annonces d'ampleur", then "…présenté par Capgemini.
 * Le géant français du conseil a annoncé la suppression de 2 400 postes": the week's other cut). */
function unconfirmed(cutter: CompanyMatch, others: CompanyMatch[], title: string, url: string): boolean {
  if (cutter.how !== 'opening' && cutter.how !== 'pointed-back' && cutter.how !== 'body') return false;
  if (others.filter((c) => namedIn(title, companyNames(c.name, c.datasetId))).length >= LISTING_OTHERS) return true;
  // A headline that calls one company by what it is ("Mirror publisher puts 600 jobs at risk",
  // "Major British bank to replace workers with AI") stands for the company the opening names or
  // points back to.
  if (cutter.how !== 'body' && namesOneCompany(title)) return false;
  const own = companyNames(cutter.name, cutter.datasetId);
  // A headline that names it only before a clause with another subject, its cut that subject's, says it is not cutting
  // ("Amazon ha iniciado un efecto dominó: quien reparte sus paquetes también anuncia 30.000 despidos"), whatever the
  // address that copies it says.
  const clause = headlineCutClause(title);
  if (clause !== title && namedIn(title, own) && !namedIn(clause, own)) return true;
  // The address's words name it as the headline would ("…/commonwealth-bank-axes-90-jobs…"); a
  // name shorter than three letters could be any word there. Not where they name another company the page names before
  // it ("…/lia-reshape-la-banque-alors-que-jpmorgan-chase-et-goldman-sachs-réduisent-les-embauches", over Goldman Sachs'
  // cut found in the opening): the story leads with that one.
  const path = addressWords(url);
  /** Where the address first names a company by one of its names (Infinity where it does not). */
  const inPath = (names: string[]) => Math.min(...names.filter((n) => n.length >= 3).map((n) => addressIndex(path, n)).filter((i) => i >= 0));
  const at = inPath(own);
  if (Number.isFinite(at) && !others.some((c) => inPath(companyNames(c.name, c.datasetId)) < at)) return false;
  // Its chief executive in the headline names it too: "Dorsey's AI bet" over Block's cut; only where the headline's cut is
  // not another subject's.
  const people = cutter.datasetId ? leaderNames(bundledLeaders(), cutter.datasetId) : [];
  if (namedIn(clause, [...own, ...people].filter(Boolean))) return false;
  // A page that names no other company, or one only further down, has no one else for the cut to belong to (a story
  // under a headline naming no one: "Brutal video tells workers they have been replaced with AI"; "Cela a le mérite
  // d'être clair. Pinterest va licencier des centaines de ses employés…", Duolingo named in the body as background).
  // The roundups and tallies this guards against name their other companies up top, or list several.
  return others.some((c) => c.role !== 'mentioned') || others.length >= LISTING_OTHERS;
}

export function buildPageResult(page: PageInput, m?: Model): PageResult {
  const analysis = analyze(page, m);
  const cutter = analysis.companies[0]?.role === 'cutting' ? analysis.companies[0] : null;
  if (analysis.label !== 'ai_layoff' || !cutter) return { analysis, views: [], unlisted: null };
  // No panel rather than a wrong one: the verdict and its reasons stand, the figures wait for a
  // headline that names the company.
  if (cutter.datasetId && unconfirmed(cutter, analysis.companies.slice(1), page.title ?? '', page.url ?? '')) return { analysis, views: [], unlisted: null };
  // Every company the story shows cutting gets its own figures, and only its own; one outside the
  // dataset gets the honest panel when it is the first.
  const listed = analysis.companies.filter((c) => c.role === 'cutting').flatMap((c, i) => {
    const company = c.datasetId ? getCompany(c.datasetId) : undefined;
    return company?.figures.length ? [buildCompanyView(company, articleOf(i === 0 ? analysis.jobs : c.jobs), analysis.date)] : [];
  });
  const first = cutter.datasetId ? getCompany(cutter.datasetId) : undefined;
  return { analysis, views: listed, unlisted: first?.figures.length ? null : unlisted(cutter, analysis.date) };
}
