// One normal form for company names, shared by the build (matching tracker rows to companies)
// and the lookup (layoffHistory): case, accents, punctuation and legal suffixes do not count.
const LEGAL = /\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|ag|se|sa|nv|bv|gmbh|asa|ab|oyj|spa|holdings?|group)\b/g;

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\.(?=[a-z])/g, '') // "N.V." → "nv", "S.A." → "sa"; "booking.com" → "bookingcom"
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL, ' ')
    .replace(/^the\b/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
