// What the background analyses once it has been idle a while after starting, so that the reader's
// first story does not pay for the detector's cold code. The one-sentence warm-up it runs at once
// (lib/page-result.ts, WARM_UP: an unknown company, no figures) leaves most of it cold: the first
// 5,000-word article after it took 120–250 ms in a fresh Node process, 60–100 ms after this story
// too, which costs ~70 ms. Measured in Chromium with the background stopped before each load (the
// bench's "asleep" rows), running it at once gained nothing clear: the page's story arrives before
// the warm-up is done. The result is thrown away; tests/unit/warm-up.test.ts checks that the story
// still takes the whole way. Each other language's vocabulary is compiled the first time a page in it
// comes (5–30 ms each in Node under load): one headline a language warms those too.
import type { PageInput } from '../page/types';

export const WARM_UP_STORY: PageInput = {
  url: '',
  title: 'Amazon to cut about 14,000 corporate jobs as it bets on AI',
  kind: 'news',
  lang: 'en',
  published: '2025-10-28',
  text: [
    'Amazon to cut about 14,000 corporate jobs as it bets on AI',
    'SEATTLE — Amazon said on Tuesday that it will eliminate roughly 14,000 corporate jobs, about 4% of its office staff, as artificial intelligence lets it run with fewer layers.',
    'The cuts were announced in a memo from the head of human resources. "We need to be organized more leanly," the memo said, adding that generative AI tools now handle work that teams did by hand.',
    'Most affected employees will get 90 days to find another role; the others will receive severance pay. The reductions touch devices, advertising and Amazon Web Services, people familiar with the plans said.',
    'The company reported operating income of $68.6 billion for 2024, up from $36.9 billion a year earlier, and expects to spend more than $100 billion this year on data centres.',
    'Microsoft and Google have also trimmed teams this year. Analysts at Morgan Stanley said automation could replace up to 30 percent of some back-office roles by 2027.',
    'Chief executive Andy Jassy wrote in June that the corporate workforce would likely shrink over the next few years as AI agents take over routine tasks.',
  ].join('\n\n'),
};

/** One AI-layoff headline in each other language the detector reads, for its vocabulary. */
export const WARM_UP_HEADLINES: PageInput[] = [
  ['de', 'Die Bank streicht 3.900 Stellen wegen künstlicher Intelligenz'],
  ['fr', "La banque supprime 900 postes à cause de l'intelligence artificielle"],
  ['es', 'La empresa recorta 500 empleos por la inteligencia artificial'],
  ['nl', 'De bank schrapt 900 banen omdat AI het werk overneemt'],
  ['it', "Il gruppo taglia 900 posti di lavoro a causa dell'intelligenza artificiale"],
  ['pt', 'A empresa corta 500 vagas por causa da inteligência artificial'],
].map(([lang, title]) => ({ url: '', title: title!, text: title!, kind: 'news', lang: lang! }));
