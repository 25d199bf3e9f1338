// Whether the labeller's name for a company and ours are the same company (for the eval and the labelled-pages test).

/** Lower case, no accents, no legal suffixes or punctuation: "Nestlé S.A." and "Nestle" agree. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(?:inc|corp|corporation|co|ltd|limited|plc|ag|se|sa|nv|n\.v|s\.a|group|holdings?|the)\b\.?/g, ' ')
    // Leading articles: "de Volksbank", "Le Figaro", "Die Zeit"; and a leading word for the kind of group in a Romance
    // language: "Banco Sabadell" is Sabadell, "Groupe TVA" is TVA.
    .replace(/^\s*(?:de|het|la|le|les|el|il|lo|die|der|das|o|a)\s+/, '')
    .replace(/^\s*(?:banco|groupe|grupo|gruppo)\s+(?=\S)/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words initials may leave out: "RBS" is the Royal Bank of Scotland (and "BOQ" the Bank of Queensland). */
const CONNECTORS = new Set(['of', 'and', 'de', 'der', 'des', 'du', 'van', 'von', 'y', 'e', 'et', 'und']);

/** The labeller's name and ours name the same company. */
export function sameCompany(a: string, b: string): boolean {
  const x = normaliseName(a), y = normaliseName(b);
  if (!x || !y) return false;
  // "StackOverflow" and "Stack Overflow": one name written joined or apart.
  if (x === y || x.replace(/ /g, '') === y.replace(/ /g, '')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // "NAB" and "National Australia Bank", "IBM" and "International Business Machines".
  const initialsOf = (words: string[]) => words.map((w) => w[0]).join('');
  const words = long.split(' ');
  const initials = [initialsOf(words), initialsOf(words.filter((w) => !CONNECTORS.has(w)))];
  if (!short.includes(' ')) return long.startsWith(`${short} `) || (short.length >= 2 && initials.includes(short));
  // A one-word name is the longer name's first word ("Allianz" and "Allianz Partners"), never a
  // later one ("Post Holdings" is not "The Washington Post"); a longer name may sit anywhere in it.
  return (` ${long} `).includes(` ${short} `);
}

