// Builds lib/data/companies.json from the seed plus the reviewed edits next to it:
//   npx tsx lib/data/build-from-seed.ts
// Steps: reshape to types.ts (nested sources), re-label source kinds by host, split aliases into
// plain and ambiguous, name the person on CEO pay, apply corrections.json, check that every value
// is printed in its snippet, validate, write. Fails (exit 1) on any unreviewed mismatch or issue.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isOrdinaryWord } from './ordinary-words';
import { validateDataset } from './schema';
import { valueStatedIn } from './snippet-check';
import { sourceKindFor } from './source-kinds';
import type { Company, Dataset, Figure, LayoffAnnouncement, Metric, Source, SourceKind, Unit } from './types';
import { summarizeDataset } from './summary';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(here(file), 'utf8'));

interface SeedFigure {
  metric: Metric; period: string; value: number; unit: Unit;
  source_url: string; source_kind: SourceKind; snippet: string; retrieved: string; note?: string;
}
interface SeedLayoff extends Omit<LayoffAnnouncement, 'source'> {
  source_url: string; snippet: string; retrieved: string;
}
interface SeedCompany extends Omit<Company, 'figures' | 'layoffs' | 'ambiguous_aliases'> {
  figures: SeedFigure[]; layoffs: SeedLayoff[];
}
interface Correction {
  company: string; action: 'drop' | 'replace' | 'add' | 'accept'; why: string;
  metric?: Metric; period?: string; value?: number; source_host?: string;
  set?: Partial<Omit<Figure, 'source'>> & { source?: Omit<Source, 'retrieved'> };
  figure?: Omit<Figure, 'source'> & { source: Omit<Source, 'retrieved'> };
}
interface IdentityEdit { short?: string; ceo?: string; ambiguous?: string[]; drop_aliases?: string[] }
interface PayHolders { tenures: { from: number; to?: number; person: string }[]; by_value?: Record<string, string> }

const GENERATED = '2026-11-23';

// The seed's blanket remark predates the 'data-site' kind; sources now say what they are.
const OLD_KIND_REMARK = / ?Figures whose source is a third-party data\/summary site .*? the underlying filing type is stated in these notes\./;
const NEW_KIND_REMARK = " Figures read on third-party data or summary sites are labelled 'data-site'; the filing they copy is named in the figure's note or here.";

function toSource(url: string, claimed: SourceKind, retrieved: string, snippet: string): Source {
  return { url, kind: sourceKindFor(url, claimed), retrieved, snippet };
}

function yearOf(period: string): number {
  return Number(/\d{4}/.exec(period)![0]);
}

/** CEO pay and pay ratios belong to whoever held the seat that fiscal year. */
function personFor(holders: PayHolders | undefined, f: SeedFigure): string | undefined {
  if (!holders || (f.metric !== 'ceo_total_comp' && f.metric !== 'ceo_pay_ratio')) return undefined;
  const byValue = holders.by_value?.[String(f.value)];
  if (byValue) return byValue;
  const year = yearOf(f.period);
  return holders.tenures.find((t) => t.from <= year && year <= (t.to ?? Infinity))?.person;
}

function identity(seed: SeedCompany, edit: IdentityEdit = {}) {
  const extra = new Set((edit.ambiguous ?? []).map((a) => a.toLowerCase()));
  const kept = seed.aliases.filter((a) => !edit.drop_aliases?.includes(a));
  const ambiguous = (a: string) => isOrdinaryWord(a) || extra.has(a.toLowerCase());
  return {
    short: edit.short ?? seed.short,
    ceo: edit.ceo ?? seed.ceo,
    aliases: kept.filter((a) => !ambiguous(a)),
    ambiguous_aliases: kept.filter(ambiguous),
  };
}

function matches(c: Correction, companyId: string, f: Figure, seedValue: number): boolean {
  return c.company === companyId && c.metric === f.metric && c.period === f.period && c.value === seedValue &&
    (!c.source_host || new URL(f.source.url).hostname.endsWith(c.source_host));
}

function convert(seed: SeedCompany, corrections: Correction[], edits: Record<string, IdentityEdit>, holders: Record<string, PayHolders>, log: string[]): Company {
  const ownCorrections = corrections.filter((c) => c.company === seed.id);
  const used = new Set<Correction>();
  const figures: Figure[] = [];
  for (const sf of seed.figures) {
    const person = personFor(holders[seed.id], sf);
    let figure: Figure = {
      metric: sf.metric, period: sf.period, value: sf.value, unit: sf.unit,
      source: toSource(sf.source_url, sf.source_kind, sf.retrieved, sf.snippet),
      ...(person ? { person } : {}),
      ...(sf.note ? { note: sf.note } : {}),
    };
    const fix = ownCorrections.find((c) => c.action !== 'add' && matches(c, seed.id, figure, sf.value));
    if (fix) used.add(fix);
    if (fix?.action === 'drop') continue;
    if (fix?.set) {
      const { source, ...rest } = fix.set;
      figure = { ...figure, ...rest, ...(source ? { source: { ...source, retrieved: GENERATED } } : {}) };
    }
    if (fix?.action !== 'accept' && !valueStatedIn(figure.source.snippet, figure.value, figure.unit)) {
      log.push(`${seed.id} ${figure.metric} ${figure.period}: value ${figure.value} is not printed in its snippet`);
    }
    figures.push(figure);
  }
  for (const add of ownCorrections.filter((c) => c.action === 'add')) {
    used.add(add);
    const f = add.figure!;
    if (!valueStatedIn(f.source.snippet, f.value, f.unit)) log.push(`${seed.id} added ${f.metric} ${f.period}: value not in snippet`);
    figures.push({ ...f, source: { ...f.source, retrieved: GENERATED } });
  }
  for (const c of ownCorrections.filter((c) => !used.has(c))) log.push(`${seed.id}: correction matched no figure (${c.metric} ${c.period} ${c.value})`);

  const layoffs: LayoffAnnouncement[] = seed.layoffs.map(({ source_url, snippet, retrieved, ...l }) => ({
    ...l, source: toSource(source_url, 'news', retrieved, snippet),
  }));
  const { figures: _f, layoffs: _l, notes, ...rest } = seed;
  return {
    ...rest,
    ...identity(seed, edits[seed.id]),
    figures,
    layoffs,
    ...(notes ? { notes: notes.replace(OLD_KIND_REMARK, NEW_KIND_REMARK) } : {}),
  };
}

export function buildDataset(): { dataset: Dataset; problems: string[] } {
  const seed: { companies: SeedCompany[] } = readJson('./seed/companies.sourced.json');
  const corrections: Correction[] = readJson('./corrections.json').figures;
  const edits: Record<string, IdentityEdit> = readJson('./identity-edits.json');
  const holders: Record<string, PayHolders> = readJson('./pay-holders.json');
  const problems: string[] = [];
  const companies = seed.companies.map((c) => convert(c, corrections, edits, holders, problems));
  const dataset: Dataset = { generated: GENERATED, companies };
  const result = validateDataset(dataset);
  if (!result.ok) problems.push(...result.issues);
  return { dataset, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dataset, problems } = buildDataset();
  if (problems.length) {
    console.error(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  writeFileSync(here('./companies.json'), `${JSON.stringify(dataset, null, 1)}\n`);
  writeFileSync(here('./summary.json'), `${JSON.stringify(summarizeDataset(dataset), null, 1)}\n`);
  const count = dataset.companies.reduce((n, c) => n + c.figures.length, 0);
  console.log(`wrote lib/data/companies.json and summary.json: ${dataset.companies.length} companies, ${count} figures`);
}
