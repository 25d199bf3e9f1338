// npm run eval -- [blind|train|hand|cv]... : the whole pipeline (classifier, company, panels) on
// labelled pages, as a user would meet it; `cv` runs the train pages out of fold (runOutOfFold).
// Prints precision and recall of "ai_layoff" by language and genre, the confusion of labels, whether
// the company cutting was found, and every panel that showed another company's figures (the worst
// failure; on blind pages their count only, so that a measurement shows no blind page's name). With
// --list, every error too.
// With --added-since=REV, only the real pages added after that git revision: a fresh batch,
// measured on its own before anything is tuned on it.
import { execFileSync } from 'node:child_process';
import type { Label } from '../detect/types';
import { loadHandWritten, loadReal, type Labelled } from './labelled';
import { runOutOfFold, runPages, scoreOutcomes, type Outcome } from './outcomes';
import { passesQuickCheck } from './quick-check-pages';

const args = process.argv.slice(2);
const list = args.includes('--list');
const sets = args.filter((a) => !a.startsWith('--'));
const since = args.find((a) => a.startsWith('--added-since='))?.slice('--added-since='.length);

/** Keeps the real pages added after `rev` ("real/blind/en-…"), or every page when no rev is given. */
function addedSince(rev: string | undefined): (item: Labelled) => boolean {
  if (!rev) return () => true;
  const out = execFileSync('git', ['diff', '--name-only', '--diff-filter=A', rev, '--', 'tests/fixtures/real'], { encoding: 'utf8' });
  const ids = new Set(out.split('\n').filter((f) => f.endsWith('.json')).map((f) => f.replace(/^tests\/fixtures\//, '').replace(/\.json$/, '')));
  return (item) => ids.has(item.id);
}
const keep = addedSince(since);

function pr(outcomes: Outcome[]): string {
  const { tp, fp, fn, precision, recall } = scoreOutcomes(outcomes);
  return `n ${String(outcomes.length).padStart(4)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function report(name: string, outcomes: Outcome[], namesPages: boolean): void {
  console.log(`\n== ${name}: ${pr(outcomes)}`);
  const by = (key: (o: Outcome) => string) => {
    for (const k of [...new Set(outcomes.map(key))].sort()) console.log(`   ${k.padEnd(16)} ${pr(outcomes.filter((o) => key(o) === k))}`);
  };
  console.log('  by language:');
  by((o) => o.item.lang);
  console.log('  by genre:');
  by((o) => o.item.genre);
  const labels: Label[] = ['ai_layoff', 'layoff_not_ai', 'ai_no_layoff', 'other'];
  console.log(`  confusion (rows: labelled, columns: said)\n   ${''.padEnd(14)}${labels.map((l) => l.padStart(14)).join('')}`);
  for (const truth of labels) {
    const row = labels.map((said) => outcomes.filter((o) => o.item.label === truth && o.said === said).length);
    console.log(`   ${truth.padEnd(14)}${row.map((n) => String(n).padStart(14)).join('')}`);
  }
  // The company cutting, on the AI-layoff pages found.
  const { found, right, wrong, foreign, jobs, reader } = scoreOutcomes(outcomes);
  const share = (n: number) => (n / Math.max(1, found.length)).toFixed(2);
  console.log(`  company cutting on ${found.length} found AI-layoff pages: right ${right.length} (${share(right.length)}), wrong ${wrong.length}, none ${found.length - right.length - wrong.length}`);
  console.log(`  the cut's size on ${jobs.labelled} of them the labeller sized: agrees ${jobs.agrees.length}, differs ${jobs.differs.length}, none ${jobs.none.length}; a count where the labeller gives none: ${jobs.saidWithout.length}`);
  // The eval reads every page; in the browser the always-on quick check stops a page first.
  const stopped = outcomes.filter((o) => o.item.label === 'ai_layoff' && o.said === 'ai_layoff' && !passesQuickCheck(o.item.page)).length;
  console.log(`  AI-layoff pages found that the always-on quick check would stop before the detector: ${stopped}`);
  const withPanel = outcomes.filter((o) => o.panels.length);
  console.log(`  pages with figures: ${withPanel.length}; with another company's figures: ${foreign.length}; honest panels for a cutter without figures: ${outcomes.filter((o) => o.unlisted).length}`);
  const pct = (n: number) => `${Math.round((n / Math.max(1, reader.stories)) * 100)}%`;
  console.log(`  as a reader meets the ${reader.stories} AI-layoff stories: the right company's own figures on ${reader.figures} (${pct(reader.figures)}), an honest panel naming it on ${reader.honest} (${pct(reader.honest)}), ${pct(reader.figures + reader.honest)} together`);
  if (namesPages) for (const o of foreign) console.log(`   FOREIGN PANEL ${o.item.id}: cutter ${o.item.cutter ?? '(none)'}, panels ${o.panels.map((p) => p[0]).join(', ')}`);
  if (list) {
    for (const o of outcomes.filter((x) => (x.item.label === 'ai_layoff') !== (x.said === 'ai_layoff'))) {
      console.log(`   ${o.item.label === 'ai_layoff' ? 'MISS' : 'FALSE'} ${o.item.id} (${o.item.label} -> ${o.said})`);
    }
    for (const o of wrong) console.log(`   WRONG COMPANY ${o.item.id}: ${o.item.cutter} -> ${o.cutterSaid![0]}`);
    for (const o of found.filter((x) => !x.cutterSaid)) console.log(`   NO COMPANY ${o.item.id}: ${o.item.cutter}`);
    for (const o of jobs.none) console.log(`   NO JOBS ${o.item.id}: "${o.item.jobs}"`);
    for (const o of [...jobs.differs, ...jobs.saidWithout]) console.log(`   JOBS ${o.item.id}: "${o.jobs?.text}" (${o.jobs?.count ?? '-'}, ${o.jobs?.share ?? '-'}) vs "${o.item.jobs ?? ''}"`);
  }
}

const runners: Record<string, () => Outcome[]> = {
  blind: () => runPages(loadReal('blind').filter(keep)),
  train: () => runPages(loadReal('train').filter(keep)),
  hand: () => runPages(loadHandWritten()),
  cv: () => runOutOfFold(loadReal('train'), loadHandWritten()).filter((o) => keep(o.item)),
};
for (const set of sets.length ? sets : ['blind']) {
  const run = runners[set];
  if (!run) {
    console.error(`unknown set ${set}: use blind, train, hand or cv`);
    process.exitCode = 2;
    continue;
  }
  report(since ? `${set}, added since ${since}` : set, run(), list || set !== 'blind');
}
