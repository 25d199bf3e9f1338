// The name index (lib/data/names.json) and the open-world matcher over it: the committed index is
// what the identity lists produce; names are found in their real-world spellings; a company's
// brands count for it; companies outside the dataset get stable keys; hostile pages stay bounded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companyIdentities } from '../../lib/data';
import type { CompanyIdentity } from '../../lib/data/types';
import { buildIndexText, INDEX_FILE } from '../../lib/cli/names-build';
import { companyMatcher, findMentions, type Mention } from '../../lib/detect/companies';
import { splitSentences } from '../../lib/detect/sentences';
import { decodeEntity, encodeEntity } from '../../lib/names/format';
import { MAX_TOKENS, nameMatcher, findNames } from '../../lib/names/match';
import { tokenize } from '../../lib/names/tokens';

const identities = companyIdentities();
const matcher = companyMatcher(identities);
/** The index alone, as if the dataset had no company: what the lists recognise, whatever the dataset holds. */
const bare = companyMatcher([]);
const find = (text: string, m = matcher): Mention[] => findMentions(splitSentences('', text), m);
const named = (text: string): string[] => [...new Set(find(text, bare).map((m) => m.name))];

describe('the committed name index', () => {
  it('is what npm run names:build makes of the lists in ../shared/data/bulk', async () => {
    expect(readFileSync(INDEX_FILE, 'utf8') === (await buildIndexText()), 'run `npm run names:build`').toBe(true);
  }, 120_000);

  it('round-trips an entity line', () => {
    const line = '1018724\tAmazon\tNASDAQ:AMZN\t\tUnited States\t=~w|Amazon.com';
    expect(encodeEntity(decodeEntity(line))).toBe(line);
    expect(decodeEntity(`org:indeed\tIndeed\t\t\tUnited States\t=~w\towned`)).toMatchObject({ key: 'org:indeed', cik: null, owned: true });
  });
});

describe('tokens', () => {
  it('keeps "&" and dots inside names, drops possessives, folds accents and case', () => {
    expect(tokenize("AT&T's Crypto.com Nestlé AMAZON.COM, INC.").map((t) => [t.raw, t.key, t.possessive])).toEqual([
      ['AT&T', 'at&t', true], ['Crypto.com', 'cryptocom', false], ['Nestlé', 'nestle', false],
      ['AMAZON.COM', 'amazoncom', false], ['INC', 'inc', false],
    ]);
  });
});

describe('open-world recognition', () => {
  it('finds companies outside the dataset, with stable keys and no dataset id', () => {
    const ms = find('Coinbase, Upwork and Crypto.com laid off staff. Ocado said robots would replace 500 workers.', bare);
    expect(ms.map((m) => m.name)).toEqual(['Coinbase', 'Upwork', 'Crypto.com', 'Ocado']);
    expect(ms.map((m) => m.id)).toEqual(['cik:1679788', 'cik:1627475', 'org:cryptocom', 'org:ocado']);
    expect(ms.every((m) => m.datasetId === null)).toBe(true);
  });

  it('gives dataset companies their dataset id, and only them', () => {
    expect(find('Salesforce said it would cut 4,000 support roles.')).toMatchObject([{ id: 'salesforce', datasetId: 'salesforce' }]);
    const inData = new Set(identities.map((c) => c.id));
    for (const m of find('Coinbase, Upwork, Crypto.com, Ocado and Grab Holdings laid off staff.')) {
      expect(m.datasetId === null || inData.has(m.datasetId), m.term).toBe(true);
      expect(m.id.includes(':'), m.term).toBe(m.datasetId === null);
    }
  });

  it('reads legal forms, filing capitals and possessives', () => {
    expect(find('AMAZON.COM, INC. filed its annual report.')[0]).toMatchObject({ id: 'amazon' });
    expect(find("Amazon's chief executive wrote to staff.")[0]).toMatchObject({ id: 'amazon', term: 'Amazon', how: 'context' });
    expect(find('Snap Inc. cut 10% of its workforce.', bare)[0]).toMatchObject({ name: 'Snap', how: 'suffix' });
    expect(find('Grab Holdings Ltd said so.', bare)[0]).toMatchObject({ name: 'Grab' });
  });

  it('shows a registrant filed in capitals with its short words as words ("BANK OF NOVA SCOTIA")', () => {
    expect(find('Bank of Nova Scotia is cutting 3 per cent of its global work force.', bare)[0]).toMatchObject({ name: 'Bank of Nova Scotia' });
  });
  it('reads tickers, known or not', () => {
    expect(find('Shares of NASDAQ: AMZN rose.')).toMatchObject([{ id: 'amazon', how: 'ticker' }]);
    expect(find('Coinbase Global (NASDAQ: COIN) said it would cut staff.', bare)).toMatchObject([{ name: 'Coinbase', how: 'ticker' }]);
    // An exchange no list covers: the name before the ticker is the company.
    expect(find('Standard Chartered (LSE: STAN) will cut jobs as AI takes over back-office work.', bare))
      .toMatchObject([{ id: 'org:standard-chartered', name: 'Standard Chartered', how: 'ticker' }]);
    // A ticker we know under another name is not trusted beside an unknown one.
    expect(named('Ridgeline Insurance Group (NYSE: RIG) today announced a plan.')).toEqual(['Ridgeline Insurance Group']);
  });

  it('reads names with "&", dots and accents, and unknown names with a legal form', () => {
    expect(named('AT&T said it would replace call-centre staff with AI.')).toEqual(['AT&T']);
    expect(named('Telefónica announced cuts. So did Telefonica Brasil.')).toContain('Telefonica');
    expect(named('Commerzbank AG plans to cut 3,900 jobs.')).toEqual(['Commerzbank']);
    expect(named('Société Générale SA is cutting back-office roles.')).toEqual(['Société Générale']);
    expect(named('McKinsey & Company reduced headcount; Baker McKenzie LLP is cutting business services roles.'))
      .toEqual(['McKinsey & Company', 'Baker McKenzie']);
    // A sentence's article in another language is not the first word of a longer name.
    expect(find('Die Lufthansa hatte am Montag mitgeteilt, dass 4.000 Stellen wegfallen sollen.').map((m) => m.name)).toEqual(['Lufthansa']);
    // An attorney general is no legal form.
    expect(named('New York AG Letitia James sued the company.')).toEqual([]);
    // "Co" as the lists write it, not a county's "Co" before its name.
    expect(find('Fukoku Mutual Life Insurance Co believes it will increase productivity by 30 percent.', bare).map((m) => m.name)).toEqual(['Fukoku Mutual Life Insurance']);
    expect(named('Staff at the Durham Co Durham depot were told.')).toEqual([]);
  });

  it('reads a name whose first word German declines after an article ("der Deutschen Bank", "der Deutschen Telekom")', () => {
    expect(find('John Cryan, Vorstandsvorsitzender der Deutschen Bank.').map((m) => m.name)).toEqual(['Deutsche Bank']);
    expect(find('Die US-Tochter der Deutschen Telekom streicht 5.000 Stellen.').map((m) => m.name)).toContain('Deutsche Telekom');
  });

  it('reads a name after a count, the count no part of it ("Some 6000 NAB employees will be made redundant")', () => {
    expect(find('Some 6000 NAB employees will be made redundant over the next three years as the bank simplifies its structure.').map((m) => m.id)).toEqual(['nab']);
  });

  it('reads a name whose first word says what the company is with the rest in lower case, as French writes it ("la Société générale")', () => {
    const ids = (text: string) => find(text).map((m) => m.id);
    expect(ids('Jeudi 22 janvier, la Société générale a annoncé la suppression de 1 800 postes en France d’ici à fin 2027.')).toEqual(['societe-generale']);
    // Not a name's first word in lower case: "la société générale" is any general company.
    expect(ids('Une société générale de services a annoncé des suppressions de postes.')).toEqual([]);
  });

  it("counts the dataset's own brands for their owner, and names other subsidiaries as themselves beside it", () => {
    const owner = (text: string) => find(text).map((m) => [m.term, m.id]);
    expect(owner('AWS and Zappos were hit.')).toEqual([['AWS', 'amazon'], ['Zappos', 'amazon']]);
    expect(owner('Instagram and YouTube creators reacted.')).toEqual([['Instagram', 'meta'], ['YouTube', 'alphabet']]);
    // LinkedIn's cuts are not Microsoft's: its own company, its owner named, no figures of Microsoft's.
    expect(find('LinkedIn Corporation said it would cut 281 jobs.')[0]).toMatchObject({ name: 'LinkedIn', datasetId: null, parent: 'Microsoft' });
    // So is a subsidiary found by context or by the page, not only by its distinctive name: "HarperCollins" is not
    // News Corp.
    const harper = find('Book publisher HarperCollins said it will translate its Harlequin novels using AI.');
    expect(harper.map((m) => [m.term, m.name, m.datasetId])).toEqual([['HarperCollins', 'HarperCollins', null], ['Harlequin', 'Harlequin', null]]);
    expect(harper[0]?.parent).toBeTruthy();
  });

  it('knows a company by its registered name and its everyday one as one company', () => {
    const ids = (text: string) => find(text).map((m) => m.id);
    expect(ids('Bank of Nova Scotia (BNS-T) is cutting 3 per cent of its global work force.')).toEqual(['scotiabank']);
    expect(ids('Scotiabank said the cuts reflect automation.')).toEqual(['scotiabank']);
    expect(ids('The plant in Nova Scotia will close.')).toEqual([]);
  });

  it('does not read a known word inside a longer unknown name', () => {
    expect(named('Sumitomo Mitsui Banking Corporation will not replace branch clerks.')).toEqual(['Sumitomo Mitsui Banking']);
    expect(named('Drew Houston, Dropbox co-founder and CEO, wrote to staff.')).toEqual(['Dropbox']);
  });

  it('follows the dataset: a company it adds with a CIK takes over that name', () => {
    const grab: CompanyIdentity & { cik: number } = {
      id: 'grab', name: 'Grab Holdings Limited', short: 'Grab', aliases: ['GrabFood'], ambiguous_aliases: ['Grab'], tickers: [], cik: 1855612,
    };
    const m = nameMatcher([...identities, grab]);
    const found = findNames(splitSentences('', 'Grab Holdings cut 1,000 jobs. GrabFood riders were told.'), m);
    expect(found.map((x) => [x.term, x.id, x.datasetId])).toEqual([['Grab Holdings', 'grab', 'grab'], ['GrabFood', 'grab', 'grab']]);
  });
});

describe('hostile pages', () => {
  it('a page naming 40 companies and a link list: each found once per mention, nothing thrown', () => {
    const names = ['Coinbase', 'Upwork', 'Freshworks', 'Ocado', 'HSBC', 'Salesforce', 'Microsoft', 'Intel', 'Cisco', 'Dell'];
    const links = Array.from({ length: 40 }, (_, i) => `${names[i % names.length]} shares slide after results ${i}`).join('\n');
    const ms = find(links);
    expect(ms.length).toBe(40);
  });

  it('a 10 MB page is read only up to the token cap', () => {
    const huge = 'Coinbase said it would cut staff. '.repeat(300_000);
    const ms = findNames([{ text: huge, index: 0 }], matcher);
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.length).toBeLessThanOrEqual(MAX_TOKENS);
  });

  it('odd input: empty, symbols only, unpaired surrogates, long tokens', () => {
    for (const text of ['', '&&&& .... ,,,,', '\ud800 Coinbase \udfff', 'x'.repeat(100_000), '(NYSE: )', 'Inc. Inc. Inc.']) {
      expect(() => find(text)).not.toThrow();
    }
    expect(find('Inc. Inc. Inc.')).toEqual([]);
  });
});
