// Company recognition: names, legal names, aliases, tickers, and ordinary words that are not companies.
import { describe, expect, it } from 'vitest';
import { companyIdentities } from '../../lib/data';
import { companyMatcher, findMentions } from '../../lib/detect/companies';
import { splitSentences } from '../../lib/detect/sentences';
import { analyze } from '../../lib/detect';

const ids = companyIdentities();
const found = (text: string): string[] =>
  [...new Set(findMentions(splitSentences('', text), companyMatcher(ids)).map((m) => m.id))];

describe('company recognition', () => {
  it('maps names, legal names, subsidiaries and tickers to dataset ids', () => {
    expect(found('Amazon.com Inc said AWS would grow.')).toEqual(['amazon']);
    expect(found('Salesforce (NYSE: CRM) reported results.')).toEqual(['salesforce']);
    expect(found('Shares of NASDAQ: AMZN rose.')).toEqual(['amazon']);
    expect(found('Google parent Alphabet said so.')).toEqual(['alphabet']);
    expect(found('Wells Fargo & Co. is weighing cuts.')).toEqual(['wells-fargo']);
  });
  it('reads a dataset company\'s acronym written as a name ("Sap", "Ibm") only where context or structure confirms it', () => {
    expect(found('Il gruppo Sap ha annunciato tagli.')).toEqual(['sap']);
    expect(found('Una goccia di sap.')).toEqual([]);
    expect(found('The maple Sap flows in spring.')).toEqual([]);
  });
  it('reads two capitalised words in a Title Case headline as the longer name the page\'s sentences make of them', () => {
    // "Post" is Post Holdings' name; "the Washington Post" in a sentence says the headline's words are one name too.
    expect(found('Washington Post Cuts One Third of Staff\n\nOne of the most legendary names in the business, the Washington Post, announced it is cutting a third of its staff.')).toEqual([]);
    expect(found('Washington Post Cuts One Third of Staff')).toEqual(['cik:1530950']);
  });
  it('reads no word of a line in capitals as a company no dataset holds, without context', () => {
    expect(found('A TIKTOK È PARTITA LA “GRANDE SOSTITUZIONE” – IL SOCIAL NETWORK CINESE HA LICENZIATO 150 ADDETTI')).toEqual(['bytedance']);
  });
  it('reads a name before a Reuters instrument code as a listed company, the code not part of its name', () => {
    expect(found('27. Jan (Reuters) - Pinterest PINS.N sagte am Dienstag, dass es seine Belegschaft reduzieren wird.')).toEqual(['pinterest']);
    // An ordinary word is a company with the code after it, not without.
    expect(found('Il gruppo Meta META.O ha annunciato tagli.')).toEqual(['meta']);
    expect(found('Die Meta sagte nichts.')).toEqual([]);
    // …and when the code lost its space to the name, as copied wire text often has it.
    expect(found('San Francisco, 28. Okt (Reuters) - Der Tech-Riese AmazonAMZN.O streicht rund 14.000 Stellen in seiner Verwaltung.')).toEqual(['amazon']);
    expect(found('Il gruppo MetaMETA.O ha annunciato tagli.')).toEqual(['meta']);
  });
  it('reads a name of its own shape that starts in lower case ("eBay"), though the filings spell it "EBAY INC"', () => {
    const names = (text: string) => findMentions(splitSentences('', text), companyMatcher(ids)).map((m) => m.name);
    expect(names('eBay plant die Streichung von 1.000 Arbeitsplätzen.')).toEqual(['eBay']);
  });
  it('reads the company in a German compound of its name ("SAP-Chef", "Lufthansa-Konzern")', () => {
    const names = (text: string) => findMentions(splitSentences('', text), companyMatcher(ids)).map((m) => m.name);
    expect(names('SAP-Chef Christian Klein kündigte den Umbau an.')).toEqual(['SAP']);
    expect(found('Der Amazon-Konzern streicht Stellen.')).toEqual(['amazon']);
    // The compound is company context for a name that is also a word; other compounds are not split.
    expect(found('Der Meta-Konzern streicht Stellen.')).toEqual(['meta']);
    expect(found('Die Meta-Analyse zeigt wenig.')).toEqual([]);
    // …and its chief, manager, spokesman or staff, in German and Dutch.
    expect(found('Zu Beginn des Jahres sagte der Klarna-CEO, dass ChatGPT die Arbeit von 700 Angestellten verrichte.')).toEqual(['klarna']);
    expect(found('Bij de presentatie van de jaarcijfers maakte Achmea-bestuursvoorzitter Bianca Tetteroo bekend dat AI tot baanverlies zal leiden.')).toEqual(['achmea']);
    expect(found('Volgens een KPN-woordvoerder verdwijnen 300 banen.')).toEqual(['kpn']);
  });
  it('reads the company after a capitalised word for what it is, not as part of a longer name', () => {
    expect(found('Der Softwarekonzern SAP streicht Stellen.')).toEqual(['sap']);
    expect(found('Chipmaker Nvidia said demand stayed strong.')).toEqual(['nvidia']);
    expect(found('Computerfabrikant HP Inc. gaat banen schrappen.')).toEqual(['hp']);
    expect(found('Le leader français du conseil en IT Capgemini pourrait supprimer 2 400 postes.')).toEqual(['capgemini']);
    expect(found('Dropbox Blog > Company')).toEqual(['dropbox']);
    expect(found('Der Paketdienst UPS will weltweit 20.000 Arbeitsplätze abbauen.')).toEqual(['ups']);
    // A capitalised word that is no kind still makes one longer name: "Times Square" is not Block's Square.
    expect(found('Crowds filled Times Square on Monday.')).toEqual([]);
  });
  it('reads a hyphenated dataset name written with a space ("Hewlett Packard"), the longer name still first', () => {
    expect(found('Hewlett Packard will bis zu 6000 Arbeitsplätze abbauen.')).toEqual(['hp']);
    expect(found('Hewlett Packard Enterprise cut jobs in its server unit.')).toEqual(['hpe']);
  });
  it('reads a company named after "says" when the company acts, a person when it only speaks', () => {
    expect(found('Benioff says Salesforce cut about 4,000 support roles as AI agents took over.')).toEqual(['salesforce']);
    expect(found('The plan is sound, says Amazon, who ran the numbers.')).toEqual([]);
  });
  it('does not read ordinary words as companies', () => {
    expect(found('A meta-analysis of 40 studies found a target of 10% for a block of flats.')).toEqual([]);
    expect(found('The office has 5,000 square feet. Buffett, the oracle of Omaha, spoke.')).toEqual([]);
    expect(found('Target was missed. We hit the Target again.')).toEqual([]);
  });
  it('accepts an ordinary word with company context', () => {
    expect(found('Meta Platforms said it would cut jobs.')).toEqual(['meta']);
    expect(found("Block's CEO wrote to staff.")).toEqual(['block']);
    expect(found('Target Corp reported sales. Later, shoppers at Target spent less.')).toEqual(['target']);
  });
  it("names the company whose own plan the headline states, never a forecaster's", () => {
    const plan = analyze({
      url: '', kind: 'news', lang: 'fr',
      title: 'Le groupe américain HP prévoit la suppression de 4 000 à 6 000 postes d’ici 2028',
      text: 'Le groupe américain HP a annoncé mardi prévoir la suppression de 4 000 à 6 000 postes d’ici fin 2028, du fait de la mise en place d’un plan d’adoption de l’intelligence artificielle. ' +
        'Les suppressions de postes toucheront surtout le support et le développement de produits, remplacés par des outils d’IA. ' +
        'Le fabricant d’ordinateurs veut économiser un milliard de dollars par an grâce à l’IA, a indiqué son directeur général.',
    });
    expect(plan.companies[0]).toMatchObject({ id: 'hp', role: 'cutting' });
    const forecast = analyze({
      url: '', kind: 'news',
      title: 'Goldman Sachs says AI could replace the equivalent of 300 million jobs',
      text: 'Goldman Sachs economists say generative AI could replace the equivalent of 300 million full-time jobs worldwide. ' +
        'The bank’s report says two thirds of occupations could be partly automated.',
    });
    expect(forecast.companies.filter((c) => c.role === 'cutting')).toEqual([]);
  });

  it('puts the company doing the cutting first, with its matched terms', () => {
    const a = analyze({
      url: '', kind: 'news',
      title: 'Microsoft to cut 6,000 jobs as AI spending rises',
      text: 'Microsoft will cut about 6,000 jobs as it redirects investment into AI, the company said. Rival Google and Amazon have also invested in AI.',
    });
    expect(a.companies[0]).toMatchObject({ id: 'microsoft' });
    expect(a.companies[0]?.terms).toContain('Microsoft');
  });
});
