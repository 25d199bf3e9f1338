// Legal forms: taken off a registered name at build time ("AMAZON COM INC" -> "AMAZON.COM"), and
// read after a name at run time, where they say the word before them is a company.

const LEGAL_TAIL =
  /[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.l\.c|l\.?p|ag|se|n\.?\s?v|b\.?\s?v|s\.?\s?a(?:\.?\s?b)?(?:\.?\s?de\s?c\.?\s?v)?|s\.?\s?p\.?\s?a|gmbh|ab|asa|oyj|a\/s|kgaa|aktiengesellschaft|pte|pty|adr|sponsored adr)\.?$/i;
const SEC_TAIL = /\s*[/\\]\s*[A-Z]{1,5}\s*[/\\]?\s*$/i; // "/DE/", "/NEW/", "/FI", "/ADR"

/** A legal form as a token of the page (the tokenizer drops a final dot: "N.V", "Inc"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Ltd', 'Limited', 'plc', 'PLC', 'Plc', 'LLC', 'LLP', 'AG', 'SE', 'N.V', 'NV', 'B.V',
  'S.A', 'SA', 'S.A.B', 'SpA', 'S.p.A', 'GmbH', 'AB', 'ASA', 'Oyj', 'KGaA',
]);
/** In a line of capitals: "AMAZON.COM, INC.". */
const UPPER_FORMS = new Set(['INC', 'CORP', 'CORPORATION', 'LTD', 'LIMITED', 'LLC', 'LLP', 'GMBH', 'SPA', 'S.P.A', 'OYJ']);

export const isLegalForm = (raw: string): boolean => LEGAL_FORMS.has(raw) || UPPER_FORMS.has(raw);

/** Short forms that are also abbreviations ("New York AG Letitia James", "SE Asia"): a legal form only
 * when no capitalised word follows. */
export const SHORT_FORMS: ReadonlySet<string> = new Set(['AG', 'SE', 'SA', 'NV', 'AB', 'ASA']);

export function cleanLegal(name: string): string {
  let s = name.replace(/\s*\([^)]*\)$/, '').replace(SEC_TAIL, '').trim();
  for (let i = 0; i < 4; i++) {
    const next = s.replace(LEGAL_TAIL, '').replace(/[\s,&]+$/, '').trim();
    if (next === s) break;
    s = next;
  }
  s = s.replace(/^the\s+/i, '').replace(/\s+COM$/i, '.com');
  return s;
}

