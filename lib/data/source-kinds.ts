// Which kind of page a source URL is. The seed labelled some copies of filings on summary sites
// as "8-K" or "DEF 14A"; a filing's kind is kept only when the page is the filer's own (SEC EDGAR,
// the company's site or its investor-relations CDN, a newswire's own site). Copies and summaries
// elsewhere are 'data-site' (tables, filing mirrors) or 'news' (articles).
import type { SourceKind } from './types';

export const PRIMARY_HOSTS: readonly string[] = [
  'sec.gov',
  // company sites and their investor-relations CDNs
  'investors.ups.com', 'intc.com', 'hpannualmeeting.com', 'microsoft.com', 'report.lufthansagroup.com',
  'recruit-holdings.com', 'atlassian.com', 'd18rn0p25nwr6d.cloudfront.net', 'd13iavm24b37u0.cloudfront.net',
  // newswires' own sites
  'prnewswire.com', 'globenewswire.com', 'businesswire.com', 'newsfilecorp.com', 'einpresswire.com',
];

/** Financial data sites, filing mirrors and machine summaries of filings. */
export const DATA_SITES: readonly string[] = [
  'stock-analysis-on.net', 'stockanalysis.com', 'stocktitan.net', 'fintool.com', 'monexa.ai', 'reportify.ai',
  'beatandraise.com', 'github.com', 'samay58.github.io', 'archive.fast-edgar.com', 'advfn.com', 'capedge.com',
  'filingradar.com', 'finboard.net', 'metricduck.com', 'zacks.com', 'secwatch.observer', 'bullfincher.io',
  'stockopedia.com', 'finvincio.com', 'app.edgar.tools', 'edgar-online.com', 'heaver.pics', 'way2wealth.com',
  'progressiveshares.com', 'quarterlytics.com', 'round-lake.dustinice.workers.dev', 'modeledge.ai', 'vdocuments.site',
  'captide.ai', 'equityanalystai.com', '0deepresearch.com', 'marketinference.com', 'research-tree.com',
  'alpha-sense.com', 'statista.com', 'barchart.com', 'financialcontent.com', 'ariva.de', 'markets.ft.com',
  'markets-data-api-proxy.ft.com', 'markets.ft.markitdigital.com', 'stockwatch.com', 'marketminute.com',
  'marketscreener.com', 'ttmblog.com', 'assetroom.net', 'quartergate.org', 'ainvest.com', 'pubt.io',
  'valuethemarkets.com', 'simplywall.st',
];

const PRIMARY_KINDS: ReadonlySet<SourceKind> = new Set(['10-K', '20-F', '10-Q', 'annual-report', 'DEF 14A', '8-K', 'press-release']);

export function isPrimaryKind(kind: SourceKind): boolean {
  return PRIMARY_KINDS.has(kind);
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const onList = (host: string, list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

/** The kind to record for a page, given the kind the seed claimed for it. */
export function sourceKindFor(url: string, claimed: SourceKind): SourceKind {
  const host = hostOf(url);
  if (onList(host, PRIMARY_HOSTS)) return claimed;
  if (onList(host, DATA_SITES)) return 'data-site';
  return isPrimaryKind(claimed) ? 'news' : claimed;
}
