// Numbers a story spells out, in each language we read: "twenty-seven", "three hundred", "quatro mil",
// "vierduizend", "duemila", "douze". Most counts of jobs are written in digits; these are the rest.
import type { Lang } from './vocab/define';

/** Each language's words for 1–19 (those a story spells) and the tens, one "word value" a pair; none that is also an
 * everyday word before a job noun (Italian "sei", "you are": "Se sei dipendente…"). */
const UNITS: Record<Lang, string> = {
  en: 'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90',
  de: 'zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12 fünfzehn 15 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90',
  nl: 'twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10 elf 11 twaalf 12 vijftien 15 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 tachtig 80 negentig 90',
  fr: 'deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 quinze 15 vingt 20 trente 30 quarante 40 cinquante 50 soixante 60',
  es: 'dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12 quince 15 veinte 20 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90',
  it: 'due 2 tre 3 quattro 4 cinque 5 sette 7 otto 8 nove 9 dieci 10 undici 11 dodici 12 quindici 15 venti 20 trenta 30 quaranta 40 cinquanta 50 sessanta 60 settanta 70 ottanta 80 novanta 90',
  pt: 'dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11 doze 12 quinze 15 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 oitenta 80 noventa 90',
};
/** Hundreds and thousands; a thousand word may stand alone ("mille postes", "a thousand jobs"), a hundred word not
 * ("pour cent", "per cento" are per cent). */
const HUNDREDS: Record<Lang, string> = { en: 'hundred', de: 'hundert', nl: 'honderd', fr: 'cent cents', es: 'cien cientos', it: 'cento', pt: 'cem' };
const THOUSANDS: Record<Lang, string> = { en: 'thousand', de: 'tausend', nl: 'duizend', fr: 'mille', es: 'mil', it: 'mila mille', pt: 'mil' };

const pairs = (list: string): [string, number][] => {
  const parts = list.split(' ');
  return parts.flatMap((word, i) => (i % 2 === 0 ? [[word, Number(parts[i + 1])] as [string, number]] : []));
};
const LANGS = Object.keys(UNITS) as Lang[];
/** Every language's words with their values, for reading a matched number back. */
const VALUES = new Map<string, { value: number; scale: boolean }>([
  ...LANGS.flatMap((l) => pairs(UNITS[l]).map(([w, value]) => [w, { value, scale: false }] as const)),
  ...LANGS.flatMap((l) => HUNDREDS[l].split(' ').map((w) => [w, { value: 100, scale: true }] as const)),
  ...LANGS.flatMap((l) => THOUSANDS[l].split(' ').map((w) => [w, { value: 1_000, scale: true }] as const)),
]);
/** Longest first, so "seventeen" is not read as "seven". */
const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

/** A pattern (one capture group) for a spelled number in these languages, a whole word: a unit or two ("twenty-seven",
 * "vingt cinq"), then a hundred or thousand word, glued or apart ("vierduizend", "quatro mil"); or a thousand word alone. */
export function numberWordsSource(langs: readonly Lang[]): string {
  const units = byLength(langs.flatMap((l) => pairs(UNITS[l]).map(([w]) => w)));
  const scales = byLength(langs.flatMap((l) => [...HUNDREDS[l].split(' '), ...THOUSANDS[l].split(' ')]));
  const thousands = byLength(langs.flatMap((l) => THOUSANDS[l].split(' ')));
  return String.raw`(?<![\p{L}])((?:${units})(?:[\s-]?(?:${units}))?(?:[\s-]?(?:${scales}))?|${thousands})(?![\p{L}])`;
}

/** The value of a number numberWordsSource matched: units add up, a hundred or thousand word multiplies what came
 * before it ("three hundred" 300, "vierduizend" 4,000, "mil" 1,000); null for anything else. */
export function numberWordValue(text: string): number | null {
  const s = text.toLowerCase();
  let total = 0, at = 0;
  while (at < s.length) {
    if (/[\s-]/.test(s[at]!)) { at++; continue; }
    let word = '';
    for (const w of VALUES.keys()) if (w.length > word.length && s.startsWith(w, at)) word = w;
    const v = VALUES.get(word);
    if (!v) return null;
    total = v.scale ? (total || 1) * v.value : total + v.value;
    at += word.length;
  }
  return total > 0 ? total : null;
}
