// SEC EDGAR citations: a filing's folder URL and the kind of page a form is.
import type { SourceKind } from '../types';

/** https://www.sec.gov/Archives/edgar/data/<CIK>/<accession without dashes>/ */
export function filingUrl(cik: number, accession: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/`;
}

/** The accession in an EDGAR archive URL, "…/edgar/data/1018724/000101872426000004/R2.htm" → "0001018724-26-000004". */
export function accessionInUrl(url: string): string | undefined {
  const m = /sec\.gov\/Archives\/edgar\/data\/\d+\/(\d{10})(\d{2})(\d{6})\b/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The kind of an SEC form; amendments and the Canadian 40-F keep their exact form beside it. */
export function kindOfForm(form: string): SourceKind | null {
  const base = form.replace(/\/A$/, '');
  if (base === '10-K' || base === '10-KT') return '10-K';
  if (base === '20-F' || base === '40-F') return '20-F';
  if (base === '10-Q') return '10-Q';
  if (base === '8-K') return '8-K';
  if (base === 'DEF 14A') return 'DEF 14A';
  return null;
}
