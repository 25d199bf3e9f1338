// Which sources may back a shown figure: the company's own filing, report or release. A filing's
// kind counts only on SEC EDGAR (with its accession number), the company's own site or its
// investor-relations CDN (its `sites`), or a newswire's own site. News and data sites never back a figure.
import type { Source, SourceKind } from './types';

/** Newswires' own sites: the company's release as it issued it. (A company's own hosts are in its `sites`.) */
export const NEWSWIRES: readonly string[] = ['prnewswire.com', 'globenewswire.com', 'businesswire.com', 'newsfilecorp.com'];

const PRIMARY_KINDS: ReadonlySet<SourceKind> = new Set(['10-K', '20-F', '10-Q', 'annual-report', 'DEF 14A', '8-K', 'press-release']);

export function isPrimaryKind(kind: SourceKind): boolean {
  return PRIMARY_KINDS.has(kind);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const onList = (host: string, list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

/** Why a figure's source is not the company's own document, or null when it is. */
export function notPrimary(source: Source, ownHosts: readonly string[] = []): string | null {
  if (!isPrimaryKind(source.kind)) return `a ${source.kind} page is not the company's own filing or release`;
  const host = hostOf(source.url);
  if (host === 'sec.gov') return source.accession ? null : 'an SEC page cited without its accession number';
  if (onList(host, NEWSWIRES) || onList(host, ownHosts)) return null;
  return `${host} is not the company's site, SEC EDGAR or a newswire`;
}
