// Which of the languages we read a page is in: the share of each language's most common short
// words in the opening text. The page's declared lang decides only when the text cannot
// (too short, or no language stands out); a page in a language we do not read gives null.
import { LANGS, type Lang } from './vocab/define';

// Each language's most common words, those it shares least with the others first.
const FUNCTION_WORDS: Record<Lang, string> = {
  en: 'the and of to in is that for with was on it as are by its has have at from will said were this which be their after ' +
    'an or but not they he she we our you would could been more about than who also into over new can its there what when',
  de: 'der die das und ist nicht mit von den dem ein eine auch sich auf für bei wird werden hat nach wie aus zu im des sind ' +
    'sie er es wir noch nur oder aber als wurde wurden bis rund weil sagte soll sollen will kann einen einer zum zur vor über mehr',
  fr: 'le la les des et est une un du dans pour que qui pas sur au avec par plus ce sont aux ont été cette il elle ' +
    'ne se son sa ses leur leurs mais ou être a ainsi selon entre depuis déjà fait après chez dont lors sera nous vous de à l d qu va',
  es: 'el la los las de y que en un una por con para del se es al lo como más pero sus ha este esta fue son ' +
    'su sin sobre también entre ya hasta desde está están muy según después le les era hay cuando donde porque a',
  nl: 'de het een en van is dat op te in voor niet met zijn die er ook aan bij om wordt worden door naar heeft nog ' +
    'hij zij wij maar als dan tot uit over kan zal moet werd meer geen wel deze dit haar hun bij omdat volgens',
  it: 'il la di che e è per un una del della dei le gli con non sono nel alla al da si più anche ha questo ' +
    'lo nella delle degli ai dalla sulla suo sua loro ma come essere stato stati dopo tra fra ancora già perché secondo l dell all nell a',
  pt: 'o a os as de e que do da dos das em um uma para com não no na por mais se é foi ao pelo ' +
    'pela seu sua seus suas nos nas mas como também entre após ainda já está são foram ser muito segundo quando onde à às',
};

/** Each function word and the languages it belongs to (indexes into LANGS): one lookup a word. */
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of new Set(FUNCTION_WORDS[lang].split(' '))) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), i]);
});
/** A short common word of one of our languages ("der", "een", "the"), in lower case. */
export const isFunctionWord = (word: string): boolean => WORD_LANGS.has(word);

const SAMPLE_WORDS = 600;
/** Below this share of function words, the text is not clearly in any language we read. */
const MIN_SHARE = 0.1;
/** The winner must beat the runner-up by this factor for the text alone to decide. */
const MARGIN = 1.25;

const isOurs = (code: string): code is Lang => (LANGS as readonly string[]).includes(code);

const WORD = /\p{L}+/gu;

function scores(text: string): { lang: Lang; share: number }[] {
  const sample = text.slice(0, 6_000).toLowerCase();
  const counts = LANGS.map(() => 0);
  let words = 0;
  WORD.lastIndex = 0;
  // The first words only: the rest of the sample is not split for nothing.
  for (let m = WORD.exec(sample); m && words < SAMPLE_WORDS; m = WORD.exec(sample)) {
    words++;
    const langs = WORD_LANGS.get(m[0]);
    if (langs) for (const i of langs) counts[i]!++;
  }
  if (words < 8) return [];
  return LANGS.map((lang, i) => ({ lang, share: counts[i]! / words })).sort((a, b) => b.share - a.share);
}

/** The page's language among those we read, or null for any other language. */
export function detectLanguage(declared: string | undefined, text: string): Lang | null {
  const code = declared?.trim().toLowerCase().slice(0, 2) ?? '';
  const ranked = scores(text);
  const [best, second] = ranked;
  if (best && best.share >= MIN_SHARE && best.share >= (second?.share ?? 0) * MARGIN) return best.lang;
  if (isOurs(code)) return code;
  if (code) return null;
  // Nothing declared and nothing clear: too short to tell is read as English; a clear other script is not.
  if (!best) return 'en';
  return best.share >= MIN_SHARE / 2 ? best.lang : null;
}
