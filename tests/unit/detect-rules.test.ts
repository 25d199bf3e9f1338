// One rule at a time, on short hand-written pages (not the corpus).
import { describe, expect, it } from 'vitest';
import { analyze, cutterOf, readForDetection } from '../../lib/detect';
import { splitSentences } from '../../lib/detect/sentences';
import { extractJobs } from '../../lib/detect/jobs';
import { extractDate } from '../../lib/detect/dates';
import { aiNow, firmCut, pageFeatures, readSentences } from '../../lib/detect/features';
import type { Lang } from '../../lib/detect/vocab/define';
import type { PageInput, PageKind } from '../../lib/page/types';

const page = (title: string, text: string, kind: PageKind = 'news', extra: Partial<PageInput> = {}): PageInput => ({
  url: 'https://news.example/a', title, text, kind, ...extra,
});

describe('sentence split', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const s = splitSentences('T', 'Amazon.com Inc. said on Oct. 28 it will cut jobs. Mr. Jassy wrote a memo. The U.S. unit is hit.');
    expect(s.map((x) => x.text)).toEqual(['T', 'Amazon.com Inc. said on Oct. 28 it will cut jobs.', 'Mr. Jassy wrote a memo.', 'The U.S. unit is hit.']);
    // German "ca." (circa), "bzw.", "inkl.", "vgl." before a number or a capitalised noun.
    const de = splitSentences('T', 'Vodafone Deutschland will rund 2.000 seiner 15.000 Stellen (ca. 5.000 davon in Düsseldorf) streichen. Die Gewerkschaft (bzw. Verdi) protestiert.');
    expect(de.map((x) => x.text)).toEqual(['T', 'Vodafone Deutschland will rund 2.000 seiner 15.000 Stellen (ca. 5.000 davon in Düsseldorf) streichen.', 'Die Gewerkschaft (bzw. Verdi) protestiert.']);
    // Spanish plurals of an initial, doubled: "EE. UU.", "RR. HH.".
    const es = splitSentences('T', 'El hacha ha caído sobre Workday, la plataforma de RR. HH. empresarial, que anunció el recorte de 1750 empleados. Sus oficinas en EE. UU. siguen abiertas.');
    expect(es.map((x) => x.text)).toEqual(['T', 'El hacha ha caído sobre Workday, la plataforma de RR. HH. empresarial, que anunció el recorte de 1750 empleados.', 'Sus oficinas en EE. UU. siguen abiertas.']);
  });
  it('splits paragraphs and numbers them', () => {
    const s = splitSentences('', 'One here.\n\nTwo here. Three here.');
    expect(s.map((x) => x.para)).toEqual([0, 1, 1]);
  });
  it('leaves photo credits out, and a credit glued to the next sentence ends the one before', () => {
    const s = splitSentences('T', 'Os dispositivos Echo estão entre os mais usados (Imagem: Stephen Brashear/Getty Images)Falando para a Reuters, uma porta-voz da Amazon confirmou os cortes.\n' +
      'Foto: dpa\nDer Konzern (Foto: Reuters) streicht 500 Stellen.\nSource: Chegg, Inc.');
    expect(s.map((x) => x.text.replace(/\s+/g, ' '))).toEqual(['T', 'Os dispositivos Echo estão entre os mais usados',
      'Falando para a Reuters, uma porta-voz da Amazon confirmou os cortes.', 'Der Konzern streicht 500 Stellen.', 'Source: Chegg, Inc.']);
  });
});

describe('glued paragraphs', () => {
  it('splits a stop glued to the next capitalised word, not a host name or an initial', () => {
    const s = splitSentences('T', 'Il taglio arriva dopo altri 14.000.Amazon impiega 1,57 milioni di persone. Amazon.com cut jobs in the U.S.Army town.');
    expect(s.map((x) => x.text)).toEqual(['T', 'Il taglio arriva dopo altri 14.000.Amazon impiega 1,57 milioni di persone.', 'Amazon.com cut jobs in the U.S.Army town.']);
    expect(splitSentences('T', 'The impact of artificial intelligence.Reach said it intends to make 321 redundancies.').map((x) => x.text))
      .toEqual(['T', 'The impact of artificial intelligence.', 'Reach said it intends to make 321 redundancies.']);
  });
});

describe('jobs and dates', () => {
  it('reads counts, word numbers, falls and shares', () => {
    expect(extractJobs(['It will cut about 14,000 corporate roles.'])).toMatchObject({ count: 14000, bound: 'about', text: 'about 14,000 corporate roles' });
    expect(extractJobs(['Globex will lay off three hundred employees.'])?.count).toBe(300);
    expect(extractJobs(['The paper will cut twenty-seven jobs.'])?.count).toBe(27);
    // Spelled in each language, glued or apart; a thousand word alone only where it is one thousand.
    expect(extractJobs(['Rabobank schrapt negenduizend arbeidsplaatsen.'], 'nl')?.count).toBe(9000);
    expect(extractJobs(['Driehonderd mensen verliezen hun baan.'], 'nl')?.count).toBe(300);
    expect(extractJobs(['A Lufthansa eliminará quatro mil postos de trabalho.'], 'pt')?.count).toBe(4000);
    expect(extractJobs(['Intesa prevede duemila uscite volontarie.'], 'it')?.count).toBe(2000);
    expect(extractJobs(['Le Figaro supprime douze postes.'], 'fr')?.count).toBe(12);
    expect(extractJobs(['La Altice dispensa cerca de mil trabalhadores.'], 'pt')).toMatchObject({ count: 1000, bound: 'about' });
    expect(extractJobs(['Die Telekom will mehrere Tausend Stellen abbauen.'], 'de')?.count ?? null).toBeNull();
    expect(extractJobs(['McKinsey may cut a few thousand roles.'])?.count ?? null).toBeNull();
    expect(extractJobs(['The plant will lay off a couple thousand people.'])?.count ?? null).toBeNull();
    expect(extractJobs(['The company announced it was laying off a thousand people.'])?.count).toBe(1000);
    expect(extractJobs(['Employees being laid off, who are in one of the five employee stock ownership plans, will get shares.'])?.count ?? null).toBeNull();
    expect(extractJobs(['The company announced 1,000 employee layoffs.'])?.count).toBe(1000);
    expect(extractJobs(['Le groupe supprime dix pour cent des effectifs.'], 'fr')?.count ?? null).toBeNull();
    expect(extractJobs(['Se sei dipendente di Amazon, i tagli ti riguardano.'], 'it')?.count ?? null).toBeNull();
    // A number that could be a year counts jobs right before a job word, unless a word of time comes first.
    expect(extractJobs(['Vodafone Deutschland baut 2000 Stellen ab'], 'de')?.count).toBe(2000);
    expect(extractJobs(['Helvetia Baloise va supprimer 2000 à 2600 emplois.'], 'fr')).toMatchObject({ count: 2000, max: 2600, bound: 'range' });
    expect(extractJobs(['In 2025 employees were told the plant would close.'])?.count ?? null).toBeNull();
    expect(extractJobs(['Ergo will bis 2030 jedes Jahr Stellen abbauen.'], 'de')?.count ?? null).toBeNull();
    // A count dated to a year before the story's is an earlier round.
    expect(extractJobs(['Coinbase laid off about 1,100 people in June 2022 as crypto prices cratered.'], 'en', 2026)?.count ?? null).toBeNull();
    expect(extractJobs(['Layoffs will be smaller than the cuts in 2023, when about 21,000 employees were laid off.'], 'en', 2026)?.count ?? null).toBeNull();
    expect(extractJobs(['Coinbase laid off about 1,100 people in June 2022.'], 'en', 2022)?.count).toBe(1100);
    // Money before a job word is not a count of jobs.
    expect(extractJobs(['After sales of $122.3 billion, data shows another 9,500 jobs were cut.'])?.count).toBe(9500);
    expect(extractJobs(['Der Konzern will 2,5 Milliarden Euro und 3.000 Stellen einsparen.'], 'de')?.count).toBe(3000);
    expect(extractJobs(['Support staff fell from 9,000 to 5,000 people.'])?.count).toBe(4000);
    expect(extractJobs(['It is cutting about 10% of its workforce.'])).toMatchObject({ count: null, share: 0.1 });
    expect(extractJobs(['It will shed a fifth of its staff.'])?.share).toBeCloseTo(0.2);
    expect(extractJobs(['The company will reduce its workforce by 10%.'])?.share).toBeCloseTo(0.1);
    expect(extractJobs(['Der Konzern will die Belegschaft um rund 10 Prozent verkleinern.'], 'de')?.share).toBeCloseTo(0.1);
    expect(extractJobs(['Le groupe va supprimer 10 % de ses effectifs.'], 'fr')?.share).toBeCloseTo(0.1);
    expect(extractJobs(['Stack Overflow announced a 28% reduction in its workforce.'])?.share).toBeCloseTo(0.28);
    expect(extractJobs(['Business Insider announced a 21 percent workforce cut.'])?.share).toBeCloseTo(0.21);
  });
  it('takes a share only of the whole workforce, never of a part of it or of something else', () => {
    expect(extractJobs(['Its corporate staff numbers about 350,000, so the cuts amount to around 4 percent of office-based roles.'])?.share ?? null).toBeNull();
    expect(extractJobs(['Shares fell 5% after the company cut 1,000 jobs.'])).toMatchObject({ count: 1000, share: null });
  });
  it('skips totals', () => {
    expect(extractJobs(['It will cut 500 of its 1.5 million employees.'])?.count).toBe(500);
    expect(extractJobs(['Globex, which employs 300,000 people, is cutting staff.'])).toBeNull();
    // Those left after the cut, and all the staff a letter goes to.
    expect(extractJobs(['El banco, que suma unos 27.500 empleados, prevé quedarse en torno a 22.300 trabajadores a finales de 2028.'], 'es')).toBeNull();
    expect(extractJobs(['Il suo ad ha cercato di stemperare le tensioni scrivendo ai 86 mila dipendenti del gruppo.'], 'it')).toBeNull();
    expect(extractJobs(['The chief executive wrote to its 86,000 employees about the cuts.'])).toBeNull();
  });
  it('skips people something other than a cut happened to', () => {
    expect(extractJobs(['Sweet said Accenture had already reskilled 550,000 workers on the fundamentals of generative AI.'])).toBeNull();
    expect(extractJobs(['Accenture ya había capacitado a 550.000 trabajadores en los fundamentos de la IA generativa.'], 'es')).toBeNull();
    expect(extractJobs(['It hired 3,000 engineers last year and will now lay off 1,200 staff.'])?.count).toBe(1200);
    expect(extractJobs(['Krishna declarou que interromperá ou reduzirá as contratações para cerca de 26.000 cargos.'], 'pt')).toBeNull();
    expect(extractJobs(['McKinsey deploys 12,000 AI agents while slashing 5,000 jobs'])?.count).toBe(5000);
    expect(extractJobs(['Some of the cuts target roles AI makes redundant, two people aware of the matter told the news agency.'])).toBeNull();
  });
  it("skips the owner's whole staff after a possessive, unless a cut noun follows", () => {
    expect(extractJobs(["McKinsey's decision to eliminate thousands of positions from its approximately 40,000 employees."])).toBeNull();
    expect(extractJobs(['Der Konzern prüft eine Reduzierung seiner derzeit rund 162.000 Mitarbeiter.'], 'de')).toBeNull();
    expect(extractJobs(["Une usine qui employait jusqu'ici 110.000 personnes a réduit de moitié ses effectifs."], 'fr')?.count ?? null).toBeNull();
    expect(extractJobs(['Dell said its 2,000 job cuts would be finished by March.'])?.count).toBe(2000);
  });
  it('keeps the story\'s qualifiers and ranges as written', () => {
    expect(extractJobs(['HP will cut up to 6,000 jobs by 2028.'])).toMatchObject({ count: 6000, bound: 'at-most', text: 'up to 6,000 jobs' });
    expect(extractJobs(['Goldman will cut fewer than 4,000 roles.'])).toMatchObject({ bound: 'at-most', text: 'fewer than 4,000 roles' });
    expect(extractJobs(['Baker McKenzie is letting go of about 600-1,000 employees.'])).toMatchObject({ count: 600, max: 1000, bound: 'range' });
  });
  it('takes the story\'s qualified words for a number its headline gives bare', () => {
    expect(extractJobs(['Cisco cuts 4,000 jobs to fund its AI push', 'The network giant will lay off fewer than 4,000 employees, about 5% of its staff.']))
      .toMatchObject({ count: 4000, bound: 'at-most', text: 'fewer than 4,000 employees; about 5%' });
    expect(extractJobs(['HP to cut 6,000 jobs by 2028', 'HP expects to cut between 4,000 and 6,000 jobs.'])).toMatchObject({ count: 4000, max: 6000, bound: 'range' });
    expect(extractJobs(['Pinterest cuts 15% of its workforce', 'The company is laying off less than 15% of its workforce.'])).toMatchObject({ share: 0.15, text: 'less than 15%', shareBound: { bound: 'at-most', words: 'less than 15%' } });
    expect(extractJobs(['Der Konzern streicht über 10 Prozent der Belegschaft.'], 'de')).toMatchObject({ shareBound: { bound: 'at-least', words: 'über 10 Prozent' } });
    expect(extractJobs(['It is cutting about 10% of its workforce.'])?.shareBound).toEqual({ bound: 'about', words: 'about 10%' });
    expect(extractJobs(['Cisco cuts 7% of its workforce.'])?.shareBound).toBeUndefined();
    expect(extractJobs(['Pinterest cites AI in laying off 15% of workforce', 'The company is laying off less than 15% of the company’s workforce.'])?.shareBound).toEqual({ bound: 'at-most', words: 'less than 15%' });
    // Another number further down is not the headline's.
    expect(extractJobs(['Globex cuts 4,000 jobs', 'Last year it cut about 1,200 jobs.'])).toMatchObject({ count: 4000, bound: 'exact' });
  });
  it('reads a fall with qualified ends, a count of layoffs up top, and never a share\'s base as the cut', () => {
    expect(extractJobs(['Block réduit ses effectifs de plus de 10 000 à moins de 6 000 salariés.'], 'fr')).toMatchObject({ count: 4000, bound: 'at-least' });
    expect(extractJobs(['Dorsey explicó que la decisión de reducir la organización, de más de 10.000 personas a menos de 6.000, busca aprovechar la IA.'], 'es')).toMatchObject({ count: 4000, bound: 'at-least' });
    expect(extractJobs(['Microsoft supprime 10% de ses effectifs en France.'], 'fr')?.share ?? null).toBeNull();
    expect(extractJobs(['Wix will cut 20% of its workforce in Israel and abroad.'])?.share).toBeCloseTo(0.2);
    expect(extractJobs(['Meta plant bis zu 16.000 Entlassungen'], 'de')).toMatchObject({ count: 16000, bound: 'at-most' });
    expect(extractJobs(['Meta will bis zu 20 % seiner 79.000 Mitarbeiter entlassen.'], 'de')?.count ?? null).toBeNull();
    expect(extractJobs(['Dell cuts 10% of its workforce, around 12,500 employees, as it shifts to AI.'])).toMatchObject({ count: 12500, share: 0.1 });
    // A written date is no range of jobs; Swiss numbers group with an apostrophe.
    expect(extractJobs(['date 2026-01-28 Pinterest to lay off 15% of its workforce']))
      .toMatchObject({ count: null, share: 0.15 });
    expect(extractJobs(['Nestlé annonce la suppression de 16’000 postes.'], 'fr')).toMatchObject({ count: 16000 });
    // Further down, "55,000 layoffs" is as often a tally: no count.
    expect(extractJobs(['Pinterest cuts 15% of its workforce', 'Almost 55,000 layoffs were blamed on AI last year.'])?.count ?? null).toBeNull();
  });
  it('reads numbers as each language writes them', () => {
    expect(extractJobs(['Die Commerzbank baut rund 3.900 Stellen ab.'], 'de')).toMatchObject({ count: 3900, bound: 'about' });
    expect(extractJobs(['HP prévoit la suppression de 4 000 à 6 000 postes.'], 'fr')).toMatchObject({ count: 4000, max: 6000, bound: 'range' });
    expect(extractJobs(['A Amazon vai demitir 14 mil funcionários.'], 'pt')?.count).toBe(14000);
    expect(extractJobs(['Amazon licenzierà quasi 14.000 dipendenti aziendali.'], 'it')).toMatchObject({ count: 14000, bound: 'about' });
    expect(extractJobs(['La compañía despedirá a más de 2.000 trabajadores.'], 'es')).toMatchObject({ count: 2000, bound: 'at-least' });
    expect(extractJobs(['ABN Amro schrapt ongeveer 15 procent van de banen.'], 'nl')?.share).toBeCloseTo(0.15);
  });
  // Real sentences whose numbers are not the cut (each once shown as a count).
  it('never takes a number that counts something else for the jobs cut', () => {
    const count = (s: string, lang: Lang = 'en') => extractJobs([s], lang)?.count ?? null;
    // "one" alone is no count; a fraction is a share.
    expect(extractJobs(['AI Shift? Washington Post Cuts One Third of Staff'])).toMatchObject({ count: null, share: 1 / 3 });
    expect(count('It is one of the most significant workforce reductions in the legal sector.')).toBeNull();
    // A number glued to a word, or closing a mark, or the day of a date.
    expect(count('5-Min Brief: Meta Just Cut 8,000 Jobs')).toBe(8000);
    expect(count('An 8-K filing puts the cut at about 700 employees.')).toBe(700);
    expect(count('Squads shrink to 14-person teams as six people leave.')).toBe(6);
    expect(count('On Jan. 20, 2026, Intuit cut 3,000 jobs.')).toBe(3000);
    expect(count('Il 27 giugno il licenziamento di 31 lavoratori.', 'it')).toBe(31);
    // Glued to a word or a path before it: a company's name, a copied address (iol.co.za, a hdblog.it copy).
    expect(count('About 400 Media24 employees are set to lose their jobs.')).not.toBe(24);
    expect(count('https://www.hdblog.it/mercato/articoli/n629170/tiktok-licenzia-moderatori-londra-ai/ circa 300 dipendenti', 'it')).toBe(300);
    // A span of time, a proportion, a clause or another number between it and the job word.
    expect(count('Allianz Partners will in den kommenden 12 bis 18 Monaten bis zu 1.800 Arbeitsplätze abbauen.', 'de')).toBe(1800);
    expect(count('In 7 minuten worden 90 mensen vervangen door AI.', 'nl')).toBe(90);
    expect(count('Nearly three in every ten jobs will go.')).toBeNull();
    expect(count('It eclipsed its Big Four banking rival by shedding jobs.')).toBeNull();
    expect(count('The project will result in about 50 stevedoring jobs being removed.')).toBe(50);
    // Indian scales; a workforce's size after the verb that gives it.
    expect(count('TCS let go of more than 1.2 lakh employees.')).toBe(120000);
    expect(count('Al 31 dicembre contava 1.271 dipendenti.', 'it')).toBeNull();
    expect(count('O banco tem 53.918 empregados.', 'pt')).toBeNull();
    expect(count('El banco, que suma unos 27.500 empleados tras sus adquisiciones.', 'es')).toBeNull();
    expect(count('A Block demitiu 40% de sua força de trabalho, restando pouco menos de 6.000 funcionários.', 'pt')).toBeNull();
    expect(count('BT vuole ridurre il numero di lavoratori da 130.000 a 90/75.000 unità.', 'it')).toBeNull();
    expect(count('Morgan Stanley prévoit de supprimer 2 à 3 % de la main-d’œuvre.', 'fr')).toBeNull();
    expect(count('The bank, which currently has just over 22,000 staff, said 5,200 full-time roles will be removed by 2028.')).toBe(5200);
  });
  it('reads a count that is part of a stated whole', () => {
    expect(extractJobs(['Block lays off about 4,000 of Block\'s roughly 10,000 employees.'])).toMatchObject({ count: 4000, bound: 'about' });
    expect(extractJobs(['The CEO cut 27 of 30 student workers.'])?.count).toBe(27);
    expect(extractJobs(['Vodafone streicht rund 2.000 seiner 15.000 Stellen.'], 'de')?.count).toBe(2000);
    expect(extractJobs(['Onclusive supprime 217 des 383 salariés.'], 'fr')?.count).toBe(217);
    expect(extractJobs(['Heineken will zwischen 5.000 und 6.000 Stellen abbauen.'], 'de')).toMatchObject({ count: 5000, max: 6000, bound: 'range' });
  });
  it('reads stated dates and weekdays against the publication date', () => {
    expect(extractDate(['Globex said on January 22, 2025 it would cut jobs.'])).toBe('2025-01-22');
    expect(extractDate(['Globex said on Tuesday it would cut jobs.'], '2025-10-30')).toBe('2025-10-28');
  });
});

// What each sentence is read as: the structure the learned model weighs, checked one fact at a time.
describe('sentence reads', () => {
  /** `companies`: where each company's name starts, and its length (1 when it does not matter). */
  const flagsOf = (text: string, lang: Lang = 'en', companies: number[] = [], length = 1) =>
    readSentences([{ text, index: 1, para: 0 }], lang, () => companies.map((at) => ({ at, end: at + length })))[0]!.flags;

  it('a cut of jobs needs a job word near the cut verb; a rate cut is not one', () => {
    expect(flagsOf('Globex will cut 4,000 jobs.')).toMatchObject({ cut: true, cutJob: true, count: true });
    expect(flagsOf('The Fed cut interest rates again.').cut).toBe(false);
    expect(flagsOf('The retailer will cut prices on coats.').cut).toBe(false);
    expect(flagsOf('Die Commerzbank baut 3.900 Stellen ab.', 'de')).toMatchObject({ cut: true, count: true });
    // A count word in German's dative plural is a count too ("von Tausenden Stellen").
    expect(flagsOf('Die Bank kündigt den Abbau von Tausenden Stellen an.', 'de')).toMatchObject({ cut: true, count: true });
    expect(flagsOf('La banque va supprimer 900 postes.', 'fr').cut).toBe(true);
  });
  it('AI given as the reason, as the actor, or denied', () => {
    expect(flagsOf('Globex cuts 500 jobs because AI agents now handle support.')).toMatchObject({ link: true, denyAi: false });
    expect(flagsOf('AI automation axes 1,000 jobs at Globex.').aiSubject).toBe(true);
    expect(flagsOf('"These cuts are not driven by AI," the chief executive said.').denyAi).toBe(true);
    expect(flagsOf("It's culture, not AI, the CEO said of the layoffs.").denyAi).toBe(true);
    expect(flagsOf('Der Abbau hat nichts mit KI zu tun.', 'de').denyAi).toBe(true);
    // Denied as the cause, a few words between: in each language as translated pages word it.
    expect(flagsOf('Isso não foi impulsionado por IA.', 'pt').denyAi).toBe(true);
    expect(flagsOf('Der Abbau erfolgt nicht wegen der KI.', 'de').denyAi).toBe(true);
    expect(flagsOf("Les suppressions ne sont pas dues à l'IA.", 'fr').denyAi).toBe(true);
    expect(flagsOf('The cuts are not only because of AI but also because of costs.').denyAi).toBe(false);
  });
  it('a denial needs AI to be what is denied', () => {
    expect(flagsOf('The cuts were about culture, not cost or AI, the CEO said.').denyAi).toBe(true);
    expect(flagsOf('The cuts were driven by culture rather than AI.').denyAi).toBe(true);
    expect(flagsOf('Globex will use AI agents rather than hire more staff.').denyAi).toBe(false);
    expect(flagsOf('Accenture: "Senza AI non c\'è futuro qui"', 'it').denyAi).toBe(false);
    expect(flagsOf('Des employés licenciés qui ne s\'adaptent pas à l\'intelligence artificielle.', 'fr').denyAi).toBe(false);
    // What a team cannot automate is no denial of AI as the cause.
    expect(flagsOf('Le recrutement ne se fera que si une équipe ne peut pas automatiser une plus grande partie de son travail.', 'fr').denyAi).toBe(false);
    expect(flagsOf('Neue Stellen gibt es nur, wenn ein Team seine Arbeit nicht weiter automatisieren kann.', 'de').denyAi).toBe(false);
    expect(flagsOf('Le licenziamenti non sono dovute all\'automazione, spiega l\'azienda.', 'it').denyAi).toBe(true);
    expect(flagsOf('The cut is not driven by financial distress but by a shift of resources toward AI.')).toMatchObject({ denyAi: false, link: true });
    // Set against another cause, the negation takes that cause's preposition before AI.
    expect(flagsOf("La banca attribuisce i tagli al calo dei ricavi e non all'intelligenza artificiale.", 'it').denyAi).toBe(true);
    expect(flagsOf("La banque attribue la suppression de 2 000 postes à la baisse des revenus, et non à l'IA.", 'fr').denyAi).toBe(true);
    expect(flagsOf('De bank wijt het verlies van 2.000 banen aan de dalende rente, niet aan AI.', 'nl').denyAi).toBe(true);
    expect(flagsOf('Der Abbau von 1.500 Stellen ist auf die schwache Nachfrage zurückzuführen, nicht auf KI.', 'de').denyAi).toBe(true);
    expect(flagsOf('The company blamed the cuts on weak demand, not on AI.').denyAi).toBe(true);
    // "nor", "ni", "né", "nem" turn to AI as "not" does; "not the cause", "not a factor" in each language.
    expect(flagsOf('"A redução da força de trabalho não foi realmente impulsionada por motivos financeiros, nem mesmo é realmente por causa de IA", disse Jassy.', 'pt').denyAi).toBe(true);
    expect(flagsOf('Los despidos no fueron impulsados por factores financieros ni por inteligencia artificial.', 'es').denyAi).toBe(true);
    expect(flagsOf('Executivos afirmam que os avanços de produtividade oferecidos pela IA não foram o fator predominante nas reduções de pessoal.', 'pt').denyAi).toBe(true);
    expect(flagsOf("Secondo Brad Smith l'intelligenza artificiale non sarebbe stata la causa determinante dei licenziamenti.", 'it').denyAi).toBe(true);
    expect(flagsOf('El director ejecutivo indicó que los despidos no están relacionados con la inteligencia artificial.', 'es').denyAi).toBe(true);
    expect(flagsOf("L'IA n'est pas la cause de ces suppressions, assure la direction.", 'fr').denyAi).toBe(true);
    expect(flagsOf('Verizon afirmó que los recortes de empleo no eran consecuencia del uso de IA.', 'es').denyAi).toBe(true);
    expect(flagsOf("Tali esuberi non sarebbero legati all'introduzione dell'AI, bensì a processi di riorganizzazione.", 'it').denyAi).toBe(true);
    expect(flagsOf("Secondo l'azienda il taglio non è guidato dall'intelligenza artificiale.", 'it').denyAi).toBe(true);
    // Projects "not linked to AI" are no denial that AI caused the cut.
    expect(flagsOf("I licenziamenti colpiscono i team che lavorano su progetti non collegati all'AI.", 'it').denyAi).toBe(false);
    // The cause may be AI's rise, use or a focus on it (Amazon's 14,000, as pages in French and Dutch worded Jassy's words).
    expect(flagsOf('In a recent interview, Jassy emphasized that the layoffs were not driven by cost reduction or the rise of artificial intelligence.').denyAi).toBe(true);
    expect(flagsOf("Le géant américain Amazon a décidé de se séparer de 14 000 employés, non pas pour des raisons économiques, ni à cause de l'essor de l'intelligence artificielle, mais pour préserver sa culture.", 'fr').denyAi).toBe(true);
    expect(flagsOf('Volgens Amazon-CEO Andy Jassy zijn de 14.000 ontslagen van deze week niet veroorzaakt door een focus op AI of om de kosten te drukken.', 'nl').denyAi).toBe(true);
    // "Not for AI", "pas pour l'IA", "non è per l'IA": the purpose denied, right after the negation.
    expect(flagsOf("Krithivasan a déclaré: « Ce n'est pas pour l'IA, mais pour répondre aux compétences futures. »", 'fr').denyAi).toBe(true);
    expect(flagsOf("Secondo l'amministratore delegato i tagli non sono per l'IA ma per ridurre i livelli di gestione.", 'it').denyAi).toBe(true);
    expect(flagsOf('The CEO said the cuts are not for AI but to remove layers.').denyAi).toBe(true);
    // …not "not ready for AI", nor a counterfactual.
    expect(flagsOf('Staff who are not ready for AI will be retrained.').denyAi).toBe(false);
    expect(flagsOf("Les salariés qui ne sont pas formés pour l'IA suivront une formation.", 'fr').denyAi).toBe(false);
    expect(flagsOf("Board chairman Chen Qixing said over 2,000 workers would be needed at the factory, if it weren't for the robots.").denyAi).toBe(false);
    // Denials worded as "little / none of it to do with", "no tiene relación con", "niet echt AI-gedreven".
    expect(flagsOf('Then CEO Sasan Goodarzi told CNBC that "none of it had to do with AI."').denyAi).toBe(true);
    expect(flagsOf('Andy Jassy sostuvo que la decisión responde a la necesidad de transformar la cultura interna y no tiene relación con la inteligencia artificial.', 'es').denyAi).toBe(true);
    expect(flagsOf('“Het is niet eens echt AI-gedreven, althans nu nog niet.', 'nl').denyAi).toBe(true);
  });
  it('a replacement by AI that is negated denies AI as the reason', () => {
    expect(flagsOf('Em nota, a empresa afirma que não substitui trabalhadores por ferramentas de IA.', 'pt')).toMatchObject({ denyAi: true });
    expect(flagsOf('The CEO said the changes are not an effort to replace people with AI.')).toMatchObject({ denyAi: true });
    expect(flagsOf("Le PDG précise que ces suppressions ne visent pas à remplacer les employés par l'IA.", 'fr').denyAi).toBe(true);
    expect(flagsOf("L'azienda precisa che non sostituirà i lavoratori con l'intelligenza artificiale.", 'it').denyAi).toBe(true);
    // Not negated, or negated only after the turn to AI: a reason.
    expect(flagsOf('The bank replaced 700 call-centre agents with AI.')).toMatchObject({ denyAi: false, link: true });
    expect(flagsOf('The bank did not hire new agents but replaced them with AI.')).toMatchObject({ denyAi: false, link: true });
  });
  it('AI the cut happens in spite of is not its reason', () => {
    const f = flagsOf('Trotz wachsender Investitionen in Künstliche Intelligenz baut Microsoft erneut massiv Personal ab.', 'de', [55]);
    expect(f).toMatchObject({ cut: true, ai: true, conceded: true, link: false, aiSubject: false });
    expect(flagsOf('Globex cuts 900 jobs despite record profits, because AI now does the work.').link).toBe(true);
  });
  it('"the company" is one employer, "companies" are many', () => {
    expect(flagsOf('Wie das Unternehmen bestätigt, werden 9000 Mitarbeiter entlassen.', 'de')).toMatchObject({ manySubject: false, oneSubject: true });
    expect(flagsOf('Viele Unternehmen bauen Stellen ab.', 'de').manySubject).toBe(true);
    expect(flagsOf('Santander, BBVA y CaixaBank pueden recortar empleo un 15%.', 'es', [0, 11, 20]).listSubject).toBe(true);
  });
  it('AI as a business or a product is not AI acting', () => {
    expect(flagsOf('Globex cut 600 jobs in its AI division.')).toMatchObject({ ai: false, aiBusiness: true });
    // The AI unit a cut falls in, in each language: where the cut is, not why.
    expect(flagsOf('Meta taglia 600 posti nella sua divisione per l\'intelligenza artificiale.', 'it')).toMatchObject({ cut: true, ai: false, aiBusiness: true });
    expect(flagsOf('A Meta vai demitir cerca de 600 profissionais de sua divisão de inteligência artificial.', 'pt')).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('Meta recorta 600 puestos en su división de IA para agilizar decisiones.', 'es')).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('Meta supprime 600 postes dans sa division IA.', 'fr')).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('Meta streicht 600 Stellen in seiner KI-Abteilung.', 'de')).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('Meta schrapt 600 banen in zijn AI-divisie.', 'nl')).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('In a memo, the Chief AI Officer said a smaller team would decide faster.').ai).toBe(false);
    // AI doing the unit's work is still AI acting.
    expect(flagsOf('La banca taglia 300 posti perché l\'intelligenza artificiale svolge il lavoro.', 'it')).toMatchObject({ ai: true, link: true });
  });
  it('the "AI" in a company\'s name is no AI ("Scale AI", "Stability AI")', () => {
    expect(flagsOf('Scale AI lays off 14% of its staff.', 'en', [0], 8)).toMatchObject({ cut: true, ai: false });
    expect(flagsOf('Globex lays off 14% of its staff as AI takes over.', 'en', [0], 6)).toMatchObject({ cut: true, ai: true });
  });
  it('"AI agents" are software, not staff: cutting the time they take is no job cut', () => {
    expect(flagsOf('Intuit says AI agents cut small-business bookkeeping time by half.', 'en', [0]).cut).toBe(false);
    expect(flagsOf('The bank replaced 700 call-centre agents with AI.', 'en', [0]).cut).toBe(true);
  });
  it('"not only cutting" adds to the cut, it does not deny it', () => {
    expect(flagsOf('Il gigante della consulenza non sta solo riducendo il personale, ma pianifica di assumere.', 'it').negatedCut).toBe(false);
    expect(flagsOf('The company is not only cutting jobs but also freezing pay.').negatedCut).toBe(false);
    expect(flagsOf('The company will not cut jobs this year.').negatedCut).toBe(true);
  });
  it('a cut word inside a hiring freeze ("by not replacing leavers") is the freeze, not a denied cut', () => {
    expect(flagsOf('The insurer will shrink its workforce by 1,500 by not replacing leavers.')).toMatchObject({ cut: true, freeze: true, negatedCut: false });
    expect(flagsOf('The company will not freeze hiring.').negatedCut).toBe(true);
  });
  it('forecasts, negations and employers in general are not one employer cutting', () => {
    const forecast = readSentences([{ text: 'AI could replace 300 million jobs.', index: 1, para: 0 }], 'en', () => [])[0]!;
    expect(forecast.flags.hedgedCut).toBe(true);
    expect(firmCut(forecast)).toBe(false);
    expect(flagsOf('The company will not cut jobs this year.').negatedCut).toBe(true);
    expect(flagsOf('Companies are cutting jobs and blaming AI.').manySubject).toBe(true);
    // What experts think will happen is no employer's cut.
    const experts = readSentences([{ text: 'Einige Experten meinen, dass durch Künstliche Intelligenz zahlreiche Jobs wegfallen werden.', index: 1, para: 0 }], 'de', () => [])[0]!;
    expect(firmCut(experts)).toBe(false);
    expect(firmCut(readSentences([{ text: 'Alcuni esperti ritengono che l\'IA cancellerà molti posti di lavoro.', index: 1, para: 0 }], 'it', () => [])[0]!)).toBe(false);
    expect(firmCut(readSentences([{ text: 'Globex will cut 500 jobs, experts at the bank said.', index: 1, para: 0 }], 'en', () => [{ at: 0, end: 6 }])[0]!)).toBe(true);
    expect(flagsOf('Globex, one of the biggest firms, cuts 500 jobs.', 'en', [0]).manySubject).toBe(false);
    // "pause hiring for roles that AI could replace": the hedge belongs to the roles, not the pause.
    const pause = readSentences([{ text: 'IBM will pause hiring for roles that AI could replace.', index: 1, para: 0 }], 'en', () => [{ at: 0, end: 3 }])[0]!;
    expect(firmCut(pause)).toBe(true);
  });
  it('an AI product is a reason where what it does is a leaner workforce', () => {
    expect(flagsOf('Something has changed as AI tools reshape operations and enable leaner teams.').link).toBe(true);
    expect(flagsOf('The startup launched AI tools for lawyers.').link).toBe(false);
  });
  it('millions of jobs are a forecast\'s scale; millions of money beside staff are not', () => {
    expect(flagsOf('AI could wipe out 8 million jobs.').millions).toBe(true);
    expect(flagsOf('Allstate Has Cut 550 Adjuster Jobs, Invested $40 Million In Training Employees', 'en', [0], 8)).toMatchObject({ millions: false, cut: true });
    expect(flagsOf('Der Konzern streicht 500 Stellen und investiert 40 Millionen Euro in Mitarbeiter.', 'de').millions).toBe(false);
  });
  it('a negated staff noun negates the cut of its clause, however far ("Nessun dipendente di Intesa Sanpaolo perderà il lavoro")', () => {
    expect(flagsOf('Nessun dipendente di Intesa Sanpaolo perderà il lavoro a causa dell’intelligenza artificiale.', 'it', [21], 15).negatedCut).toBe(true);
    expect(flagsOf('No employee of the Queensland-based insurance group will lose their job to AI.').negatedCut).toBe(true);
    expect(flagsOf('No surprise there: the company, after a long review of its support desks, will cut 500 jobs.').negatedCut).toBe(false);
  });
  it('AI as the subject of a cut still to come is a forecast; an employer\'s plan to replace staff with AI is not', () => {
    expect(flagsOf("Ford CEO Jim Farley says AI will replace 'literally half' of U.S. white-collar workers", 'en', [0], 4).hedgedCut).toBe(true);
    expect(flagsOf('Artificial intelligence is going to replace half of all white-collar workers.').hedgedCut).toBe(true);
    expect(flagsOf('The bank will replace 300 call-centre workers with AI.').hedgedCut).toBe(false);
  });
  it('"would" reporting what a company said it will do is its plan; AI\'s "would" stays a forecast', () => {
    expect(flagsOf('DeepL CEO Jarek Kutylowski posted to LinkedIn on Thursday that the Cologne-based AI-translation company would cut about 250 of its employees.').hedgedCut).toBe(false);
    expect(flagsOf('Optus said it would cut 400 roles in its call centres.').hedgedCut).toBe(false);
    expect(flagsOf('Amodei said AI would eliminate half of all entry-level jobs.').hedgedCut).toBe(true);
    expect(flagsOf('Analysts said banks would cut 400 roles.').hedgedCut).toBe(true);
    // Dutch "zou" after "dat het" in a report, however far the verb at the end.
    expect(flagsOf('In 2023 kondigde het Amerikaanse technologiebedrijf aan dat het ongeveer 8.000 functies zou schrappen.', 'nl').hedgedCut).toBe(false);
    expect(flagsOf('Vodafone zei dagen eerder dat het 11.000 werknemers zou ontslaan.', 'nl', [0], 8).hedgedCut).toBe(false);
    expect(flagsOf('Volgens economen zouden er tegen 2030 duizenden banen verdwijnen.', 'nl').hedgedCut).toBe(true);
  });
  it('a company\'s "prévoit", "prevé", "prevede", "prevê", "expects" is its plan; a study\'s stays a forecast', () => {
    expect(flagsOf('La Société Générale a indiqué prévoir la suppression de 1 800 postes en France.', 'fr', [3], 16)).toMatchObject({ hedge: false, hedgedCut: false });
    expect(flagsOf('Le groupe prévoit de supprimer 900 postes d\'ici 2027.', 'fr').hedgedCut).toBe(false);
    expect(flagsOf('El banco prevé recortar 1.200 empleos este año.', 'es').hedgedCut).toBe(false);
    expect(flagsOf('Il gigante tedesco SAP prevede una ristrutturazione che riguarda 10.000 posti di lavoro.', 'it', [19], 3).hedgedCut).toBe(false);
    expect(flagsOf('A empresa prevê o corte de 500 vagas até dezembro.', 'pt').hedgedCut).toBe(false);
    expect(flagsOf("L'étude prévoit la suppression de 300 000 emplois dans la banque.", 'fr').hedgedCut).toBe(true);
    // The company's "expects", "rechnet mit", "verwacht" the same; economists' expectations stay a forecast.
    expect(flagsOf('The bank expects to cut 1,000 jobs this year.').hedgedCut).toBe(false);
    expect(flagsOf('Der Konzern rechnet mit dem Abbau von 1.000 Stellen.', 'de').hedgedCut).toBe(false);
    expect(flagsOf('De bank verwacht dat 1.000 banen verdwijnen.', 'nl').hedgedCut).toBe(false);
    expect(flagsOf('Economists expect job losses.').hedgedCut).toBe(true);
  });
  it('AI set beside a cut in time is told apart from AI given as its reason', () => {
    expect(flagsOf('Globex cuts 500 jobs amid its AI push.', 'en')).toMatchObject({ amid: true, link: false });
    expect(flagsOf('Globex cuts 500 jobs while AI spreads across the industry.', 'en')).toMatchObject({ amid: true, link: false });
    expect(flagsOf('Globex streicht 500 Stellen, während sich KI in der Branche verbreitet.', 'de')).toMatchObject({ amid: true, link: false });
    // Investing in AI is a reallocation toward it, which the label rules count as a reason.
    expect(flagsOf('Globex cuts 500 jobs while it invests in AI.', 'en')).toMatchObject({ amid: false, link: true });
    expect(flagsOf('Globex cuts 500 jobs because AI does the work.', 'en')).toMatchObject({ amid: false, link: true });
    expect(flagsOf('Globex cuts 500 jobs as AI takes over the routine work.', 'en')).toMatchObject({ amid: false, link: true });
  });
  it('fewer people needed, work taken away or made up for by AI is AI given as the reason', () => {
    expect(flagsOf('Il punto è che l’intelligenza artificiale, abbinata a strutture più piatte, rende possibile fare le stesse cose con meno persone.', 'it').link).toBe(true);
    expect(flagsOf('Ha detto che l’AI toglie il lavoro agli esseri umani.', 'it').link).toBe(true);
    expect(flagsOf('Los programas tienen herramientas de IA que hacen que se necesite mucha menos gente para la edición.', 'es').link).toBe(true);
    expect(flagsOf("Les dirigeants ont déclaré qu'ils allaient être moins dépendants de la main-d'œuvre, ce qui implique d'automatiser ses installations.", 'fr').link).toBe(true);
    expect(flagsOf("Ces suppressions de postes vont être partiellement compensées par l'automatisation et l'IA industrielle.", 'fr')).toMatchObject({ cut: true, link: true });
    expect(flagsOf('Mit KI braucht die Versicherung weniger Menschen in der Schadenbearbeitung.', 'de').link).toBe(true);
    // Fewer people with no AI in the sentence is no AI reason.
    expect(flagsOf('La banca avrà bisogno di meno persone nelle filiali.', 'it').link).toBe(false);
  });
  it('an AI product named as the reason is a cause, not only a product', () => {
    expect(flagsOf('Block lays off 4,000 due to AI tools enabling smaller teams.', 'en')).toMatchObject({ ai: true, link: true });
    expect(flagsOf('Block lays off 4,000 and sells AI tools to banks.', 'en')).toMatchObject({ ai: false, link: false });
  });
  it('a company named before the cut is its subject', () => {
    expect(flagsOf('Globex will cut 4,000 jobs.', 'en', [0])).toMatchObject({ named: true, subject: true });
    expect(flagsOf('Layoffs hit staff, Globex said.', 'en', [25]).subject).toBe(false);
  });
  it('lines that point to other stories are left out', () => {
    const reads = readSentences(
      [{ text: 'Globex trims 110 roles.', index: 1, para: 0 }, { text: 'Related: Initech cut 21% of staff, citing AI.', index: 2, para: 1 },
        // techcentral.co.za's link under a Vodafone Germany story.
        { text: 'Read: Jobs cuts hit Vodacom South Africa', index: 3, para: 2 }, { text: 'Read this before the vote.', index: 4, para: 3 }],
      'en',
      () => [],
    );
    expect(reads.map((r) => r.s.index)).toEqual([1, 4]);
  });
  it.each([
    ['en', 'This article was generated with the support of AI and reviewed by an editor.'],
    ['de', 'Hinweis: Dieser Artikel wurde mithilfe von Künstlicher Intelligenz überarbeitet.'],
    ['fr', "Cet article a été rédigé avec l'aide de l'IA."],
    ['es', 'Este artículo fue redactado con ayuda de IA.'],
    ['nl', 'Dit artikel is met behulp van AI geschreven.'],
    ['it', "Questo articolo è stato scritto con l'aiuto dell'IA."],
    ['pt', 'Este artigo foi escrito com ajuda de IA.'],
    ['fr', "((Traduction automatisée par Reuters à l'aide de l'apprentissage automatique et de l'IA générative, veuillez vous référer à l'avertissement suivant"],
  ] as [Lang, string][])('a note that the page was made with AI is not read (%s)', (lang, note) => {
    const reads = readSentences([{ text: 'Globex trims 110 roles.', index: 1, para: 0 }, { text: note, index: 2, para: 1 }], lang, () => []);
    expect(reads.map((r) => r.s.index)).toEqual([1]);
  });
  it.each([
    ['en', 'The articles the 40 laid-off writers produced are now written by AI.'],
    ['fr', "La traduction automatisée par l'IA remplace désormais 140 traducteurs du Bureau de la traduction."],
  ] as [Lang, string][])('a sentence about AI doing the work of staff who wrote or translated is still read (%s)', (lang, text) => {
    expect(readSentences([{ text, index: 1, para: 0 }], lang, () => [])).toHaveLength(1);
  });
});

// Whole pages the model must get right: plain cases, in every language we read.
describe('classification', () => {
  it.each([
    ['en', 'Salesforce to cut 4,000 support jobs as AI agents take over', 'Salesforce said on Tuesday it will eliminate about 4,000 customer support roles because AI agents now handle half of its customer conversations.'],
    ['de', 'Commerzbank streicht 3.900 Stellen wegen KI', 'Die Commerzbank will bis 2028 rund 3.900 Stellen abbauen, weil künstliche Intelligenz viele Aufgaben übernimmt, sagte Vorstandschefin Bettina Orlopp.'],
    ['fr', 'HP va supprimer 6 000 postes à cause de l\'IA', 'Le groupe HP a annoncé mardi la suppression de 4 000 à 6 000 postes d\'ici 2028, en raison du déploiement de l\'intelligence artificielle.'],
    ['es', 'Telefónica despide a 2.000 empleados por la inteligencia artificial', 'La operadora Telefónica anunció este lunes un ERE para 2.000 trabajadores, según la empresa por la automatización y la IA.'],
    ['nl', 'ABN AMRO schrapt 5.200 banen door AI', 'ABN AMRO schrapt de komende jaren 5.200 banen, omdat kunstmatige intelligentie steeds meer werk overneemt, maakte de bank dinsdag bekend.'],
    ['it', 'Amazon taglia 14.000 posti di lavoro per l\'IA', 'Amazon ha annunciato che licenzierà circa 14.000 dipendenti, a causa dell\'uso crescente dell\'intelligenza artificiale.'],
    ['pt', 'Amazon demite 14 mil funcionários por causa da IA', 'A Amazon anunciou nesta terça que vai demitir 14 mil funcionários por causa da inteligência artificial.'],
  ])('an AI-attributed cut in %s is ai_layoff, and says its language', (lang, title, text) => {
    const a = analyze(page(title, text));
    expect(a.label).toBe('ai_layoff');
    expect(a.lang).toBe(lang);
    expect(a.evidence.length).toBeGreaterThan(0);
  });
  it('a company denial makes it layoff_not_ai with the denial sentence', () => {
    const a = analyze(page(
      'Globex cuts 900 jobs; CEO says AI is not the reason',
      'Globex will cut 900 jobs as demand slows.\n\n"These cuts are not driven by AI," Chief Executive Jane Roe said.',
    ));
    expect(a).toMatchObject({ label: 'layoff_not_ai', attributedBy: 'denied' });
    expect(a.denial).toMatch(/not (?:driven by AI|the reason)/);
    expect(a.reasons.filter((r) => r.startsWith('ai_by_'))).toEqual([]);
  });
  it('a headline denying AI wins over AI given as the reason further down', () => {
    const body = 'Globex will cut 1,400 jobs, the company said.\n\nAn analyst said AI agents now replace many of the support roles at Globex.';
    expect(analyze(page('Globex cuts 1,400 jobs, says AI is not the reason', body)).label).toBe('layoff_not_ai');
    expect(analyze(page('Globex cuts 1,400 jobs, says AI is the reason', body)).label).toBe('ai_layoff');
  });
  it('layoffs with an unrelated AI paragraph elsewhere stay layoff_not_ai', () => {
    const a = analyze(page(
      'Globex to cut 2,000 jobs after sales slump',
      'Globex will cut 2,000 jobs after a second year of falling sales, the company said.\n\nThe cuts fall mostly on its factories in Ohio.\n\nIn other news, Globex launched a chatbot for shoppers last spring, built on generative AI.',
    ));
    expect(a.label).toBe('layoff_not_ai');
  });
  it('forecasts about AI and jobs in general are not layoffs', () => {
    const a = analyze(page(
      'AI could replace 300 million jobs, economists warn',
      'Artificial intelligence could replace the equivalent of 300 million full-time jobs worldwide, according to a report by economists.',
    ));
    expect(a.label).toBe('ai_no_layoff');
  });
  it('rate cuts and sports cuts are not job cuts', () => {
    expect(analyze(page('Fed cuts rates again as AI boom lifts stocks', 'The Federal Reserve cut interest rates by a quarter point on Wednesday.')).label).not.toBe('ai_layoff');
    expect(analyze(page('Bears cut veteran linebacker', 'The Bears cut two veterans on Tuesday to get down to 53 players.')).label).toBe('other');
  });
  it('a filing with Item 2.05 and an AI reason in the exhibit is ai_layoff', () => {
    const a = analyze(page(
      'Form 8-K: GLOBEX CORP',
      'Item 2.05 Costs Associated with Exit or Disposal Activities.\n\nOn March 3, the Board approved a plan to reduce the workforce by approximately 600 positions.\n\nExhibit 99.1: "Automation now handles most routine claims, which allows us to operate with a smaller team," the chief executive said.',
      'filing',
    ));
    expect(a.label).toBe('ai_layoff');
    expect(a.jobs?.count).toBe(600);
  });
  it('is quiet on empty pages and pages in languages we do not read, and never throws', () => {
    expect(analyze(page('', '')).label).toBe('other');
    expect(analyze(page('Amazon zwalnia 14 tysięcy pracowników', 'Amazon zwolni 14 tysięcy pracowników z powodu sztucznej inteligencji, poinformowała firma we wtorek.', 'news', { lang: 'pl' })).label).toBe('other');
    expect(analyze({} as PageInput).label).toBe('other');
  });
});

describe('page features', () => {
  const features = (p: PageInput) => {
    const input = readForDetection(p);
    if (typeof input === 'string') throw new Error(input);
    return pageFeatures(input.reads, p.kind, cutterOf(p, input));
  };
  /** One sentence read alone, with no company named. */
  const read = (text: string, lang: Lang = 'en') => readSentences([{ text, index: 1, para: 0 }], lang, () => [])[0]!;
  it('says when the company cutting is an AI company by its name, whatever the page says of AI', () => {
    const text = (name: string) => `${name} is cutting 200 jobs, about 14% of its staff, after over-hiring, the company said on Friday.`;
    for (const name of ['Scale AI', 'xAI', 'C3.ai', 'OpenAI']) {
      expect(features(page(`${name} cuts 200 jobs`, text(name))).get('cutter=aiCompany'), name).toBe(1);
    }
    for (const name of ['Airbus', 'Daimler', 'Thai Airways']) {
      expect(features(page(`${name} cuts 200 jobs`, text(name))).has('cutter=aiCompany'), name).toBe(false);
    }
  });
  it('counts a denial of AI against the cut only where it is not another company\'s', () => {
    const story = (denial: string) => features(page('HP to cut up to 6,000 jobs as it adopts AI',
      `HP said it will cut between 4,000 and 6,000 jobs by 2028 as it adopts AI across the company. ${denial} The cuts will save about $1 billion.`));
    const other = story('An Amazon spokesperson said its own layoffs were not linked to AI.');
    expect(other.get('denials') ?? 0).toBe(0);
    expect(other.get('denialShare') ?? 0).toBe(0);
    const own = story('An HP spokesperson said the layoffs were not linked to AI.');
    expect(own.get('denials')).toBeGreaterThan(0);
    expect(own.get('denialShare')).toBeGreaterThan(0);
    // A denial that names no company is the page's own.
    expect(story('The layoffs were not linked to AI, a spokesperson said.').get('denials')).toBeGreaterThan(0);
  });
  it('tells AI doing the employer\'s work now from AI in a forecast, and the employer\'s own AI from AI in general', () => {
    // Klarna's assistant, Feb 2024, and its German and French write-ups; the forecasts of Goldman Sachs and Amodei.
    expect(aiNow(read('Klarna said its AI assistant is now doing the work of 700 full-time agents.'))).toBe(true);
    expect(aiNow(read('Der KI-Assistent erledigt bereits die Arbeit von 700 Vollzeitkräften.', 'de'))).toBe(true);
    expect(aiNow(read("L'assistant IA fait désormais le travail de 700 agents à temps plein.", 'fr'))).toBe(true);
    expect(aiNow(read('Generative AI could replace the equivalent of 300 million full-time jobs.'))).toBe(false);
    expect(aiNow(read('AI could soon do the work of entry-level analysts, which now takes thousands of people.'))).toBe(false);
    // Whose operation the AI works in: the employer's own (Commonwealth Bank's voice bot, Aug 2025), or jobs in general.
    expect(read('Commonwealth Bank said its new AI voice bot had reduced call volumes by 2,000 a week.').flags.ownAi).toBe(true);
    expect(read('Unsere KI-Agenten beantworten heute vier von fünf Kundenanfragen.', 'de').flags.ownAi).toBe(true);
    expect(read('Generative AI could replace the equivalent of 300 million full-time jobs.').flags.ownAi).toBe(false);
    expect(read('Its shares fell 5%, as investors weighed AI spending.').flags.ownAi).toBe(false);
    const salesforce = features(page('Salesforce cuts 4,000 support jobs as AI agents take over',
      'Salesforce has cut 4,000 customer support roles, chief executive Marc Benioff said. AI agents now handle about half of its customer interactions, he said on a podcast.'));
    expect(salesforce.get('aiNowNearCount@top')).toBe(1);
    const forecast = features(page('AI could wipe out half of all entry-level white-collar jobs, Anthropic CEO warns',
      'Dario Amodei said AI could eliminate half of all entry-level white-collar jobs within five years.'));
    expect(forecast.has('aiNowNearCount@top')).toBe(false);
  });
  it('reads automation and robots as AI, and tells a cut tied only to them apart', () => {
    // BNZ, 2017; a Nordic bank's robots, 2017; Vodafone's German cut, 2024; an Italian bank's; and an AI cut beside them.
    const bnz = read('BNZ to cut 200 jobs as more customers bank online and processes are automated');
    expect(bnz.flags.ai && bnz.flags.automation && bnz.flags.cut).toBe(true);
    const automated: [string, Lang][] = [
      ['Robots to take over 6,000 jobs by 2021, announces Nordic bank', 'en'],
      ['Vodafone will Kosten sparen, indem manuelle Arbeit automatisiert wird, und streicht 2.000 Stellen.', 'de'],
      ["La banca taglia 500 posti e punta sull'automazione dei processi.", 'it'],
    ];
    for (const [text, lang] of automated) expect(read(text, lang).flags.automation, text).toBe(true);
    // AI's own word, with or without automation beside it: no cut of automation alone.
    expect(read('Klarna cut 700 jobs as its AI assistant took over.').flags.automation).toBe(false);
    expect(read('IBM will pause hiring for 7,800 roles that AI and automation could replace.').flags.automation).toBe(false);
    const page1 = features(page('BNZ to cut 200 jobs as more customers bank online and processes are automated', 'The bank said the roles would go over two years.'));
    expect(page1.get('autoCut@title')).toBe(1);
    expect(page1.get('aiCut@title')).toBe(1);
  });
  it('reads a cut reported or weighed, hedged or not, as rumoured', () => {
    // McKinsey, 2023; Allianz Partners, 2025; and the same told as announced.
    const mckinsey = read('Consulting giant McKinsey & Company is planning to cut thousands of jobs as part of a broader slowdown across the advisory industry, Bloomberg reported, citing people familiar with the matter.');
    expect(mckinsey.flags.rumour && mckinsey.flags.cut).toBe(true);
    const weighed: [string, Lang][] = [
      ['Allianz Partners erwägt den Abbau von bis zu 1.800 Stellen im Kundenservice.', 'de'],
      ['Le groupe envisage de supprimer 1 000 postes.', 'fr'],
    ];
    for (const [text, lang] of weighed) expect(read(text, lang).flags.rumour, text).toBe(true);
    expect(read('Microsoft could cut thousands of jobs, people familiar with the matter said.').flags.hedgedCut).toBe(true);
    expect(read('McKinsey said on Monday it had cut 2,000 jobs.').flags.rumour).toBe(false);
    const rumoured = features(page('Microsoft is reportedly weighing thousands of job cuts', 'The company declined to comment.'));
    expect(rumoured.get('rumouredCut@title')).toBe(1);
  });
});
