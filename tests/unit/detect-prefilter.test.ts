// The prefilter: high recall on job-cut + AI pages, rejects most real pages, fast.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gateHits, jobCutsIn, prefilter } from '../../lib/detect/prefilter';
import { parseHtml } from '../../lib/page';

const shared = join(__dirname, '../../../shared/pages/readability');
const sharedRoot = existsSync(shared) ? shared : '/work/shared/pages/readability';

describe('prefilter', () => {
  it('passes pages with both job-cut and AI words', () => {
    expect(prefilter('Globex to cut 4,000 roles', 'The company cited artificial intelligence.')).toBe(true);
    expect(prefilter('Memo', 'We will not backfill roles that automation can handle.')).toBe(true);
    expect(prefilter('Layoffs at Initech', 'AI tools now handle most tickets.')).toBe(true);
  });
  it('passes a restructuring with a job word beside it, as the detector reads one that gives the number', () => {
    expect(prefilter('Le cabinet annonce une restructuration avec environ 10% des effectifs concernés', "L'automatisation et l'intelligence artificielle changent le métier.")).toBe(true);
    expect(prefilter('SAP-Chef setzt beim Großteil der 8.000 Vollzeitkräfte, die das Restrukturierungsprogramm betrifft, auf Freiwilligkeit', 'SAP nutzt Künstliche Intelligenz auch intern.')).toBe(true);
    // A restructuring far from any job word is not a cut of jobs.
    expect(prefilter('Globex completes the restructuring of its debt', 'The bond market welcomed it; AI stocks rallied.')).toBe(false);
  });
  it('rejects pages with only one of the two', () => {
    expect(prefilter('Globex to cut 4,000 jobs', 'Sales fell for a second year.')).toBe(false);
    expect(prefilter('New AI model', 'The chatbot writes poems.')).toBe(false);
    expect(prefilter('Fed cuts rates', 'Inflation cooled; markets rallied on AI stocks.')).toBe(false);
  });
  const pages = existsSync(sharedRoot)
    ? readdirSync(sharedRoot).filter((d) => existsSync(join(sharedRoot, d, 'source.html')))
    : [];
  // Its speed is printed by npm run bench, not asserted here.
  it.skipIf(pages.length === 0)('rejects most real pages', () => {
    const inputs = pages.map((d) => parseHtml(readFileSync(join(sharedRoot, d, 'source.html'), 'utf8')));
    const passed = inputs.filter((p) => prefilter(p.title, p.text)).length;
    expect(passed / inputs.length).toBeLessThan(0.1);
  }, 120_000);
});

// A long body's opening is read first (lib/detect/prefilter.ts): what it decides must be what the
// whole body decides, wherever the job-cut and AI words fall, near the opening's end included.
describe('prefilter on a long body', () => {
  const filler = 'the garden river morning bread window quiet travel music recipe summer mountain'.split(' ');
  const words = [...filler, 'cut', 'jobs', 'AI', 'roles', 'will', 'not', 'replace', 'staff', 'who', 'leave', 'layoffs', 'automation', '300', 'eliminate', 'positions'];
  const wholeBody = (title: string, text: string): boolean => {
    const [head, body] = [gateHits(title), gateHits(text)];
    return (jobCutsIn(head) || jobCutsIn(body)) && (head.has('ai') || body.has('ai'));
  };
  it('decides as a reading of the whole body does', () => {
    const seen = { true: 0, false: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 700, maxLength: 1_200 }),
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.constantFrom('A morning walk', 'AI at work', 'Job cuts at Globex'),
        fc.integer({ min: 5, max: 80 }),
        (before, around, title, every) => {
          // ~5,000 characters of mostly filler, then the words that may straddle the opening's end.
          const text = `${before.map((w, i) => (filler.includes(w) || i % every ? filler[i % filler.length] : w)).join(' ')} ${around.join(' ')}`;
          const whole = wholeBody(title, text);
          seen[`${whole}`]++;
          expect(prefilter(title, text)).toBe(whole);
        },
      ),
      { numRuns: 300 },
    );
    // Both answers came up often enough for the comparison to mean something.
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(30);
  });
  it('finds job cuts and AI that start just before the opening ends, or only after it', () => {
    const pad = 'quiet garden '.repeat(400);
    for (let shift = 0; shift < 120; shift += 3) {
      const text = `${pad.slice(0, 4_900 + shift)} Globex will cut 300 jobs as AI takes over. ${pad}`;
      expect(prefilter('Report', text)).toBe(true);
      expect(prefilter('Report', text.replace('AI', 'weather'))).toBe(false);
      expect(prefilter('Report', text.replace('cut', 'see'))).toBe(false);
      expect(prefilter('Report', `${text.replace('AI', 'weather')} AI wrote it.`)).toBe(true);
      expect(prefilter('AI at work', text.replace('AI', 'weather').replace('cut', 'see'))).toBe(false);
    }
  });
});
