// Big bench pages made at runtime (not committed): an unrelated 5,000-word article, a 10 MB page,
// the demo article padded to 5,000 on-topic words, and that article under a DOM-churning feed.
// Seeded, so every run serves the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../e2e/support/paths';

/** mulberry32: tiny seeded PRNG. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Slots = Record<string, string[]>;

/** Sentences from templates whose {slot}s are filled at random. */
function sentences(templates: string[], slots: Slots, seed: number): () => string {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  return () => pick(templates).replace(/\{(\w+)\}/g, (_, slot: string) => pick(slots[slot]!));
}

/** Paragraphs of 3–6 sentences until `words` words are written. */
function paragraphs(sentence: () => string, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = Array.from({ length: 3 + (i % 4) }, sentence).join(' ');
    count += text.split(/\s+/).length;
    out.push(`<p>${text}</p>`);
  }
  return out;
}

const wordCount = (html: string): number => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

// Nothing here about jobs, cuts or AI: the prefilter must say no.
const GARDEN = sentences(
  [
    'The {plant} in the {place} beds came up {when} this year, helped by {weather}.',
    'Most growers on the allotment now sow {plant} {when}, then thin the rows by hand.',
    'A neighbour swears by {feed} for {plant}, though the committee is not convinced.',
    'By {when} the {place} plots were full of {plant}, and the paths smelled of {feed}.',
    'Visitors asked how the {plant} survived {weather}; the answer was mostly patience.',
    'Water butts along the {place} fence ran low after {weather}, so rotas were drawn up.',
  ],
  {
    plant: ['broad beans', 'runner beans', 'courgettes', 'dahlias', 'rhubarb', 'shallots', 'sweet peas', 'leeks'],
    place: ['north', 'orchard', 'raised', 'community', 'riverside', 'school'],
    when: ['early in March', 'after the last frost', 'in late spring', 'by midsummer', 'in September'],
    weather: ['a wet April', 'two dry weeks', 'a mild winter', 'the June storms', 'a cold snap'],
    feed: ['comfrey tea', 'leaf mould', 'seaweed meal', 'well-rotted manure', 'wood ash'],
  },
  7,
);

const STORY = sentences(
  [
    'Amazon said the reductions would fall mostly on {unit}, where {tool} now handle work that used to need {people}.',
    'In the memo, Amazon tied the job cuts to artificial intelligence, saying {tool} let smaller teams in {unit} move faster.',
    'Analysts at {firm} estimated that the layoffs would save Amazon about {amount} a year, money the company plans to spend on AI.',
    'Employees in {unit} described the cuts as the clearest sign yet that Amazon expects AI to replace {people}.',
    'Amazon has been laying off {people} in {unit} while its capital spending on AI data centres keeps rising, {firm} noted.',
    'Critics said Amazon was using AI as a tidy explanation for layoffs in {unit} that were really about costs.',
    'Andy Jassy has said generative AI will reduce Amazon’s corporate workforce as {tool} take over tasks in {unit}.',
  ],
  {
    unit: ['human resources', 'devices', 'advertising', 'Amazon Web Services', 'retail operations', 'recruiting'],
    tool: ['AI agents', 'generative AI tools', 'automated systems', 'AI assistants', 'machine learning models'],
    people: ['middle managers', 'recruiters', 'program managers', 'support staff', 'thousands of office workers'],
    firm: ['Morgan Stanley', 'Bernstein', 'Evercore', 'a Seattle labour economist', 'Jefferies'],
    amount: ['$2.1 billion', '$3 billion', '$2.7 billion', '$1.8 billion'],
  },
  11,
);

const FEED_ITEMS = [
  'Amazon shares edged higher after the company confirmed further AI-driven layoffs.',
  'Microsoft and Google are also reorganising teams around AI, according to analysts.',
  'Salesforce said AI agents now handle a large share of its support conversations.',
  'Amazon Web Services posted faster growth as AI demand lifted cloud spending.',
  'Meta is trimming layers of management while it spends heavily on AI infrastructure.',
];

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

export function unrelatedArticle(words = 5_000): string {
  const body = paragraphs(GARDEN, words).join('\n');
  return page(
    'A year on the Riverside allotments | Town Gazette',
    `<header><nav><a href="/">Home</a> <a href="/">Gardens</a></nav></header><main><article><h1>A year on the Riverside allotments</h1>\n${body}</article></main>`,
  );
}

/**
 * A 10 MB archive page: every byte is parsed into the DOM (any walk over the whole tree would
 * show), but only the first 200 entries are open; older years sit in closed <details>, as
 * archives do, so laying out megabytes of text does not drown the figure being measured.
 */
export function bigPage(bytes = 10 * 1024 * 1024): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    if (i > 0 && i % 2_000 === 200) parts.push(i > 200 ? '</ol></details><details><summary>Older entries</summary><ol>' : '</ol><details><summary>Older entries</summary><ol>');
    const item = `<li id="entry-${i}"><h3>Entry ${i}</h3><p>${GARDEN()} ${GARDEN()}</p></li>\n`;
    parts.push(item);
    size += item.length;
  }
  return page('Riverside allotment society: full newsletter archive', `<main><h1>Newsletter archive</h1><ol>${parts.join('')}</ol></details></main>`);
}

function demoArticle(): string {
  return readFileSync(join(DEMO_DIR, 'article.html'), 'utf8');
}

/** The demo article with on-topic paragraphs added until the story has about `words` words. */
export function matchingArticle(words = 5_000): string {
  const html = demoArticle();
  const article = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
  const padding = paragraphs(STORY, Math.max(0, words - wordCount(article))).join('\n');
  return html.replace('</article>', `${padding}\n</article>`);
}

/**
 * The demo article under an infinite-scroll feed that mentions companies. `__mdmMutate(ms, rate)`
 * makes `rate` changes a second (appends at the bottom, removals at the top once 100 items are
 * there) and resolves with the count; started by the bench, so the window is the bench's.
 */
export function mutatingArticle(): string {
  const script = `<script>
const ITEMS = ${JSON.stringify(FEED_ITEMS)};
window.__mdmMutate = (ms, rate) => new Promise((done) => {
  const feed = document.getElementById('feed');
  const start = performance.now();
  let changes = 0;
  const step = () => {
    const elapsed = Math.min(performance.now() - start, ms);
    for (const due = (rate * elapsed) / 1000; changes < due; changes++) {
      if (feed.childElementCount >= 100 && changes % 2) feed.firstElementChild.remove();
      else {
        const p = document.createElement('p');
        p.textContent = ITEMS[changes % ITEMS.length] + ' (item ' + changes + ')';
        feed.append(p);
      }
    }
    if (elapsed >= ms) done(changes);
    else setTimeout(step, 4);
  };
  step();
});
</script>`;
  return demoArticle()
    .replace('</article>', '<section id="feed" aria-label="Latest"></section>\n</article>')
    .replace('</body>', `${script}\n</body>`);
}

/** How long the still-loading article's last image takes to arrive (ms). */
export const STILL_LOADING_MS = 600;

/** Generated pages by path, memoised: the 10 MB page is built once, not per request. */
export function generatedPages(): Record<string, () => string> {
  const makers: Record<string, () => string> = {
    '/bench/unrelated-5000.html': () => unrelatedArticle(),
    '/bench/big-10mb.html': () => bigPage(),
    '/bench/article-5000.html': () => matchingArticle(),
    // As real news pages load: the DOM is complete long before the load event (images, ads).
    '/bench/article-5000-loading.html': () => matchingArticle().replace('</body>', `<img src="/slow/${STILL_LOADING_MS}" alt="">\n</body>`),
    '/bench/mutating.html': () => mutatingArticle(),
  };
  return Object.fromEntries(
    Object.entries(makers).map(([path, make]) => {
      let cached: string | undefined;
      return [path, () => (cached ??= make())];
    }),
  );
}
