// Credit lines: the wire and newsroom lines that list who reported, edited or supplied a story
// ("With input from CNN, CNBC, BBC, Amazon"). They name companies without being about them, so no
// badge goes there. One opening a line, with an example the test checks; compiled once below.

export const CREDIT_OPENINGS: readonly { opening: string; example: string }[] = [
  { opening: 'with input from', example: 'With input from CNN, CNBC, BBC, Amazon' },
  { opening: 'with reporting from', example: 'With reporting from Ana Lima in São Paulo' },
  { opening: 'reporting by', example: 'Reporting by Jane Doe in Seattle; Editing by John Roe' },
  { opening: 'additional reporting by', example: 'Additional reporting by Ana Lima; Editing by Mark Potter' },
  { opening: 'writing by', example: 'Writing by Ana Lima; Editing by Mark Potter' },
  { opening: 'editing by', example: 'Editing by Mark Potter and Amazon correspondent Sam Holt' },
  { opening: 'compiled by', example: 'Compiled by the business desk from Reuters and AP' },
  { opening: 'contributing:', example: 'Contributing: Ana Lima, USA TODAY' },
  { opening: 'mit material von', example: 'Mit Material von dpa und Reuters' },
  { opening: 'con información de', example: 'Con información de Reuters y EFE' },
  { opening: 'com informações d', example: 'Com informações da Reuters e do Valor' },
  { opening: 'avec afp', example: 'Avec AFP et Reuters' },
  { opening: 'fonte:', example: 'Fonte: ANSA, Reuters' },
  { opening: 'bron:', example: 'Bron: ANP, Reuters' },
];

/** "… contributed to this report" closes many US stories. */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\b/i;
/** A credit is one short line; a long paragraph opening with "Reporting by" is the story itself. */
const MAX_CREDIT_CHARS = 300;

export function isCreditLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim().replace(/^[([—–-]\s*/, '').toLowerCase();
  if (!line || line.length > MAX_CREDIT_CHARS) return false;
  return CREDIT_OPENINGS.some(({ opening }) => line.startsWith(opening)) || CONTRIBUTED.test(line);
}
