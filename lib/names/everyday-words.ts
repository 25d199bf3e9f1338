// Everyday words of the languages we read beyond the English dictionary: months, weekdays, the
// words for "first" and function words. A name that is one of them ("Juni", the fintech, in
// "bereits im Juni") needs company context like "Target" does, and a capitalised one opening a
// sentence is never a name no list knows ("Een Japanse verzekeraar…"). English words come from the
// dictionary at build time.
import { isFunctionWord } from '../detect/language';

// One language a line: months, then weekdays.
const CALENDAR = `
en january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday
de januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
fr janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
es enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo
nl januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
it gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
pt janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro segunda terça quarta quinta sexta sábado domingo
`;

// One language a line: the words for "first", which open headlines ("Primer despido colectivo…").
const ORDINALS = `
en first
de erste erster erstes
fr premier première
es primer primera primero
nl eerste
it primo prima
pt primeiro primeira
`;

const LISTED = new Set([CALENDAR, ORDINALS].flatMap((list) => list.trim().split('\n').flatMap((line) => line.split(' ').slice(1))));

/** A month, weekday, word for "first" or function word of a language we read, in any case. */
export function isEverydayWord(word: string): boolean {
  const w = word.toLowerCase();
  return LISTED.has(w) || isFunctionWord(w);
}
