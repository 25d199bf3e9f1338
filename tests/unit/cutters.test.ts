// Who is cutting: the structures of real headlines and openings (sentences from real coverage).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, cutterOf, readForDetection } from '../../lib/detect';
import { findCutter, namesOneCompany, STAFF_AT_WORDS } from '../../lib/detect/cutters';

/** What cutters.ts finds, whatever the classifier's label (the model is tuned apart). */
const cutters = (title: string, text: string, lang = 'en', url = '') => {
  const input = readForDetection({ url, kind: 'news', lang, title, text });
  if (typeof input === 'string') throw new Error(input);
  return findCutter({ ...input, publisher: null, url });
};
/** The company cutting, by name. */
const cutter = (title: string, text: string, lang = 'en'): string | null => cutters(title, text, lang)?.name ?? null;

describe('the company cutting', () => {
  it('is the subject, not a company in an apposition that describes it', () => {
    expect(cutter('Marc Benioff explains 4,000 Salesforce layoffs',
      'Salesforce, the company behind Slack, has laid off about 4,000 employees from its customer support team, reducing its workforce from 9,000 to 5,000. ' +
      'The decision is part of a shift toward using AI tools to boost efficiency.')).toBe('Salesforce');
  });

  it('is the company saying it may cut, its own subject left out (lanacion.com, 2025), not a forecaster saying AI may', () => {
    expect(cutter('El grupo aéreo Lufthansa advirtió este lunes que podría eliminar alrededor de 4000 empleos desde este año hasta 2030',
      'La compañía explicó que el ajuste responde al proceso de integración.', 'es')).toBe('Lufthansa');
    expect(cutter('Goldman Sachs says AI could replace 300 million full-time jobs', 'The bank’s economists looked at tasks in Europe and the US.')).toBeNull();
  });

  it('is a name the other languages give as a company by its verb or kind (germanstudies.org, caretas.pe, 2025-2026)', () => {
    expect(cutter('Für das KI-Megaprojekt ist Oracle Berichten zufolge bereit, 30.000 Stellen zu streichen',
      'Für das KI-Megaprojekt ist Oracle Berichten zufolge bereit, 30.000 Stellen zu streichen. Basierend auf Berichten der Investmentbank TD Cowen ' +
      'plant Oracle Berichten zufolge den Abbau von 20.000 bis 30.000 Stellen.', 'de')).toBe('Oracle');
    expect(cutter('Los despidos alcanzaron a diseñadores de niveles',
      'Más de 200 trabajadores del estudio King, responsable del exitoso videojuego móvil Candy Crush, fueron despedidos tras haber participado ' +
      'en el desarrollo de herramientas de inteligencia artificial.', 'es')).toBe('King');
  });

  it('is not a Title Case headline\'s run with AI as its subject inside ("The Day AI Started Firing People")', () => {
    expect(cutters('The Day AI Started Firing People — For Real This Time',
      'The Day AI Started Firing People — For Real This Time\n\nAI-driven layoffs at three technology companies are not a coincidence, and the stated reason is AI.',
      'en', 'https://whatisgm.com/blogs/finance/the-day-ai-started-firing-people-for-real-this-time')).toBeNull();
  });

  it('is not a forecast\'s author, whose "prevê" or "expects" foresees others\' cuts ("Goldman Sachs prevê nova onda de cortes")', () => {
    expect(cutter('Demissões em 2026: Goldman Sachs prevê nova onda de cortes de empregos impulsionados pela IA',
      'Um novo relatório da Goldman Sachs alerta que em 2026 poderá assistir-se a uma nova onda de despedimentos liderados pela IA. ' +
      'Muitas empresas estão agora a optar por reduzir a sua força de trabalho.', 'pt')).toBeNull();
  });

  it('is a forecaster cutting its own staff, whatever its economists say elsewhere on the page', () => {
    const page = 'Goldman Sachs plans to cut about 1,800 jobs, the bank said, as AI takes over routine work. Economists at Goldman Sachs expect more.';
    expect(cutter('Goldman Sachs to cut 1,800 jobs as it leans on AI', page)).toBe('Goldman Sachs');
  });

  it('reads an acronym after a stray capitalised article as itself, the article no part of its name ("a A HP possui…")', () => {
    const input = readForDetection({ url: '', kind: 'news', lang: 'pt', title: 'Cortes devem ocorrer até 2028',
      text: 'No Brasil, a A HP possui escritórios nas cidades de São Paulo e Porto Alegre.' });
    if (typeof input === 'string') throw new Error(input);
    expect([...input.mentions, ...input.weak].map((m) => m.term)).toContain('HP');
  });

  it('is not a product, title or founder named before a role word ("maker", "publisher", "founder")', () => {
    expect(cutter('Candy Crush maker King fires 200 workers to replace them with AI they built',
      'The mobile gaming giant King announced layoffs affecting approximately 200 staff members. The laid-off workers are being replaced by AI tools they had built at King.')).toBe('King');
    expect(cutter('Twitter founder Jack Dorsey lays off about 4,000 of Block\'s roughly 10,000 employees',
      'He said Block is strong, but AI tools reshape operations and enable leaner teams at Block.')).toBe('Block');
  });

  it('is an ordinary-word name opening the sentence with a relative clause after it, however long the sentence runs', () => {
    expect(cutter('Newspaper group restructures newsrooms',
      'Reach, which also owns scores of regional titles including the Manchester Evening News, the Birmingham Mail and the Liverpool Echo, said on Monday that it intends to make 321 editorial redundancies.')).toBe('Reach plc');
  });

  it('is not the company a person\'s role in an apposition names ("Jack Dorsey, founder of Twitter, laid off…")', () => {
    const found = cutters('A founder lays off thousands in a day',
      "Jack Dorsey, founder of Twitter, laid off about 4,000 of Block's roughly 10,000 employees in a single day.");
    expect(found?.name).toBe('Block');
    expect(found?.alongside).toEqual([]);
  });

  it('is the name after a place\'s possessive, not the place ("Grand Rapids\' Acrisure to cut…"), and never an owner ("Trump\'s tariffs…")', () => {
    expect(cutter("Grand Rapids' Acrisure to cut 2,250 jobs, cites AI and technology", 'The broker said AI does the work. Founded in 2005, Acrisure has grown fast.')).toBe('Acrisure');
    expect(cutter("Trump's tariffs driving thousands of layoffs", 'Trump said so. Employers are worried.')).toBeNull();
  });

  it('reads a name joined by a plus as one name (castle-journal.com, watson.ch)', () => {
    expect(cutter('Kuehne+Nagel to Cut Up to 1,500 Jobs Globally', 'Swiss Logistics Group Kuehne+Nagel to Cut Up to 1,500 Jobs, following a sharp slump in its recent quarterly earnings. Kuehne+Nagel plans to eliminate between 1,000 and 1,500 full-time equivalent (FTE) positions globally as part of a major cost-cutting drive.')).toBe('Kuehne+Nagel');
    expect(cutter('Kühne+Nagel-Sparprogramm kostet 1000 bis 1500 Stellen', "Der Logistikkonzern Kühne+Nagel greift nach einem schwierigen dritten Quartal zum Sparhammer. Diesem fallen weltweit 1000 bis 1500 der ingesamt 85'000 Stellen zum Opfer, wie der Präsentation zum Quartalsabschluss zu entnehmen ist.", 'de')).toBe('Kühne+Nagel');
  });

  it("takes neither an owner's act in a Title Case headline nor the day of it for a name (timesng.com, malaymail.com)", () => {
    const body = 'The supermarket said it would save £1 billion. Automation in its depots means fewer staff are needed.';
    expect(cutter('Sainsbury’s Announces 1,500 Job Cuts as Part of Save and Invest Strategy', body)).not.toBe('Announces');
    expect(cutter('Supermarket job cuts', `LONDON, March 1 — British supermarket group Sainsbury’s Thursday announced plans to cut about 1,500 jobs to slash costs as the sector increasingly automates its operations. ${body}`)).not.toBe('Thursday');
  });

  it('is the company "the company" points back to after a short fronted phrase ("On Tuesday, the company…")', () => {
    expect(cutter('Globex reorganises its support arm', 'Globex Corp said revenue fell. On Tuesday, the company said it would cut 500 jobs as AI handles support.')).toBe('Globex');
    expect(cutter('Robot in fabbrica', "L'azienda taiwanese Foxconn accelera sull'automazione. Come parte di questo progetto, la realtà di Taiwan ha annunciato un taglio di 60.000 dipendenti.", 'it')).toBe('Foxconn');
    // …or a longer one, up to a hundred characters.
    expect(cutter("Coup de semonce dans le secteur : le leader des services numériques, Capgemini, a officialisé ce mardi un projet de réorganisation d'envergure.",
      "Face à une conjoncture économique morose et la montée en puissance de l'IA, l'entreprise envisage de se séparer de près de 7% de ses 35 000 salariés dans l'Hexagone.", 'fr')).toBe('Capgemini');
  });

  it('is the company "het bedrijf" or "der Konzern" points back to after a verb-second clause\'s fronted words and verb', () => {
    expect(cutter('Wat begon als een grootschalige bezuinigingsmaatregel, veranderde voor IBM al snel in een onverwachte strategische heroriëntatie.',
      'In 2023 kondigde het Amerikaanse technologiebedrijf aan dat het ongeveer 8.000 functies zou schrappen, met name op de afdeling personeelszaken.', 'nl')).toBe('IBM');
    // What it is, a compound of "bank" after an adjective: "Die amerikanische Großbank" (not "Die Commerzbank": a name).
    expect(cutters('Morgan Stanley räumt auf und das überrascht.',
      'Die amerikanische Großbank streicht rund 3 % ihrer weltweiten Belegschaft. Das sind etwa 2.500 Jobs, die jetzt wegfallen.',
      'de', 'https://www.finanztrends.de/news/morgan-stanley-aktie-jetzt-wird-gespart')?.name).toBe('Morgan Stanley');
  });

  it('is not whom a pronoun after a verb points back to: "that it" opens another clause ("On Tuesday, Axios announced that it…")', () => {
    expect(cutter('On Tuesday, Axios announced that it would be laying off around 50 employees, which is approximately 10% of the company\'s workforce.',
      'In a message to staff, Axios CEO Jim VandeHei cited "changes in the media business" as the reason for the cuts. Axios was founded in 2017.')).toBe('Axios');
  });

  it('is the subject of a headline that replaces a count of people, or closes a site with a count of its staff', () => {
    expect(cutter("Foxconn, l'assembleur de l'iPhone, remplace 60.000 ouvriers par des robots",
      'L’entreprise taïwanaise Foxconn, qui fabrique notamment les iPhone d’Apple, l’a annoncé samedi.', 'fr')).toBe('Foxconn');
    expect(cutter("EINDHOVEN - Telecombedrijf KPN wil het klantencontactcentrum in Eindhoven sluiten, waardoor zo'n 300 medewerkers op zoek moeten naar een andere baan.",
      'Het personeel is donderdag op de hoogte gesteld van het plan. Volgens KPN betekent minder telefoontjes ook minder werk.', 'nl')).toBe('KPN');
    // An acronym no list knows is the company the page names in full: "MUFG to automate 9,500 jobs".
    expect(cutter('MUFG to automate 9,500 jobs, says president',
      'TOKYO -- Mitsubishi UFJ Financial Group, Japan\'s largest financial group, will automate 9,500 clerical jobs in Japan. MUFG said the move would take years.')).toBe('Mitsubishi UFJ Financial Group');
    // Replacing no one counted, or AI replacing: no company.
    expect(cutter('Tri du courrier: quand la machine remplace le facteur', 'La Poste automatise le tri.', 'fr')).toBeNull();
  });

  it('is the company "la realtà di Taiwan" points back to (a place after a preposition is no name of its own)', () => {
    expect(cutter("Robot in fabbrica: l'azienda taiwanese Foxconn accelera sull'automazione",
      'La realtà di Taiwan ha annunciato un taglio di 60.000 dipendenti, sostituiti da robot.', 'it')).toBe('Foxconn');
  });

  it('is the first of two companies joined as the subject, the second cutting alongside it', () => {
    const found = cutters('La Société Générale et BNP Paribas ont annoncé des suppressions de postes liées à l’intelligence artificielle.',
      'BNP Paribas, de son côté, a annoncé la suppression de 1 200 postes dans le monde.', 'fr');
    expect(found?.name).toBe('Société Générale');
    expect(found?.alongside.map((a) => a.name)).toEqual(['BNP Paribas']);
  });

  it("is the company whose studio closes, not a forecaster: a studio is no study ('uno studio di…' is Italian)", () => {
    expect(cutter('Microsoft studio in Halifax to close, cutting 71 jobs as AI tools take over', 'Microsoft said the studio will close.')).toBe('Microsoft');
  });

  it('is not the company another follows ("Intel follows Microsoft in cutting jobs")', () => {
    expect(cutter('Intel follows Microsoft in cutting jobs as AI spreads',
      'Intel said it will lay off 5,000 factory staff because AI and automation now do their work.')).toBe('Intel');
    expect(cutter('Siemens folgt SAP und streicht Stellen wegen KI', 'Siemens will 5.000 Stellen abbauen, weil KI die Arbeit übernimmt.', 'de')).toBe('Siemens');
  });

  it('is the first of two places of one cut ("workers at WiseTech Global and hundreds at the Commonwealth Bank")', () => {
    expect(cutter('Nearly a third of workers at Australian software company WiseTech Global and hundreds at the Commonwealth Bank are facing potential redundancy, the companies announced this week amid escalating adoption of artificial intelligence.',
      'WiseTech, which produces logistics software, will axe around 2,000 jobs during a two-year restructure focused on using generative AI.')).toBe('WiseTech');
  });

  it('is the first of two companies joined as the subject, the second cutting alongside it only where the page gives it a cut of its own', () => {
    const found = cutters('AT&T and Verizon cut jobs another 6% last year; AI investments continue to increase',
      'In 2018, after AT&T acquired Time Warner, the enlarged AT&T had approximately 230,000 employees. ' +
      'Data published this week, after AT&T reported full-year sales of $122.3 billion, shows another 9,500 jobs were cut in 2024, decreasing the total to 141,000 workers.');
    expect(found?.name).toBe('AT&T');
    expect(found?.alongside).toEqual([]);
    // Its own cut may be told through "its chief executive … the company", right after the sentence that opens with it.
    const both = cutters('Salesforce and Workday lean on AI agents as support and HR teams shrink',
      'Salesforce has cut about 4,000 jobs from its customer-support organisation, chief executive Marc Benioff said this week. ' +
      'Workday Inc., the human-resources software maker, took a similar path in February. ' +
      'Its chief executive, Carl Eschenbach, told staff the company would lay off about 1,750 employees, roughly 8.5 percent of its workforce.');
    expect(both?.name).toBe('Salesforce');
    expect(both?.alongside.map((a) => a.name)).toEqual(['Workday']);
  });

  it('is not the partner a deal was signed with ("through Capgemini partnership", "a tech deal with consulting firm Capgemini")', () => {
    expect(cutter('BOQ slashes 200 Australian jobs through Capgemini partnership',
      'The union has lashed the bank, accusing it of blindsiding workers through a tech deal with consulting firm Capgemini that has eliminated 200 Australian jobs.')).not.toBe('Capgemini');
  });

  it('is no adjective of a country before a noun ("bij Surinaamse callcenters")', () => {
    expect(cutter('Amerika schrapt 15.000 jobs, komt de klap ooit bij Surinaamse callcenters aan?', 'Surinaamse werknemers maken zich zorgen. De Surinaamse overheid zwijgt.', 'nl')).toBeNull();
  });

  it('is none of a list of three names cutting, some of them no list knows ("Bayer, VW und SAP")', () => {
    expect(cutter('Gerade erst haben Bayer, VW und SAP angekündigt, massiv Arbeitsplätze abbauen zu wollen.', 'Als Gründe nennen die Unternehmen meistens wirtschaftliche Gründe.', 'de')).toBeNull();
    // Brands of one company are one name: the subject stays.
    expect(cutter('Meta cuts jobs', "Meta, the parent of Facebook, Instagram and WhatsApp, will cut 600 jobs in its AI unit.")).toBe('Meta');
  });

  it('is a name no list knows that ends in what kind of body it is, named once ("Staffordshire County Council")', () => {
    expect(cutter('Staffordshire County Council has announced plans to use artificial intelligence (AI) to assist in making 100 job cuts.',
      'The council aims to reduce its workforce by leveraging AI technology.')).toBe('Staffordshire County Council');
    // One plain capitalised word named once is not enough.
    expect(cutter('Mass Layoffs Hit Hundreds as AI Spreads', 'Workers are worried.')).toBeNull();
  });

  it('is the company of the chief named with it, "da X, Name" being no range of companies', () => {
    expect(cutter('Corte global de 5%', 'Em uma nota para a equipe, o executivo-chefe da Crowdstrike, George Kurtz, anunciou que 500 posições, ou 5% de sua força de trabalho, seriam cortados globalmente, citando eficiências de IA.', 'pt')).toBe('CrowdStrike');
  });

  it('is the company whose own plan a hedged cut states, named or pointed back to ("prevé", "prévoit de")', () => {
    expect(cutter('Telefónica prevé recortar 6.000 empleos por la IA', 'La operadora lo anunció el lunes.', 'es')).toBe('Telefónica');
    expect(cutter('Restructuration chez Capgemini', 'Capgemini a présenté son plan lundi. Le groupe prévoit de supprimer 2 000 postes.', 'fr')).toBe('Capgemini');
  });

  it('is not a company first named cutting "also", beside the story\'s own cut, unless "also" describes it', () => {
    expect(cutter('Un an après le licenciement de 12 000 personnes, le géant de la pub en ligne commence 2024 en licenciant 1000 personnes de plus',
      "Rappelons que Twitch et Amazon ont eux-aussi licencié en ce début d'année.", 'fr')).not.toBe('Amazon');
    expect(cutter('Tech giant lays off 1,000 workers as it bets on AI', 'Meta and Google also cut staff this year.')).toBeNull();
    expect(cutter('Mirror publisher puts 600 jobs at risk amid AI and reader changes',
      'Reach, which also owns scores of regional titles, said on Monday that it intends to make 321 editorial redundancies.')).toBe('Reach plc');
  });

  it('reads an embedded question only by the page language\'s question words (mediaweek.com.au, 2025): English "of" is Dutch "whether"', () => {
    expect(cutter('Australian Community Media (ACM) has announced another round of redundancies, this time targeting its print production team.',
      'Up to nine roles are set to be cut. The Media, Entertainment & Arts Alliance (MEAA) confirmed the layoffs. ' +
      'Up to nine print production roles are set to go, with fears mounting that ACM is moving towards using artificial intelligence.')).toBe('Australian Community Media');
    expect(cutter('Tech firm asks whether Acme Holdings will cut 500 jobs this year', 'Analysts expect a decision soon.')).not.toBe('Tech');
  });

  it('is not the client a contractor named after it serves ("job losses at Meta contractor Covalen", irishtimes.com, 2025)', () => {
    expect(cutter('Union seeks meeting over proposed job losses at Meta contractor Covalen',
      'The firm told staff on Thursday it is seeking about 400 redundancies in content moderation.')).not.toBe('Meta');
    expect(cutter('Union seeks meeting over proposed job losses at Meta', 'Meta told staff on Thursday it is seeking about 400 redundancies.')).toBe('Meta');
  });

  it('is the contractor whose staff the client\'s cut takes, not the client (hamidun.news, 2026)', () => {
    expect(cutter('Meta may cut over 700 employees of contractor Covalen in Ireland who trained its AI',
      'Approximately 500 of them are data annotators. Covalen told staff the roles are at risk as Meta moves the work to its own AI systems.')).toBe('Covalen');
    expect(cutter('Meta may cut over 700 employees in Ireland who trained its AI', 'Approximately 500 of them are data annotators.')).toBe('Meta');
  });

  it('is whose staff the opening says the cut takes, not the client the headline names ("Over 700 Covalen workers", news.promptgoblins.ai, 2026)', () => {
    const opening = '• • Over 700 Covalen workers in Dublin notified of layoffs; ~500 are data annotators for Meta. ' +
      '• • Second round of cuts in months — combined, nearly halving Covalen\'s Dublin headcount. ' +
      '• • Meta is replacing third-party content moderation with internally built AI systems. ' +
      'Covalen is a Dublin firm providing data labeling and content moderation for Meta. ' +
      'Together, both rounds will reduce Covalen\'s Dublin workforce by nearly half, per the Communications Workers\' Union.';
    expect(cutter('Meta AI Trainers Face Mass Layoffs as Automation Replaces Their Work', opening)).toBe('Covalen');
    expect(cutter('Meta AI Trainers Face Mass Layoffs as Automation Replaces Their Work', opening.replace(/Covalen/g, 'Meta'))).toBe('Meta');
    // The client beaten, that employer or no one: not a third company the page goes on to name cutting.
    expect(cutter('Meta AI Trainers Face Mass Layoffs as Automation Replaces Their Work',
      'Over 700 Covalen workers in Dublin notified of layoffs; ~500 are data annotators for Meta. Accenture is cutting 19,000 jobs worldwide. ' +
      'Accenture said it will lay off 500 more staff in Ireland. Together, both rounds will reduce Covalen\'s Dublin workforce by nearly half.')).toBeNull();
  });

  it('is the employer the cut\'s people are named at, in each language that writes it so (STAFF_AT_WORDS)', () => {
    const cases: Record<string, [string, string]> = {
      at: ['en', 'Employees at Covalen were told yesterday that 310 of them have been laid off. The union met Covalen on Monday.'],
      bei: ['de', 'Die Mitarbeiter bei Covalen sollen bis Ende des Jahres 400 Stellen verlieren. Die Gewerkschaft traf Covalen am Montag.'],
      chez: ['fr', 'Les salariés chez Covalen vont perdre 400 postes. Le syndicat a rencontré Covalen lundi.'],
      bij: ['nl', 'Medewerkers bij Covalen verliezen 400 banen. De vakbond sprak maandag met Covalen.'],
      presso: ['it', 'I dipendenti presso Covalen perderanno 400 posti di lavoro. Il sindacato ha incontrato Covalen lunedì.'],
    };
    expect(Object.keys(cases).sort()).toEqual([...STAFF_AT_WORDS].sort());
    for (const [lang, text] of Object.values(cases)) expect(cutter('Shock in Dublin', text, lang)).toBe('Covalen');
  });

  it('is not a vendor named with its contract or hired in after the cut ("Metro Bank cuts 300 jobs; inks Infosys deal", finextra.com, 2024)', () => {
    expect(cutter('Metro Bank cuts 300 jobs; inks Infosys deal', 'The Infosys deal is designed to achieve this. Metro Bank expects savings.')).toBe('Metro Bank');
    expect(cutter('Savings drive at British lender',
      'UK lender Metro Bank is axing around 300 jobs and calling in Infosys for an IT overhaul as it bids to find £80 million a year in savings. ' +
      'Metro Bank expects to deliver £80m of annualised cost savings this year.')).toBe('Metro Bank');
    expect(cutter('Metro Bank streicht 300 Stellen, der Infosys-Vertrag soll sparen', 'Metro Bank will 80 Millionen Pfund im Jahr sparen.', 'de')).not.toBe('Infosys');
  });

  it('is not what a section\'s label names before "the company" ("LAVORO", corrierecomunicazioni.it, 2022)', () => {
    expect(cutter('TomTom “automatizza” le mappe: via il 10% dei dipendenti',
      'LAVORO\nLa società olandese, che nel periodo della pandemia ha perso più di un quarto del proprio valore in Borsa, annuncia di voler “tagliare” circa 500 dipendenti.', 'it')).toBe('TomTom');
  });

  it('points "they" back to no company named after an unnamed one its sentence is about ("AN Irish company that offers services to Meta", thejournal.ie, 2025)', () => {
    expect(cutter('Staff at Irish Meta client firm told 400 jobs at risk just weeks ahead of Christmas',
      'EMPLOYEES AT AN Irish company that offers services to Meta – the parent company of Facebook and Instagram – have been put on notice that 400 jobs there are at risk. ' +
      'Employees at Covalen were informed yesterday that over 310 people in AI annotator roles, as well as 59 in quality analytics and 51 in management and support roles may lose their jobs. ' +
      'They have been given until Monday to nominate employee representatives who will engage with the employer as part of a collective redundancy process.')).not.toBe('Meta');
  });

  it('is not a title its publisher or maker is named after ("Mirror publisher")', () => {
    expect(cutter('Mirror publisher puts 600 jobs at risk amid AI and reader changes', 'The Mirror was founded in 1903. The Mirror is a tabloid.')).toBeNull();
  });

  it('is the subject after the verb in a German verb-second clause, where nouns for staff and counts are capitalised', () => {
    expect(cutter('In den vergangenen Jahren hat Klarna Hunderte Angestellte entlassen.',
      'Die Zahl der Beschäftigten ist dadurch von über 5.000 auf 3.800 geschrumpft. Die Aufgaben haben KI-Tools übernommen.', 'de')).toBe('Klarna');
    expect(cutter('Wegen KI baut Salesforce Stellen im Kundendienst ab', 'Der Konzern setzt auf KI-Agenten.', 'de')).toBe('Salesforce');
  });

  it('is the subject of a later cut in the sentence when its first cut words have none', () => {
    expect(cutter('GitLab cuts 350 jobs in AI reorganization',
      'The contradiction between thriving balance sheets and sudden workforce reductions has reached a tipping point as GitLab implements a sweeping reorganization that eliminates approximately 350 employees. GitLab said AI is central to its next phase.')).toBe('GitLab');
    expect(cutter('Workforce reductions spread across tech',
      'Workforce reductions are spreading across the industry as Dropbox lays off 500 employees. Dropbox said it would invest in AI.')).toBe('Dropbox');
  });

  it('is not the company the cutter blames', () => {
    expect(cutter('Chegg blames Google for cutting 388 jobs',
      'The education company said AI search summaries drained the traffic to its homework site.')).toBe('Chegg');
    expect(cutter('Chegg culpa a Google por el recorte de 388 empleos',
      'La empresa dijo que los resúmenes de IA del buscador le quitaron visitas.', 'es')).toBe('Chegg');
  });

  it('is none of a roundup\'s range of companies ("from X to Y")', () => {
    expect(cutter("Da Hp ad Amazon fino a Klarna e Allianz, l'IA fa piazza pulita: tagliati migliaia di posti di lavoro",
      "Nel nuovo bollettino delle vittime annunciate dall'intelligenza artificiale il bilancio sale vertiginosamente.", 'it')).toBeNull();
    expect(cutter('Tagli al personale, da Amazon a Hp: le aziende tagliano, i ricavi crescono', 'Ecco perché.', 'it')).toBeNull();
    expect(cutter('From Amazon to Salesforce, companies cut thousands of jobs citing AI', 'The list grows every week.')).toBeNull();
  });

  it('is a name no list knows that the words around it call a supplier or a brokerage', () => {
    expect(cutter('Acrisure, the world\'s eighth-largest insurance brokerage, cut 2,250 jobs and directly blamed AI',
      'An internal letter from Acrisure CEO Greg Williams announced the eliminations.')).toBe('Acrisure');
    expect(cutter('Het Nederlandse navigatiebedrijf TomTom moet tien procent van het totaal aantal jobs schrappen, dat meldt het Financieel Dagblad.',
      'Het bedrijf zet in op AI.', 'nl')).toBe('TomTom');
  });

  it('is the name after a description of what it is that opens the sentence, not the object of its preposition', () => {
    expect(cutter("L'azienda di software Oracle sta pianificando migliaia di tagli di posti di lavoro",
      "Secondo Bloomberg, nell'ultimo anno Oracle ha speso molto in data center per l'IA.", 'it')).toBe('Oracle');
    expect(cutter('La startup de inteligencia artificial de Elon Musk, xAI, despidió a unos 500 empleados el fin de semana',
      'Los despidos llegaron por correo electrónico mientras xAI reorienta el entrenamiento de su chatbot.', 'es')).toBe('xAI');
    // "Banco do Brasil" is one name: "Brasil" is not a company the bank is described as.
    expect(cutter('O Banco do Brasil vai fechar 361 unidades e cortar 5.000 funcionários com um plano de demissão',
      'O plano foi anunciado nesta segunda-feira.', 'pt')).not.toBe('Brasil');
  });

  it('is the company named before a sentence that points back by what it is, typeset apostrophes too', () => {
    expect(cutter('Accenture ridisegna la sua forza lavoro per l’era dell’intelligenza artificiale',
      'La notizia ha sorpreso molti osservatori del settore. Il colosso della consulenza sta riducendo il personale che non riesce a riqualificarsi sull’IA.', 'it')).toBe('Accenture');
    expect(cutter('Le groupe Capgemini annonce un plan de départs en France',
      'La décision intervient dans un contexte de forte accélération technologique. L’entreprise prévoit environ 2 400 suppressions de postes à cause de l’intelligence artificielle.', 'fr')).toBe('Capgemini');
    // A weekday the matcher took for a company is not the one pointed back to.
    expect(cutter('Nike plans to save $2 billion with a leaner organization',
      'Nike on Thursday announced new measures to streamline its organization. The sportswear giant said the plan involves layoffs across its offices.')).toBe('Nike');
    // What it is, then a name of its own before the cut: that name, not the one before.
    expect(cutter('Microsoft amplía su apuesta por la inteligencia artificial',
      'La startup de inteligencia artificial de Elon Musk, xAI, despidió a unos 500 empleados este fin de semana.', 'es')).not.toBe('Microsoft');
  });

  it('is the company whose staff the cut takes, named right after it ("reducing X’s workforce")', () => {
    expect(cutter('Inside the layoff memo: AI usage up sixfold, 1,100 jobs gone',
      'In a post on Thursday, the two co-founders wrote that they are reducing Cloudflare’s workforce by more than 1,100 employees worldwide.')).toBe('Cloudflare');
  });

  it('is the name in a compound with what it is ("Ergo-Versicherung", "Computerfabrikant HP")', () => {
    expect(cutter('Ergo-Versicherung baut 1.000 Stellen ab: Wird KI jetzt zum Jobkiller?',
      'Bis 2030 will der Versicherer rund 1.000 Arbeitsplätze abbauen. Nun gab die Ergo bekannt, dass KI viele Aufgaben übernimmt.', 'de')).toBe('Ergo');
    expect(cutter('Computerfabrikant HP gaat komende jaren tot 6000 banen schrappen',
      'Het bedrijf zet meer AI-tools in. HP verwacht zo een miljard dollar te besparen.', 'nl')).toBe('HP');
    // …a chain, a supplier, a shop, a carmaker: the name after it is the name.
    expect(cutter('Energieleverancier Eneco schrapt ongeveer 250 arbeidsplaatsen om kosten te besparen en efficiënter te gaan werken.',
      'De ingreep gaat in per 1 september. Bij Eneco werken momenteel circa 3000 mensen.', 'nl')).toBe('Eneco');
    expect(cutter('Der Autobauer Audi streicht bis Ende 2029 insgesamt 7.500 Arbeitsplätze in Deutschland.',
      'Audi will mittelfristig mehr als eine Milliarde Euro pro Jahr sparen, wie das Unternehmen mitteilte.', 'de')).toBe('Audi');
  });

  it('keeps a sentence\'s full stop out of a name, and an ordinary word heading a noun phrase out of the companies', () => {
    expect(cutter('Au Luxembourg, 115 des 170 salariés ont été licenciés par la filiale Byborg.',
      'La direction de Byborg invoque l’intelligence artificielle. Byborg emploie encore 55 personnes.', 'fr')).not.toMatch(/\.$/);
    expect(cutter('La DGFiP poursuit son entreprise de numérisation',
      'Tableau des emplois supprimés après développement d’un projet d’IA. Le tableau montre 300 postes en moins.', 'fr')).not.toBe('Tableau Software');
  });

  it('is the name after a wire dateline that opens the sentence', () => {
    expect(cutter('Most of the job cuts will fall in Denmark and Lithuania, the firm says',
      '[COPENHAGEN] Danske Bank has eliminated 420 jobs, saying automation reduced the need for support staff. Danske Bank said the cuts were largely done.')).toBe('Danske Bank');
    // …a place's name written with letters beyond ASCII too, never the place.
    expect(cutter('Zürich - Tamedia baut 290 Vollzeitstellen ab.', 'Betroffen sind Druckereien und Redaktionen, teilte Tamedia mit.', 'de')).toBe('Tamedia');
  });

  it('is none of the earlier cases listed after "after", a company an apposition names as owner, or one "similarly" brings in', () => {
    expect(cutter('Les licenciements liés à l’IA se poursuivent dans la tech',
      'Après IBM et Salesforce ces derniers mois, c’est au tour du géant des imprimantes, HP, d’annoncer des suppressions de postes.', 'fr')).toBe('HP');
    expect(cutter('Le assicurazioni puntano sull’intelligenza artificiale',
      'Allianz Partners, controllata del colosso assicurativo Allianz, si prepara a tagliare fino a 1.800 posti di lavoro.', 'it')).not.toBe('Allianz');
    expect(cutter('Der Druckerhersteller will Kosten senken',
      'Die Pläne betreffen vor allem die Verwaltung. Ähnlich erklärte IBM-Chef Arvind Krishna, dass das Unternehmen Hunderte Stellen durch KI ersetzt hat.', 'de')).not.toBe('IBM');
  });

  it('is a name no list knows whose chief executive announces the cut ("X CEO Y …")', () => {
    expect(cutter('Insurance broker blames AI for mass layoff',
      'On Tuesday, Brokerly CEO Dana Whitfield sent staff a letter announcing the elimination of about 900 positions.')).toBe('Brokerly');
    // A former chief executive speaks for no company.
    expect(cutter('AI is coming for office jobs, a veteran warns',
      'Former Brokerly CEO Dana Whitfield said companies will cut thousands of positions.')).toBeNull();
  });

  it('is the subject named after a headline that opens with the cut as a verb', () => {
    expect(cutter('Supprimer 4 500 emplois et miser sur l’automatisation : le géant américain de la chimie Dow veut faire plus avec moins',
      'Le groupe vise deux milliards de dollars d’économies d’ici 2028.', 'fr')).toBe('Dow');
    // …never someone quoted there.
    expect(cutter('Replacing bank tellers with AI: analysts at Jefferies expect more lenders to follow', 'The trend is spreading.')).toBeNull();
  });

  it('is none of a list of three or more companies cutting together (a tally)', () => {
    expect(cutter('Amazon, Microsoft, Google, and Meta have collectively eliminated more than 60,000 positions in the first five months of 2026',
      'Executives describe the restructuring as right-sizing for an AI-first operating model.')).toBeNull();
  });

  it('is named after a weekday that opens the sentence, or "in casa"', () => {
    expect(cutter('Lunedì Chegg ha annunciato un’importante ristrutturazione, tagliando il 45% della sua forza lavoro',
      "L'azienda punta sull'intelligenza artificiale.", 'it')).toBe('Chegg');
    expect(cutter('Nuova maxi riduzione di posti di lavoro in casa Microsoft.', "L'azienda punta sull'intelligenza artificiale.", 'it')).toBe('Microsoft');
  });

  it('is not an outlet named as the story\'s source in the other languages, but is a company the dataset holds telling of its own cut', () => {
    expect(cutter('Databasegigant Oracle is dit voorjaar bezig met een wereldwijde ontslagronde die in stilte wordt uitgevoerd.',
      "Volgens Business Insider zijn er in maart zo'n 1.500 mensen ontslagen. Oracle ontkent niet dat er ontslagen vallen.", 'nl')).not.toBe('Business Insider');
    expect(cutter('A recente decisão da Snorkel AI de reduzir sua força de trabalho em 13% reacende debates',
      'Segundo reportagem publicada pelo Business Insider, a empresa, avaliada em cerca de US$1,3 bilhão, demitiu 31 dos 240 empregados.', 'pt')).not.toBe('Business Insider');
    expect(cutter('A fabricante de veículos norte-americana Ford anunciou nesta segunda-feira o encerramento total da produção de suas três fábricas no Brasil.',
      'Em um comunicado divulgado à imprensa, a Ford informou que "encerrará a produção nas fábricas de Camaçari". ' +
      'Segundo a Ford, pelo menos 5 mil trabalhadores do Brasil e Argentina serão demitidos.', 'pt')).toBe('Ford');
    expect(cutter('Le détaillant s\'attend à supprimer 7500 emplois à travers le monde',
      'Selon IKEA, les réductions de personnel lui permettront de se concentrer sur sa plate-forme de commerce électronique.', 'fr')).toBe('IKEA');
  });

  it('is not a union speaking of another company\'s cut ("FSU says Suncorp job cuts…"), a board, or AI with its article glued on', () => {
    expect(cutter('FSU says Suncorp job cuts ‘impact insurance’',
      'The Finance Sector Union (FSU) says some of the 550 jobs facing the axe at Suncorp will come from insurance. ' +
      'But FSU told insuranceNEWS.com.au that the 550 figure was on top of the job losses stemming from branch closures.')).not.toBe('FSU');
    expect(cutter("Unifor condemns Bell's shortsighted workforce reduction plans that will potentially cost another 1,200 workers their jobs.",
      '"Bell cannot keep cutting jobs every year and expect the ship to turn itself around," said Unifor National President Lana Payne.')).not.toBe('Unifor');
    expect(cutter('Vorstand will Arbeitsplätze vernichten', 'Der Vorstand des Autozulieferer Bosch will weitere Stellen in der Antriebssparte abbauen.', 'de')).not.toBe('Vorstand');
    expect(cutter('L’IA coûte-t-elle des emplois dans les banques ou n’est-ce qu’un prétexte ? (Analyse)',
      'Accueil » L’IA coûte-t-elle des emplois dans les banques ou n’est-ce qu’un prétexte ?', 'fr')).toBeNull();
    // A name no list knows that says what it does itself is still the subject: "Acme says it will cut 200 jobs".
    expect(cutter('Baker McKenzie says it will cut business services jobs as it leans on AI',
      'Baker McKenzie said the cuts would fall mostly in London.')).toBe('Baker McKenzie');
  });

  it('is not one of the companies a headline says it is not, a ministry\'s name, or a headline\'s label ("Scoop:")', () => {
    expect(cutter('Bad news for employees: Not Microsoft, Meta, Infosys, THIS company lays off more than 200 techies with no warning; it is...',
      'Google has laid off more than 200 contract workers who evaluated its AI products.')).not.toBe('Infosys');
    expect(cutter('"Vodafone ha avviato formalmente, con lettera alle OOSS e al Ministero del Lavoro, la procedura per la gestione di 1.000 esuberi.',
      'La procedura riguarda i dipendenti di tutta Italia.', 'it')).toBe('Vodafone');
    expect(cutter('Scoop: Huge layoffs expected at Lee Enterprises',
      'Lee Enterprises has been quietly laying off dozens of employees across its local papers and at the corporate level.')).toBe('Lee Enterprises');
  });

  it('is the name after a hyphenated compound of what it is ("Die TV-Sendergruppe RTL plant…")', () => {
    expect(cutter('Die TV-Sendergruppe RTL plant einen größeren Stellenabbau in Deutschland.',
      'Betroffen seien vor allem die Nachrichten.', 'de')).toBe('RTL');
  });

  it('is a name no list knows that an apposition with an article calls a company, named once ("King, the Microsoft-owned developer…, is…")', () => {
    expect(cutter('‘HR is an absolute ****show’ | Candy Crush maker reportedly replacing laid-off staff with AI',
      'King, the Microsoft-owned developer best known for making games like Candy Crush and Farm Heroes Saga, is reportedly laying off employees and replacing them with AI tools.')).toBe('King');
    // Not after an owner's possessive, nor where the apposition does not close (a fronted word: "Contudo, o banco tem…").
    expect(cutter("Home furnishings chain Bramwell's files for bankruptcy, will close all 210 stores",
      "WILMINGTON, Del. - Bramwell's Home, the home furnishings retailer, filed for Chapter 11 bankruptcy protection on Sunday and said it would close all 210 of its stores and lay off about 6,800 employees.")).not.toBe('Home');
    expect(cutter('O setor financeiro português tem uma média etária relativamente elevada',
      'Contudo, o banco tem avançado com a saída de trabalhadores.', 'pt')).not.toBe('Contudo');
  });

  it('is the one company opening a headline with no cut of its own, for an agentless cut right below it', () => {
    expect(cutter('ABN AMRO was in 2025 op dreef met de grote reorganisatie bij de bank, waarmee topvrouw Marguerite Bérard het concern winstgevender wil maken.',
      'Dat komt neer op circa 30 procent van de 5200 banen die tot en met 2028 worden geschrapt.', 'nl')).toBe('ABN AMRO');
    // Not where the headline's own cut has a subject, whatever else it names, nor below a headline a name no list knows opens.
    expect(cutter('La revista HOLA ha empezado a despedir a casi la mitad de su plantilla en España con un enemigo muy claro: Google y la Inteligencia Artificial',
      'Los despidos se han comunicado en las últimas semanas mediante cartas formales a los trabajadores afectados.', 'es')).not.toBe('Alphabet');
    expect(cutter('El Sabadell y el BBVA van recuperando poco a poco los planes que dejaron pendientes tras el estallido de la opa.',
      'El catalán ha reactivado este mes de diciembre el plan de prejubilaciones que tuvo que paralizar en el 2024 para más de un centenar de empleados.', 'es')).not.toBe('BBVA');
  });

  it('is not what the company was before ("Beko (ex Whirlpool) licenzia…")', () => {
    expect(cutter('Beko (ex Whirlpool) licenzia in Italia 2mila lavoratori.',
      'A questo si aggiunge anche il taglio di altri 700 dipendenti del comparto amministrativo e dirigenziale di Beko Europe in Italia.', 'it')).not.toBe('Whirlpool');
  });

  it('is an ordinary-word name the words around it call a company, but neither of two clauses\' subjects', () => {
    expect(cutter('O ano de 2025 continua a ser marcado por uma série de demissões no setor de tecnologia.',
      'Recentemente, a Workday, uma empresa de software especializada em finanças e recursos humanos, anunciou o corte de 1.750 funcionários. ' +
      'O CEO da Workday, Carl Eschenbach, justificou a decisão.', 'pt')).toBe('Workday');
    expect(cutter('Two retailers, two explanations for their cuts',
      'Home-goods chain Wayfair is cutting warehouse roles on trade costs, while Swedish fashion group H&M says automation will shrink its customer service teams.')).toBeNull();
  });

  it('is not the company whose AI products the laid-off workers worked on, but is the owner of an AI unit cutting', () => {
    expect(cutter('More than 200 contract workers who worked on evaluating and improving Google\'s AI products, including Gemini, have been laid off',
      'The raters say they were dismissed without warning.')).toBeNull();
    expect(cutter('Meta\'s AI unit cuts 600 jobs', 'The company is reorganising its superintelligence lab.')).toBe('Meta');
  });

  it('is not an ordinary-word name that ends a phrase the page writes in lower case ("Civil Service" and "civil service")', () => {
    expect(cutter('Civil Service Job Cuts Loom as Minister Highlights AI Efficiency Initiatives',
      'According to a cabinet minister, it is “almost certain” that the government will reduce civil service staff numbers as it integrates digital technology.')).not.toBe('Service');
  });

  it('is a name that is also a word when the page names it with a capital all over ("Amazon" the river)', () => {
    const text = 'Esta cifra se suma a la supresión de 14,000 puestos de oficina que Amazon anunció en octubre. ' +
      'Según Amazon, la inteligencia artificial permite equipos más pequeños. Los empleados de Amazon recibieron un correo.';
    expect(cutter('En un movimiento que sacude nuevamente al sector tecnológico, Amazon notificó este miércoles a su plantilla el despido de 16,000 trabajadores a nivel global.', text, 'es')).toBe('Amazon');
    // Named once, it needs the cut right after it, or a company's act: "Amazon notificó…" says so on its own.
    expect(cutter('En un movimiento que sacude nuevamente al sector tecnológico, Amazon notificó este miércoles a su plantilla el despido de 16,000 trabajadores a nivel global.', 'La cifra es alta.', 'es')).toBe('Amazon');
    expect(cutter('En un movimiento que sacude nuevamente al sector tecnológico, en la Amazon llegó este miércoles el despido de 16,000 trabajadores a nivel global.', 'La cifra es alta.', 'es')).toBeNull();
  });

  it('is not a name before a colon whose clause has a subject of its own', () => {
    expect(cutter('Amazon ha iniciado un efecto dominó: quien reparte sus paquetes también anuncia 30.000 despidos',
      'UPS recortará 30.000 empleos este año.', 'es')).toBe('UPS');
  });

  it('is never a person, however the headline opens', () => {
    expect(cutter('Jack Dorsey Cuts 40% of Staff',
      'Block’s recent decision to cut nearly 40% of its workforce, laying off over 4,000 employees, has sent shockwaves through the tech industry. ' +
      'CEO and co-founder Jack Dorsey explained the layoffs in a letter to shareholders, citing AI-powered tools.')).not.toBe('Jack Dorsey');
  });

  it('is the company where the cut happens, named after it, even by a name no list has', () => {
    expect(cutter('Mass layoffs hit Square Enix hours after it shares plans to have AI handle 70% of its QA',
      'Layoffs have hit Square Enix in the US and UK, with upwards of 100 employees reportedly impacted. I reached out to Square Enix for comment.')).toBe('Square Enix');
    expect(cutter('Telecommunications giant Telstra to cut 550 jobs as it leans on AI',
      'Telstra will cut up to 550 jobs as it uses artificial intelligence to simplify the business, the company said. Unions said Telstra staff were shocked.')).toBe('Telstra');
  });

  it('is a name no list has when the page goes on with the short form it gives in brackets', () => {
    expect(cutter('Sydney: Insurance Australia Group (IAG) has announced the reduction of 410 technology and enterprise roles in Australia',
      'The insurer confirmed that a total of 728 roles will be impacted. IAG defended the decision, stating it is focused on customer experience.')).toBe('Insurance Australia Group');
    // Once a list knows the bank, its own short name stands.
    expect(cutter('Sydney: National Australia Bank (NAB) has announced the reduction of 410 technology and enterprise roles in Australia',
      'The bank confirmed that a total of 728 roles will be impacted. NAB defended the decision, stating it is focused on customer experience.')).toBe('NAB');
  });

  it('is never a month, weekday or function word of the languages we read', () => {
    // Juni is also a Swedish fintech; here it is the month.
    const reuters = 'San Francisco/Bangalore, 28. Okt (Reuters) - Der Tech-Riese AmazonAMZN.O streicht wegen des verstärkten Einsatzes von Künstlicher Intelligenz (KI) und zur Senkung von Kosten rund 14.000 Stellen in seiner Verwaltung.';
    expect(cutter(reuters, `${reuters} Weitere Einschnitte würden im kommenden Jahr erwartet, teilte der US-Konzern am Dienstag mit. ` +
      'Amazon-Chef Andy Jassy hatte bereits im Juni auf die Möglichkeit von Stellenstreichungen durch den zunehmenden Einsatz von KI hingewiesen.', 'de')).not.toBe('Juni');
    expect(cutter('Een Japanse verzekeraar vervangt 34 werknemers door kunstmatige intelligentie',
      'Een Japanse verzekeraar vervangt 34 werknemers door een systeem met kunstmatige intelligentie. Een Japanse bank volgt.', 'nl')).not.toBe('Een Japanse');
  });

  it('is never a word a preposition or a headline\'s colon sets apart, though a company has it as its name', () => {
    // "Thursday" (the dating app), "On" (the shoe maker) and "Shift" are in the tracker's and the SEC's lists.
    expect(cutter('Dutch banks to cut thousands of jobs amid cost drives',
      'State-owned ASN Bank said on Thursday it will eliminate as many as 950 positions by the end of next year.')).not.toBe('Thursday');
    expect(cutter('AI’s Impact On Media: Jobs Cut, Innovation Soars', 'Newsrooms are using AI for transcription and summaries.')).toBeNull();
    expect(cutter('AI Hiring Shift: CEOs Slash Junior Roles, Favor Older Workers', 'Entry-level roles are the easiest to automate.')).toBeNull();
  });

  it('is never a group of people, a person with a middle initial, or a government named by an adjective', () => {
    expect(cutter('CEOs Make AI a Top Priority Amid Layoff Fears', 'CEOs make AI a top priority as layoffs loom, a CEOs survey shows.')).toBeNull();
    expect(cutter('Beschäftigte in Berlin protestieren gegen Entlassungen und Automatisierung',
      'Laut der Gewerkschaft ver.di plant TikTok, rund 150 Mitarbeitende zu entlassen. Beschäftigte in Berlin protestieren.', 'de')).not.toBe('Beschäftigte');
    expect(cutter('Stephen S. Poloz at the Standing Committee on Finance',
      'Stephen S. Poloz said AI would cut jobs in some sectors. Stephen S. Poloz then took questions.')).toBeNull();
    expect(cutter('AI could replace two-thirds of civil service jobs in next 15 years',
      'The former government wanted to cut 10,000 civil service jobs by using AI.')).not.toBe('former government');
  });

  it('is a name no list has that opens the clause after a colon, and not a company named after it', () => {
    expect(cutter('Der jüngste Doppelbefund aus zwei Branchen zeigt, in welchem Tempo KI in Unternehmensprozesse hineinwächst: Allianz Partners will bis zu 1800 Stellen streichen, vor allem im Callcenter.',
      'HP kündigt einen Abbau von 4000 bis 6000 Arbeitsplätzen an. Allianz Partners erhält täglich rund 200.000 Anrufe.', 'de')).toBe('Allianz Partners');
  });

  it('is a name no list has right before its cut after a comma, without the kind word before it, and never two names joined', () => {
    expect(cutter('Grazie a AI e omnichannel, Banca BPER taglierà 2.000 dipendenti (ma ne assumerà altri 1.100, anche nell’IT)',
      'BPER ha presentato il nuovo piano industriale. Il piano di riduzione del personale sarà realizzato attraverso uscite volontarie.', 'it')).toBe('BPER');
    expect(cutter('Under pressure, EY and KPMG cut jobs as economic pressures mount',
      'EY and KPMG have both announced cuts this year. EY said demand had slowed.')).not.toBe('EY and KPMG');
  });

  it('is no one where the cut is millions of jobs: a forecast or a tally, whoever says it', () => {
    expect(cutter('Goldman Sachs Says that 300 Million Jobs Can Be Replaced by AI Automation',
      'Goldman Sachs economists estimate that generative AI could expose the equivalent of 300 million full-time jobs to automation.')).toBeNull();
    expect(cutter('Goldman Sachs to cut 1,800 jobs as AI reshapes banking', 'Goldman Sachs will cut about 1,800 jobs, the bank said.')).toBe('Goldman Sachs');
  });

  it('is the company a modal follows right before its cut: its own possible cut as reported, even by a name no list has', () => {
    expect(cutter('Hot for its bot, McKinsey may cut thousands of jobs',
      'McKinsey is weighing cuts to its non-client-facing staff as AI agents take on work. Bloomberg first reported the plans at McKinsey.')).toBe('McKinsey');
    // Someone's forecast about others is not a plan of the one who makes it.
    expect(cutter('The wide-ranging poll of 2,000 executives, conducted by Swiss staffing firm Adecco Group, showed that 41% of them expect to employ fewer people because of AI',
      'Adecco Group said the results show the potential of AI.')).toBeNull();
  });

  it('is the maker its kind word and an adjective name, not the customer named after it', () => {
    expect(cutter('A fabricante taiwanesa Foxconn, mais conhecida por ser a principal empresa que fabrica o iPhone, da norte-americana Apple, substituiu 60 mil trabalhadores de sua planta na China por robôs.',
      'Em nota, a Foxconn confirmou a substituição de pessoas por robôs.', 'pt')).toBe('Foxconn');
    expect(cutter('Indra plantea despedir a 1.036 empleados de su principal filial en España',
      'Indra ha comunicado a los sindicatos un ERE. Indra dice que la IA cambia el trabajo.', 'es')).not.toBe('España');
  });

  it('is not a company first named as the story turns to another topic', () => {
    expect(cutter('La inteligencia artificial se convirtió en protagonista de una profunda transformación laboral.',
      'Cientos de empleados fueron despedidos tras la implementación de nuevas herramientas de IA. ' +
      'Por otro lado, Microsoft anunció este mes el recorte de 9 mil empleados, seguido por Intel.', 'es')).toBeNull();
    expect(cutter('Microsoft cuts 9,000 jobs as it leans on AI',
      'Microsoft said it would cut 9,000 jobs. Meanwhile, Microsoft announced the cut of 9,000 roles in sales.')).toBe('Microsoft');
  });

  it('is never a word for "all" or "first" opening a headline, and a Dutch compound kind names one', () => {
    expect(cutter('Tutti licenziati.', 'InvestCloud ha avviato il licenziamento collettivo dei 37 dipendenti di Marghera. InvestCloud cita l\'IA.', 'it')).not.toBe('Tutti');
    expect(cutter('Achmea, de grootste zorg- en schadeverzekeraar van Nederland, schrapt 240 banen',
      'De verzekeraar Achmea schrapt de komende drie jaar 240 banen door automatisering. Achmea zegt dat AI het werk overneemt.', 'nl')).toBe('Achmea');
  });

  it('is the subsidiary a compound or a kind word names, not its owner', () => {
    expect(cutter('Die Allianz-Tochter Allianz Partners streicht bis zu 1800 Stellen weltweit – und begründet dies mit dem Einsatz Künstlicher Intelligenz.',
      'Betroffen sind vor allem Call-Center-Mitarbeiter. Weltweit beschäftigt Allianz Partners rund 22.600 Mitarbeiter.', 'de')).toBe('Allianz Partners');
  });

  it('is a name no list has that an apposition calls a company, in any of our languages', () => {
    expect(cutter('Bradesco desliga e fecha agências bancárias',
      'A troca de pessoas por máquinas está mais perto do que nunca. O Bradesco, maior banco privado do país, já começa a substituir o quadro de pessoal pela chamada “transformação digital”. ' +
      'Para isso, o banco abriu um PDV, desligando cerca de 3.500 pessoas. Os funcionários do Bradesco protestam.', 'pt')).toBe('Bradesco');
    expect(cutter('In a troubling turn of events for the gaming industry, King, the developer behind the wildly popular Candy Crush series, is reportedly replacing laid-off staff with AI tools',
      'The layoffs affect around 200 employees or roughly 10% of King’s workforce.')).toBe('King');
    // A platform is a kind in every language we read.
    const italian = 'I responsabili di StackOverflow, forse la più nota piattaforma online dedicata alla programmazione, avrebbe deciso di licenziare il 28% della propria forza lavoro.';
    expect(cutter('Layoffs in tech', `${italian} StackOverflow is laying off 28% of its workforce.`, 'it')).toBe('StackOverflow');
  });

  it('is the company a Dutch adjective of its country stands before ("Het Duitse SAP gaat…"), by its own name', () => {
    const cases: [title: string, text: string, cutting: string][] = [
      ['Het Duitse SAP gaat dit jaar een herstructurering doorvoeren waarbij 8.000 banen verdwijnen', 'Momenteel zijn er meer dan 105.000 mensen werkzaam bij SAP.', 'SAP'],
      ['Het Amerikaanse Booking.com ontslaat wereldwijd een kwart van het personeel',
        '"Helaas moeten we door de coronacrisis de stap zetten om ons personeelsbestand in te krimpen", zegt een woordvoerder van Booking.com.', 'Booking Holdings'],
    ];
    for (const [title, text, cutting] of cases) expect(cutter(title, text, 'nl')).toBe(cutting);
  });

  it('is a name no list has set off by commas around what it owns or what it is, before its cut', () => {
    const union = 'De acordo com a agência, cerca de 800 trabalhadores aderiram a um programa de rescisão, cita o presidente do sindicato dos trabalhadores da Altice Portugal.';
    expect(cutter('A Altice Portugal, dona da MEO, está a cortar cerca de 1.000 empregos, ou 16% da força de trabalho.', union, 'pt')).toBe('Altice Portugal');
    // …never a person, whose company it is.
    expect(cutter('Suumit Shah, dono da Dukaan, demitiu 90% dos funcionários de atendimento.', 'Suumit Shah disse no Twitter que a troca melhorou as respostas.', 'pt'))
      .not.toBe('Suumit Shah');
  });

  it('is a name no list has of what it is, "of" and a place ("Bank of Queensland"), opening the headline before its cut', () => {
    expect(cutter('The Bank of Queensland is set to shed up to 200 jobs through a new partnership with a tech firm.',
      'The Bank of Queensland is replacing call centre staff with artificial intelligence.')).toBe('Bank of Queensland');
    // …not a person's role of a company ("CEO of Block"): a person is never the cutter; the company whose chief cuts is.
    expect(cutter('CEO of Globex cuts 27 of 30 student workers on sales team', 'He replaced them with AI.')).toBe('Globex');
  });

  it('is a name no list has that opens the headline before its cut, though a company the lists know comes after the cut', () => {
    expect(cutter('BOQ slashes 200 Australian jobs through Capgemini partnership',
      'Bank of Queensland (BOQ) has been accused of treating staff as “disposable” after cutting 200 Australian jobs. ' +
      'FSU national secretary Julia Angrisano said the BOQ cuts had been planned in secret.')).toBe('BOQ');
    // …but not where the company the lists know is the subject, or named before the cut.
    expect(cutter('Tech Giants Amazon and Google slash jobs', 'Amazon cut 14,000 roles. Google cut 200.')).not.toBe('Tech Giants');
  });

  it('is a name no list has that opens the sentence with its own plan, the cut further on (German puts it last)', () => {
    expect(cutter('Allianz Partners will in den kommenden zwölf bis 18 Monaten zwischen 1.500 und 1.800 Stellen weltweit abbauen.',
      'Betroffen seien vor allem Callcenter-Tätigkeiten, die künftig von KI-Systemen übernommen werden sollen. Die Allianz Partners SAS ist eine Tochter der Allianz-Gruppe.', 'de')).toBe('Allianz Partners');
    // …with the comma German sets before the infinitive clause.
    expect(cutter('Versicherer: Tochter plant Abbau wegen KI',
      'Allianz Partners plant, in den nächsten zwölf bis 18 Monaten zwischen 1500 und 1800 Jobs wegfallen zu lassen, wie Insider berichten. ' +
      'Demzufolge sollen bei Allianz Partners in Deutschland über 100 Stellen betroffen sein.', 'de')).toBe('Allianz Partners');
  });

  it('is the name no list has that the headline opens with, where "the firm" points back to it', () => {
    expect(cutter('Baker McKenzie cuts business services team as it leans on AI',
      'Baker McKenzie, a prominent law firm, has announced a significant reduction in its global business services team. ' +
      'The firm plans to cut ties with less than a tenth of its staff, which translates to over 700 employees. ' +
      "This decision is attributed to the firm's increased reliance on artificial intelligence (AI).")).toBe('Baker McKenzie');
  });

  it('is the company the headline names by another of its names, where its own cut comes only below a site\'s furniture', () => {
    expect(cutter('BAT expected to cut jobs in plan to boost productivity',
      'Get all your news in one place.\n\n100’s of premium titles.\n\nOne app.\n\nStart reading Evening Standard.\n\nBAT expected to cut jobs in plan to boost productivity.\n\n' +
      'British American Tobacco (BAT) is set to cut jobs and increase its use of AI as part of efforts to “simplify” its operations. ' +
      'BAT did not disclose the size and location of any job cuts.')).toBe('British American Tobacco');
    // …but a company the headline does not name, cutting only further down, is a passing mention.
    expect(cutter('Tobacco makers expected to cut jobs in plan to boost productivity',
      'Get all your news in one place.\n\n100’s of premium titles.\n\nOne app.\n\nStart reading Evening Standard.\n\nTobacco makers expected to cut jobs.\n\n' +
      'British American Tobacco (BAT) is set to cut jobs and increase its use of AI as part of efforts to “simplify” its operations.')).toBeNull();
  });

  it('is the one company the opening names after a headline that says only what it is ("Le géant français…")', () => {
    expect(cutter('Le géant français des services numériques a indiqué mardi qu’il envisageait de supprimer jusqu’à 2400 postes en France.',
      'Les suppressions passeront par des reclassements et des départs volontaires. ' +
      '« Le groupe Capgemini en France doit se transformer pour répondre aux challenges créés par l’intelligence artificielle », a déclaré l’entreprise.', 'fr')).toBe('Capgemini');
    // …not where the opening names two companies, nor the owner the sentence itself names.
    expect(cutter('Le géant français des services numériques a indiqué mardi qu’il envisageait de supprimer jusqu’à 2400 postes en France.',
      'Capgemini et Atos se transforment face à l’intelligence artificielle.', 'fr')).toBeNull();
    expect(cutter('In 2025, a major player in the U.S. health insurance industry made headlines.',
      'The company, part of UnitedHealth Group, announced voluntary buyouts and potential layoffs, affecting thousands of employees.')).not.toBe('UnitedHealth Group');
    // …nor a name the opening gives only as a preposition's object ("l'ex banca del Tesoro": the Treasury's old bank).
    expect(cutter('In questo mondo di furbi sprovveduti, dedico la lettura di queste poche righe:',
      '"Bnl trasforma Quota 100 in una opportunità: la banca, nel primo incontro con i sindacati, ha quantificato in 600 addetti le eccedenze ' +
      "'in tutta italia' da far uscire attraverso un piano di esodi volontari, tutti utilizzando 'quota 100' o 'opzione donna'. Secondo i calcoli " +
      "riferiti dai sindacati l'alta età media del personale dell'ex banca del Tesoro consente di avere un bacino potenziale di 2.500 addetti con i " +
      "requisiti per l'uscita anticipata grazie al provvedimento del governo giallo-verde.", 'it')).not.toBe('Tesoro');
  });

  it('is the subject of the sentence before a cut with no agent, named in a compound ("Lufthansa-Konzern")', () => {
    expect(cutter('Der Lufthansa-Konzern plant einen drastischen Umbau seiner Verwaltung.',
      'Bis 2030 sollen 4.000 Arbeitsplätze in diesem Bereich wegfallen. Verwaltungsprozesse sollen digitalisiert und automatisiert werden.', 'de')).toBe('Lufthansa');
    // …or after the kind it is ("La plataforma TikTok…").
    expect(cutter('Se trata de su sede en Reino Unido',
      'La plataforma TikTok decidió sustituir a cientos de moderadores humanos por inteligencia artificial (IA). ' +
      'El anuncio lo hizo este viernes e informó que despedirá a cientos de empleados del departamento de confianza y seguridad.', 'es')).toBe('ByteDance');
  });

  it('is the one company that opens a long sentence whose cut comes late', () => {
    expect(cutter('Tech company terminates staff with a pre-recorded video',
      'Atlassian CEO and co-founder Mike Cannon-Brookes sent the video titled “Restructuring the CSS Team: A Difficult Decision for Our Future” to staff on Wednesday morning (30 July), informing them that 150 staff had been made redundant as AI takes over.')).toBe('Atlassian');
  });

  it('is a government cutting its own staff, not any government a story names', () => {
    expect(cutter('UK to slash civil service jobs, use AI to boost efficiency',
      'The United Kingdom is on the brink of a significant overhaul of its civil service. The government aims to achieve this through job cuts and AI.')).toBe('UK government');
    expect(cutter('UK government wants to use AI to cut civil service jobs', 'Ministers want AI to draft answers to parliamentary questions.')).toBe('UK government');
    expect(cutter('Acme Widgets to cut 300 jobs after government contracts end', 'Acme Widgets said AI tools would take over the work. Acme Widgets employs 2,000 people.')).toBe('Acme Widgets');
  });

  it('is not an ordinary-word name that opens a fronted clause ("Beyond firing contractors, …")', () => {
    expect(cutter('Duolingo CEO tries to walk back AI-first comments, fails',
      'Beyond firing contractors, Duolingo planned to make AI a requirement for every aspect of its business. Now Luis von Ahn is trying to do damage control.')).not.toBe('Beyond');
  });

  it('is nobody where one sentence gives two companies each its own clause and reason', () => {
    expect(cutter('Two retailers, two explanations: one blames tariffs for cuts, the other says AI means it needs fewer people',
      'Home-goods chain Wayfair is cutting warehouse roles on trade costs, while Swedish fashion group H&M says automation will let it run its customer service with fewer staff. ' +
      'Two retailers announced workforce reductions on Tuesday.')).toBe(null);
  });

  it('is not the owner of the subject, nor an article read as a company', () => {
    expect(cutter('Trump’s tariffs driving thousands of layoffs at truck makers',
      'Trump’s tariffs have hit the industry. President Trump said the levies would bring jobs back.')).toBe(null);
    expect(cutter('UniCredit taglia 6.900 posti di lavoro',
      'Una parte di questi dovrebbero essere ricompresi nel piano concordato con i sindacati. Lì si parlava di 5.100 esuberi al 2018.', 'it')).not.toBe('Una Brands');
  });

  it('is a name no list has that the words around it call a newspaper, a portal or a group', () => {
    expect(cutter('Bild to replace staff with AI',
      'The Bild newspaper, owned by the Axel Springer media group, plans to cut 200 jobs and replace them with artificial intelligence (AI), according to media reports. Bild said the cuts affect regional editions.')).toBe('Bild');
    expect(cutter('La IA llega a la redacción',
      'Gizmodo, el popular portal de noticias, ha despedido a todos sus periodistas para dar paso a la IA. Los lectores de Gizmodo leen ahora traducciones automáticas.', 'es')).toBe('Gizmodo');
    expect(cutter('Presse allemande',
      'Le groupe médiatique allemand Axel Springer va supprimer des emplois chez le tabloïd Bild. Axel Springer mise sur l’intelligence artificielle.', 'fr')).toBe('Axel Springer');
  });

  it('is a name no list has after a long description of what it is that opens the sentence', () => {
    expect(cutter('Empresa de comunicação alemã diz que IA pode substituir jornalismo',
      'A gigante de mídia alemã, Axel Springer, comunicou à sua equipe que irá reduzir a sua força de trabalho no Bild. O CEO da Axel Springer diz que a IA pode substituir jornalistas.', 'pt')).toBe('Axel Springer');
  });

  it('is a name no list has opening the sentence a few words before its cut, without its legal form', () => {
    expect(cutter('Licenziamenti a Cinisello',
      'Keywords Studios Italy Srl ha aperto una procedura di licenziamento collettivo che riguarda 31 persone. I sindacati accusano Keywords Studios Italy di affidare il lavoro all’IA.', 'it')).toBe('Keywords Studios Italy');
  });

  it('is the company reorganising, however far after it the jobs go', () => {
    expect(cutter('Philips reorganiseert zijn afdeling voor innovatie en strategie, waarbij in Nederland iets meer dan negentig arbeidsplaatsen verloren gaan.',
      'Het is nog onduidelijk of er gedwongen ontslagen vallen. Volgens Philips neemt AI een deel van het werk over.', 'nl')).toBe('Philips');
  });

  it('is the name set off by commas after a long description of what employed the staff', () => {
    expect(cutter('Medio de comunicación reemplaza a sus periodistas por una IA',
      'Los periodistas del portal de tecnología y ciencia, Gizmodo, España, fueron despedidos para ser reemplazados por una inteligencia artificial. Uno de los periodistas de Gizmodo lo contó en X.', 'es')).toBe('Gizmodo');
  });

  it('is the company "the company" points back to in the clause after a colon', () => {
    expect(cutter('Accenture: "Senza AI non c\'è futuro qui"',
      'Il fatturato cresce. Tuttavia, questo successo commerciale ha un prezzo umano ben preciso: l\'azienda sta accelerando i licenziamenti di quei dipendenti che non si riqualificano sull\'IA.', 'it')).toBe('Accenture');
  });

  it('is the subject of the main clause after a cut in a fronted gerund clause', () => {
    expect(cutter('Duolingo CEO tries to walk back AI-first comments, fails',
      'Beyond firing contractors, Duolingo planned to make AI a requirement for every aspect of its business.')).toBe('Duolingo');
  });

  it('is never the words for "first" or "artificial intelligence" opening a headline, nor a person named after a role', () => {
    expect(cutter('Primer despido colectivo masivo donde la automatización es la causa principal',
      'El sindicato denuncia el despido de 70 teleoperadores. La automatización sustituye a los trabajadores.', 'es')).toBe(null);
    expect(cutter('Com foco em Inteligência Artificial, empresa americana demite 40% dos funcionários',
      'A empresa quer usar Inteligência Artificial no atendimento. A Inteligência Artificial substitui equipes inteiras.', 'pt')).toBe(null);
    expect(cutter('Jack Dorsey elimina miles de empleos y todo es culpa de la Inteligencia Artificial',
      'La compañía de pagos fundada por el empresario Jack Dorsey anunció recortes. En un comunicado, Dorsey, director ejecutivo de la empresa, explicó la decisión.', 'es')).not.toBe('Dorsey');
  });

  it('is the first company a roundup names cutting (a "salida de 700 empleados" is a cut), the tie with the next one broken further down', () => {
    expect(cutter('Los despidos por IA marcan el inicio de 2026 con una oleada de recortes en gigantes tecnológicos.',
      'Pinterest anuncia la salida de 700 empleados, el 15% de su plantilla, para reasignar recursos a ‘roles enfocados en IA’. Amazon, por su parte, despide a 16.000 trabajadores, con su CEO Andy Jassy argumentando la necesidad de menos personal en ciertos roles ante la irrupción de la inteligencia artificial. Sin embargo, surge la sospecha de ‘AI washing’: ¿se trata de automatización genuina o de una justificación corporativa para enmascarar reestructuraciones previas?\nContexto de los despidos por IA en el sector tech\nSegún una investigación del MIT citada por analistas de inversores, el 11,7% de los empleos actuales podrían automatizarse con tecnología IA disponible hoy. Empresas como Pinterest y Amazon invocan esta tendencia para justificar despidos por IA, prometiendo eficiencia y transformación digital. Pinterest especifica que los recortes afectan áreas no prioritarias, liberando fondos para innovación en IA. Amazon, meanwhile, acelera su inversión en herramientas como sus modelos de lenguaje propio, reduciendo supuestamente la dependencia de mano de obra humana en tareas repetitivas.\nEsta narrativa no es aislada. En enero de 2026, docenas de firmas tech han invocado la IA como motor de despidos masivos, un patrón que contrasta con el hype de años anteriores donde la IA prometía crear más empleos que destruir.\n¿Automatización real o justificación corporativa?\nExpertos como Antonia Dean de Black Operator Ventures advierten del ‘AI washing’: ejecutivos usan la IA como chivo expiatorio para cubrir errores pasados, como sobrecontrataciones durante la pandemia o estrategias fallidas. ‘La IA se convierte en la excusa perfecta para optimizar márgenes’, señala Dean. En Pinterest, los despidos coinciden con caídas en ingresos publicitarios, no con avances IA inmediatos.', 'es')).toBe('Pinterest');
  });

  it('is the company a kind word names right before it, or the one the executive announcing the cut heads', () => {
    expect(cutter('En France, une entreprise se sépare de 217 salariés pour mettre une IA à la place',
      "L'entreprise Onclusive basée à Courbevoie annonce remplacer 217 de ses salariés par une intelligence artificielle d'ici juin 2024.", 'fr')).toBe('Onclusive');
    expect(cutter('Block taglia il personale',
      'Con una lettera pubblica diffusa su X, il fondatore e CEO di Block ha annunciato la riduzione del personale da oltre 10.000 a meno di 6.000 persone, citando l’intelligenza artificiale.', 'it')).toBe('Block');
  });

  it('is not a newspaper the story quotes, named once', () => {
    expect(cutter('Banco Sabadell ha anunciado un ERE',
      'La plantilla del banco está formada por unos 15.000 trabajadores. El diario Nació Digital, por su lado, apunta que el ERE afectaría a más del 10% de la plantilla.', 'es')).not.toBe('Nació Digital');
  });

  it('is one capitalised word after a comma when a cut verb follows it right away', () => {
    expect(cutter('Intelligenza artificiale in redazione, Bild licenzia 200 giornalisti',
      'Ci siamo: l’intelligenza artificiale è sbarcata in redazione a Bild e scatena un’ondata di licenziamenti.', 'it')).toBe('Bild');
  });

  it('is the one company no list knows that the opening calls by what it is, where "the firm" points back to it', () => {
    expect(cutter('National firm Irwin Mitchell is preparing to scrap its cohort of litigation assistants in a restructure of the support staff network.',
      'A total of 58 staff were told this week they were potentially affected and were at risk of redundancy. ' +
      'It is understood the decision to remove the litigation assistant role is not related to the Mazur judgment. ' +
      'In a statement, the firm said it was proposing to evolve the role.')).toBe('Irwin Mitchell');
  });

  it('is no Title Case field and "Firm" opening a headline', () => {
    const opening = [
      "Law Firm Sacks Hundreds of Employees Amid Pivot to AI",
      "The Chicago based multinational law firm Baker McKenzie is laying off up to a thousand employees as part of its pivot to embracing AI, the legal hub RollOnFriday reports.",
      "In what might be an augury of how further AI related cuts could sweep other industries, it’s not the lawyers getting the axe, but instead hundreds of their support staff. These include “dozens of roles in London and Belfast,” and hundreds across functions including know-how, research, marketing, and secretarial, according to the reporting.",
      "The cuts, which could affect up to ten percent of its global workforce, or between 600 to 1,000 people, were conducted after the company “undertook a careful review” of its “business professionals functions,” a spokesperson told ROF, with AI explicitly mentioned as a factor in the decision.",
      "“This review was aimed at rethinking the ways in which we work, including through our use of AI, introducing efficiencies, and investing in those roles that best serve our clients’ needs,” the spokesperson added.",
      "The law firm’s reported layoffs come after Anthropic’s new Claude Cowork AI agent sparked a panicked sell off that sent the stock market plunging last week. Investors feared that Claude’s plugin for automating some legal tasks and paperwork could lead to layoffs and outmode the expensive software that legal firms and other white collar organizations use.",
    ].join('\n\n');
    expect(cutters('Law Firm Sacks Hundreds of Employees Amid Pivot to AI', opening, 'en',
      'https://physicalainews.com/law-firm-sacks-hundreds-of-employees-amid-pivot-to-ai/')?.name).not.toBe('Law Firm');
  });

  it('is nobody named as asking whether AI drives cuts', () => {
    expect(cutter('AP examines whether AI is actually driving layoffs',
      'AP examines whether AI is actually driving layoffs. Economists at AP and elsewhere say the data are thin.')).toBe(null);
  });

  it('is not an ordinary word that opens the headline, even where the headline is copied below it', () => {
    expect(cutter('Mass layoffs hit the games industry as AI takes over testing',
      'date 2025-11-06 Mass layoffs hit the games industry as AI takes over testing. Studios say automation now does the work.')).toBe(null);
  });

  describe('pointed back to past a story\'s source set off first', () => {
    const title = 'Amazon torna a far parlare di sé sul fronte occupazionale europeo.';
    const rest = ' il gruppo statunitense si prepara a tagliare 370 posti di lavoro nel suo quartier generale europeo in Lussemburgo, una riduzione che vale circa l\'8,5% della forza lavoro locale.' +
      '\nUn ridimensionamento “negoziato”\nIn origine Amazon avrebbe valutato un numero di licenziamenti superiore, ma le normative europee sul lavoro hanno imposto un confronto con sindacati e autorità locali.';
    it('is the company up top ("Secondo quanto riportato da Bloomberg, il gruppo statunitense si prepara a tagliare…")', () => {
      expect(cutters(title, `date 2025-12-17 ${title} Secondo quanto riportato da Bloomberg,${rest}`, 'it')?.name).toBe('Amazon');
    });
    it('is not the company up top where the phrase set off first names a company before its source', () => {
      expect(cutters(title, `date 2025-12-17 ${title} Per Microsoft, secondo Bloomberg,${rest}`, 'it')?.name).not.toBe('Amazon');
    });
  });

  describe('named by the address where the title is a sentence of the text, not its headline', () => {
    const title = 'Stop Treating This as a Tragedy. Start Treating It as a Signal.';
    const text = `${title}\nThe mainstream reaction to Cloudflare’s announcement has been predictable: shock, hand-wringing, think-pieces about the human cost of AI. ` +
      'And yes, 1,100 people losing their jobs is serious and deserves honest acknowledgment. But the framing of this story as a cautionary tale gets the analysis exactly backwards. ' +
      'What Cloudflare has done is not a warning about AI’s dangers — it is a precise, documented case study of how agent-driven automation restructures an organization from the inside out. ' +
      'As someone who studies AI architecture for a living, I find the operational mechanics here far more significant than the headline number.\nWhat the Numbers Actually Tell Us\n' +
      'Cloudflare reported $639.8 million in Q1 2026 revenue — a 34% year-over-year increase — while simultaneously cutting roughly 20% of its workforce.';
    it('is the company the address names, found as the subject of a cut below', () => {
      expect(cutters(title, text, 'en', 'https://agntai.net/cloudflare-says-ai-made-1100-jobs-obsolete-even-as-revenue-hit-a-record-high-202/')?.name).toBe('Cloudflare');
    });
    it('is no one where the address does not name it (named only further down, it may be in passing)', () => {
      expect(cutters(title, text, 'en', 'https://agntai.net/stop-treating-this-as-a-tragedy/')).toBeNull();
    });
    it('is no one where the address names another of the page\'s companies too', () => {
      const page = `${text} Like Cisco, it says AI agents now do the work.`;
      expect(cutters(title, page, 'en', 'https://agntai.net/cloudflare-and-cisco-say-ai-made-jobs-obsolete/')).toBeNull();
    });
    it('is no one where only the site\'s name holds it', () => {
      expect(cutters(title, text, 'en', 'https://blog.cloudflare.com/stop-treating-this-as-a-tragedy/')).toBeNull();
    });
  });
});

describe('a cut named only as background', () => {
  it('is no cutter where the headline names its cut only as a span behind another event ("after a year of workforce reductions")', () => {
    expect(cutter('Microsoft plans to increase hiring after a year of workforce reductions, but CEO Satya Nadella said the company’s future growth will come with “a lot more leverage” enabled by artificial intelligence.',
      'Microsoft ended its 2025 fiscal year in June with 228,000 employees, unchanged from the previous year after multiple rounds of layoffs that eliminated at least 6,000 positions, followed by an additional 9,000 cuts in July. ' +
      'Despite these reductions, Nadella said Microsoft would grow its headcount again.')).toBeNull();
    expect(cutter('After a year marked by sweeping layoffs, Microsoft CEO Satya Nadella says the company is once again gearing up to expand its workforce, but with an AI-first mindset.',
      'Microsoft’s workforce stood at 228,000 at the end of its 2025 fiscal year in June, roughly unchanged after several rounds of job cuts totaling over 15,000 employees. ' +
      'The CEO’s latest comments suggest that the company has reached a new inflection point, not of mass hiring, but of targeted scaling, where AI amplifies what fewer people can achieve.')).toBeNull();
  });

  it('is no cutter found only below a headline that denies a cut ("No Layoffs After Big Shakeup"), however the headline names it', () => {
    // The real page's opening (five sentences that name no cut), then its recall of earlier rounds.
    const body = 'Matt Booty standing in front of the Xbox logo and gaming monitors in a dark studio setting.\n\n' +
      'Matt Booty, Microsoft Gaming\'s new chief content officer, told staff there are "no organizational changes underway" for Xbox studios.\n\n' +
      'The newly promoted chief content officer tells staff that "there are no organizational changes underway," but Microsoft\'s recent track record gives the industry reason to stay cautious.\n\n' +
      '"My focus is on supporting the teams and leaders we have in place," he wrote.\n\nThe anxiety was not unfounded.\n\n' +
      'Microsoft has cut thousands of gaming jobs since completing its $69 billion acquisition of Activision Blizzard in October 2023.';
    expect(cutter('Matt Booty Reassures Xbox Staff: No Layoffs After Big Shakeup', body)).toBeNull();
    // The same page under a headline that names Xbox and denies nothing keeps its company.
    expect(cutter('Matt Booty Reassures Xbox Staff After Big Shakeup', body)).toBe('Microsoft');
  });

  it('keeps the company where the headline\'s negation is in a clause before its cut ("… ne s\'en cache pas : IBM compte bien remplacer…")', () => {
    const title = 'Contrairement à d’autres grands patrons, Arvind Krishna ne s’en cache pas : IBM compte bien remplacer certains employés par des outils à base d\'intelligence artificielle';
    const input = readForDetection({ url: '', kind: 'news', lang: 'fr', title, text: title });
    if (typeof input === 'string') throw new Error(input);
    const read = input.reads.find((r) => r.where === 'title')!;
    expect(read.flags.negatedCut).toBe(true);
    expect(cutter(title, 'Le patron d’IBM l’a dit à Bloomberg. IBM prévoit de suspendre les embauches pour 7 800 postes.', 'fr')).toBe('IBM');
  });

  it('reads a span that names a company before the cut as a clause of its own (a Title Case headline without its comma)', () => {
    expect(cutter('After A Year Of Layoffs Meta Cuts 5% Of Staff As AI Takes Over', 'The company said AI lets it run leaner.')).toBe('Meta');
  });

  it('leaves the new cut its company where the story recalls earlier rounds beside it', () => {
    const found = cutters('Google has significantly restructured its workforce by eliminating more than a third of its managers overseeing small teams, as part of an ongoing effort to reduce bureaucracy and improve efficiency while channeling resources into artificial intelligence.',
      'According to audio from a recent all-hands meeting reviewed by CNBC, the move reflects Google’s push to control costs and build a leaner organisation after two years of layoffs and restructuring. ' +
      'Google has repeatedly reduced its workforce since its largest-ever layoff in January 2023, which cut around 12,000 roles, or 6% of global staff.');
    expect(found?.name).toBe('Alphabet');
    // The sentence that names the rounds only as the span behind the move is not one of the cut's own.
    expect(found?.sentences).not.toContain(1);
  });
});

describe('a roundup\'s headline', () => {
  it('counting three or more cases or companies, its own cut naming no one, names no company cutting ("veja 3 casos recentes")', () => {
    expect(cutter('Inteligência artificial (IA) provoca milhares de demissões na vida real; veja 3 casos recentes',
      'Desde o boom da inteligência artificial (IA) com o lançamento do ChatGPT no fim de 2022, cresce o temor de que máquinas substituam pessoas no mercado de trabalho — e esse impacto já é real. ' +
      'A gigante alemã Lufthansa anunciou planos para reduzir 4 mil postos globalmente até 2030, principalmente cargos administrativos na Alemanha. ' +
      'Salesforce também substitui equipe por IA. A Salesforce, líder em soluções de tecnologia, cortou 4 mil funcionários da área de suporte ao cliente.', 'pt')).toBeNull();
    expect(cutter('ZF, Bayer, Bosch — in den letzten Tagen haben drei große deutsche Konzerne den Abbau von mehreren zehntausend Stellen angekündigt.',
      'Allein der Autozulieferer ZF könnte bis zum Ende des Jahrzehnts 18.000 Arbeitsplätze streichen. Bosch will weitere Stellen abbauen.', 'de')).toBeNull();
  });

  it('setting two companies against each other is no roundup ("Two banks, two reasons for smaller payrolls")', () => {
    expect(cutter('Two banks, two reasons for smaller payrolls',
      'A regional lender is shedding staff after a merger. Wells Fargo says its shrinking workforce has a different explanation. ' +
      'Wells Fargo has cut its headcount for 20 straight quarters as AI tools take over routine work.')).toBe('Wells Fargo');
  });
});

describe('the author of its own memo or filing', () => {
  it('is the one company its header names, when no site says it', () => {
    const a = analyze({
      url: '', kind: 'memo', lang: 'en', title: 'Subject: A message from Sasan',
      text: 'From: Sasan Goodarzi, CEO, Intuit To: All Intuit employees Date: July 10, 2024\nTeam,\n' +
        'I want to share some important decisions we have made to position Intuit for the era of AI. ' +
        'We are reducing the size of our workforce by approximately 1,800 people, or 10%, as we shift investment to AI-driven experiences.',
    });
    expect(a.companies[0]).toMatchObject({ name: 'Intuit', role: 'cutting', how: 'publisher' });
  });
  it("is not a company a union release names further down as its employer's AI vendor", () => {
    const a = analyze({
      url: 'https://www.newswire.ca/fr/news-releases/ia-autres-licenciements-a-tva-863077061.html', kind: 'press-release', lang: 'fr', site: 'CNW',
      title: "Après les 22 postes supprimés au sous-titrage, l'intelligence artificielle fait de nouveau irruption à TVA et 9 autres personnes tomberaient sous le couperet.",
      text: 'MONTRÉAL, le 15 oct. 2025 /CNW/ - Après les 22 postes supprimés au sous-titrage, l\'intelligence artificielle fait de nouveau irruption à TVA et 9 autres personnes tomberaient sous le couperet.\n' +
        '« Nos membres sont remplacés par des machines. Le plus odieux dans cette histoire est que notre employeur n\'a aucun scrupule à recourir aux logiciels d\'IA d\'Amazon (AWS) afin de couper dans son propre personnel. C\'est indécent ! »',
    });
    expect(a.companies.find((c) => c.role === 'cutting')?.name).not.toBe('Amazon');
  });
  it('is the filer, whose cut a filing states only below its cover page', () => {
    const input = readForDetection({
      url: '', kind: 'filing', lang: 'en', title: 'Form 8-K: CHEGG, INC.',
      text: ['SECURITIES AND EXCHANGE COMMISSION WASHINGTON, DC 20549', 'FORM 8-K', 'CURRENT REPORT Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934',
        'Date of Report (Date of earliest event reported): October 27, 2025', 'CHEGG, INC.', 'Item 2.05 Costs Associated with Exit or Disposal Activities.',
        'On October 27, 2025, the Board of Directors of Chegg, Inc. ("Chegg" or the "Company") approved a reduction in force affecting approximately 388 employees, representing about 45% of its workforce, as AI changes how students search.'].join('\n'),
    });
    if (typeof input === 'string') throw new Error(input);
    const chegg = input.mentions.find((m) => m.sentence === 0)!;
    expect(findCutter({ ...input, publisher: chegg, url: '' })?.name).toBe(chegg.name);
  });
  it('is never the owner named after what the company is and "of" ("Desenvolvedora do Candy Crush da Microsoft", "King, da Microsoft,")', () => {
    expect(cutter('Desenvolvedora do Candy Crush da Microsoft substitui 200 funcionários por ferramentas de IA que eles ajudaram a criar',
      'A desenvolvedora King, da Microsoft, responsável por Candy Crush, está substituindo aproximadamente 200 funcionários demitidos por ferramentas de inteligência artificial que esses mesmos trabalhadores ajudaram a criar, segundo várias fontes familiarizadas com o assunto.', 'pt')).toBe('King');
    expect(cutter("Microsoft's Candy Crush developer King is replacing laid-off staff with the AI tools they built",
      'Around 200 staff are affected by the layoffs.')).not.toBe('Microsoft');
    // A division of X is X's own: "La divisione gaming di Microsoft licenzia 650 dipendenti".
    expect(cutter('La divisione gaming di Microsoft licenzia 650 dipendenti', 'I tagli colpiscono soprattutto i ruoli di supporto.', 'it')).toBe('Microsoft');
  });
  it('is not the owner an apposition names, when "the company" further on points back ("Sky, a part of Comcast, is cutting…")', () => {
    expect(cutter('Sky, a part of Comcast, is cutting 2,000 call centre jobs and replacing them with AI chatbots, citing a shift in customer preferences.',
      'Three of its 10 service centres in Stockport, Sheffield, and Leeds will close, reducing its workforce by 7 percent. ' +
      'The company plans to invest more in 24/7 online chat support based overseas and AI-driven solutions. ' +
      'The company previously cut 1,000 jobs last year as more customers shifted to internet-based TV.')).not.toBe('Comcast');
  });
  it('is not the outlet someone told of the cut ("Shah erklärte gegenüber Insider, dass die Entlassungen…", "told Insider")', () => {
    expect(cutter('CEO zieht den Hass des Internets auf sich',
      'Shah erklärte gegenüber Insider, dass die Entlassungen im September 2022 stattfanden und dazu führten, dass Duukan – das derzeit 60 Mitarbeiter beschäftigt – 23 der 26 Mitglieder seines Kundensupport-Teams entließ.', 'de')).not.toBe('Insider');
  });
  it('is not an outlet the dataset does not hold, named with what it wrote ("Business Insider schreef afgelopen week dat…")', () => {
    expect(cutter('Business Insider schreef afgelopen week dat in de Verenigde Staten ongeveer vijftig banen verloren gaan.',
      'Maar ook in andere landen worden redacteuren ontslagen.', 'nl')).toBeNull();
  });
  it('is not the company a person\'s role names in an apposition, in German too ("Für Müller, den Technologie-Chef bei SAP, aber ist klar…")', () => {
    expect(cutter('Jürgen Müller ist Technologie-Vorstand bei dem Softwarekonzern SAP.',
      'Für Müller, den Technologie-Chef bei SAP, aber ist klar: „Ich halte nichts von der These, dass 80 Prozent der Jobs wegfallen werden.', 'de')).toBeNull();
  });
  it("is the government's own body named after its possessive, not the government (\"the Canadian government’s Translation Bureau\")", () => {
    expect(cutter('In March 2025, the Canadian Association of Professional Employees (CAPE), a Canadian public services union, published a press release denouncing a five-year plan from the Canadian government’s Translation Bureau to cut over 300 positions by attrition.',
      'These job cuts are reportedly part of an effort to ensure the Translation Bureau’s financial viability due to a decline in demand, in part related to the increasing use of AI translation.')).toBe('Translation Bureau');
    // A government cutting its own staff is still the government.
    expect(cutter('UK government wants to use AI to cut civil service jobs', 'Ministers said AI could do the work of thousands of civil servants.')).toBe('UK government');
  });
  it('is not the staff of a place a Title Case headline names ("Port Botany Workers Sacked via Text Message")', () => {
    expect(cutter('Port Botany Workers Sacked via Text Message',
      'Infuriated workers have formed picket line at the port after 97 employees from Sydney and Brisbane were sacked by email. Port Botany Workers said they had no warning.')).toBeNull();
    // A name that ends in a word for jobs is still a name: "Washington Post".
    expect(cutter('Washington Post lays off one third of its newsroom as AI reshapes media',
      'The Washington Post said on Wednesday it would cut about a third of its staff.')).toBe('Washington Post');
  });
  it('is the company named up top that "the bank" points back to inside a report\'s "that" clause, not the report\'s outlet', () => {
    expect(cutter('On Tuesday (February 25), DBS Bank announced that it has identified 13,000 employees who need to upskill or undergo retraining to prepare them for the future.',
      'This follows a Bloomberg report on Monday that the bank plans to cut approximately 4,000 contract and temporary workers over the next three years as AI increasingly takes on roles traditionally performed by humans.')).toBe('DBS');
    // The sentence's own company, named before "that", is its subject, not one the clause points back to.
    expect(cutter('In a move that signals a radical departure from traditional corporate scaling, Zeb Evans, the Chief Executive Officer of productivity software giant ClickUp, announced last Thursday that the company has laid off 22% of its workforce.',
      'The San Diego-based startup is attempting to replace traditional human labor with AI agents.')).toBe('ClickUp');
  });
  it('is a name no list knows opening the clause after a fronted phrase that names no one, its article in lower case too', () => {
    expect(cutter('On Tuesday, Axios announced that it would be laying off around 50 employees, which is approximately 10% of the company\'s 500-person workforce.',
      'In a message to staff, Axios CEO Jim VandeHei cited "changes in the media business" as the reason for the cuts.')).toBe('Axios');
    expect(cutter('In 2025, UnitedHealthcare, a major player in the U.S. health insurance industry, made headlines with its workforce reduction plans.',
      'Why Is UnitedHealthcare Reducing Its Workforce? UnitedHealthcare is navigating a challenging environment.')).toBe('UnitedHealthcare');
    // All of the name, not its first word: "…in the business, the Washington Post, announced it is cutting…".
    expect(cutter('If you care about journalism, the news out of Washington D.C yesterday probably made your stomach drop.',
      'One of the most legendary names in the business, the Washington Post, announced it is cutting a staggering one-third of its staff.')).not.toBe('Washington');
    expect(cutter('No total, a Altice Portugal vai cortar 1.000 postos de trabalho, correspondente a 16% da sua mão-de-obra, um ajuste feito pela necessidade de implementação de inteligência artificial.',
      'Segundo avança a Bloomberg, citando Jorge Félix, presidente do sindicato dos trabalhadores da Altice Portugal, cerca de 800 trabalhadores já tinham aderido.', 'pt')).toBe('Altice Portugal');
  });
  it('is a name no list knows that its management, its staff or a later cut\'s "by the company" names', () => {
    // Its management: "la direction d'Onclusive souhaite présenter une nouvelle version de son plan social".
    expect(cutter('Onclusive reporte son plan social',
      'Selon les informations du Parisien, la direction d’Onclusive souhaite présenter une nouvelle version de son plan social. La direction d’Onclusive a écrit aux salariés.', 'fr')).toBe('Onclusive');
    // A union's board is no employer's.
    expect(cutter('O motivo transparece uma campanha de difamação exatamente para desempregar.',
      'A diretoria do Sindicato dos Bancários de Santos e Região repudia de forma enérgica a demissão em massa de aproximadamente mil bancários, em São Paulo/SP, ontem segunda-feira (08/09), sem dialogar com o movimento sindical.', 'pt')).not.toBe('Sindicato');
    // Its staff, up top, for "the company's CEO" pointed back to below ("Une salariée d'Onclusive…", then "Le PDG de son entreprise…").
    expect(cutter('Ce sont 25 années de bons et loyaux services qui s\'évaporent en "un mail."',
      'Une salariée d\'Onclusive, rencontrée en bas des beaux bureaux de l\'entreprise, à Courbevoie, raconte qu\'elle va devoir pointer à Pôle emploi. ' +
      'La direction a annoncé par email à ses salariés que 217 postes, plus de la moitié de la société, allaient être remplacés par l\'intelligence artificielle.', 'fr')).toBe('Onclusive');
    // By whom a later cut of the sentence is made ("dall'azienda X", "par la société X").
    expect(cutter('I licenziamenti a causa dell\'IA nell\'industria videoludica colpiscono anche vari lavoratori italiani, con un grosso taglio di personale effettuato in questi giorni dall\'azienda Keywords Studios, a causa del quale è stato indetto anche uno sciopero.',
      'La divisione italiana di Keywords Studios ha licenziato 31 persone.', 'it')).toBe('Keywords Studios');
  });
  it('is a law firm no list knows that "le cabinet" names ("Le cabinet Baker McKenzie annonce une restructuration…")', () => {
    expect(cutter('Le cabinet Baker McKenzie annonce une restructuration de ses business services avec environ 10% des effectifs concernés',
      'La nouvelle a fait l’effet d’une onde de choc dans la sphère juridique mondiale.', 'fr')).toBe('Baker McKenzie');
    // A government's cabinet in a headline calls no company by what it is.
    expect(namesOneCompany('Cabinet backs plan to replace 10,000 civil service jobs with AI')).toBe(false);
  });
  it('is the name after a compound of what it is, in the genitive too ("des Technologiekonzerns Bosch")', () => {
    expect(cutter('Geplanter Stellenabbau: Bosch-Betriebsrat schließt zum Besten von 2025 Streiks nicht aus',
      'Erpressung, Salamitaktik, Kulturbruch – die Vorwürfe, die die Arbeitnehmervertreter des Technologiekonzerns Bosch ihrer Geschäftsführung machen, sind heftig. ' +
      'Im Kern geht es darum, dass das Unternehmen vor gut zwei Wochen den Plan vorstellte, das im Frühjahr vorgestellte Arbeitsplatzabbauprogramm erheblich zu verschärfen. ' +
      '„Wir sind schockiert über die zusätzlichen Stellenstreichungen, die uns kurz vor Weihnachten überrollt haben“, sagte der Vorsitzende des Gesamtbetriebsrats, Frank Sell, in einer Pressekonferenz am Mittwoch in Stuttgart.', 'de')).toBe('Bosch');
  });
  it('is a name no list knows opening the headline before an apposition naming its owner ("Sky, a part of Comcast, is cutting…")', () => {
    expect(cutter('Sky, a part of Comcast, is cutting 2,000 call centre jobs and replacing them with AI chatbots, citing a shift in customer preferences.',
      'The cuts come as Sky battles losses, including a £773 million deficit in 2023, partly due to increased football rights costs and write-downs in Italy and Germany.')).toBe('Sky');
  });
  it('is an insurer "la compagnie d\'assurance" names ("compagnie", "compagnia", "companhia" say what it is)', () => {
    expect(cutter('Japon : une société remplace 34 salariés par une intelligence artificielle',
      'Une société japonaise d’assurance va licencier une partie de ses salariés pour la remplacer par Watson, un système capable de traiter 130 000 cas par an. ' +
      'La compagnie d’assurance japonaise Fukoku a prévu de se séparer d’un quart de ses effectifs dans l’un de ses services. ' +
      'Pour Fukoku, c’est une économie de 140 millions de yens par an.', 'fr')).toBe('Fukoku');
  });
  it('is not the company whose executive speaks of employers in general cutting ("Walmart’s chief people officer criticized…")', () => {
    expect(cutter('Walmart offers free AI training to 1.6 million workers instead of cutting jobs',
      'Fortune reports that the retail giant has partnered with Google to offer an eight-hour course. ' +
      'Donna Morris, Walmart’s chief people officer, criticized the trend of companies using artificial intelligence as a reason to reduce headcount.')).toBeNull();
    // …but is one of them where the page says so.
    expect(cutter('ServiceNow is among the tech companies that have filed layoff notices as AI spreads',
      'ServiceNow is among the tech companies that have filed layoff notices in California this month.')).toBe('ServiceNow');
  });
  it('is the subject after a place set off first, not its own subsidiary where the cut happens ("…de sa filiale Byborg")', () => {
    expect(cutter('Au Luxembourg, Docler Holding a licencié 115 des 170 salariés de sa filiale Byborg.',
      'L’entreprise évoque une profonde réorganisation. Pour l’assister dans les négociations avec la direction de l’entreprise, la délégation du personnel de Docler Holding a sollicité l’aide du LCGB.', 'fr')).toBe('Docler Holding');
  });
  it('is the company opening the sentence before an agentless cut, after a fronted phrase too ("Em 2024, o Itaú registrou…")', () => {
    expect(cutter('Itaú quer trocar gerentes por inteligência artificial',
      'Escrito em 04/09/2025. O SEEB-MA repudia o anúncio do Itaú de lançar uma plataforma de Inteligência Artificial Generativa para substituir gerentes humanos. ' +
      'Uma decisão que coloca o lucro acima da dignidade humana e ameaça milhares de empregos! Em 2024, o Itaú registrou lucro líquido de R$ 41,4 bilhões. ' +
      'Enquanto isso, promove demissões, reduz postos de trabalho e terceiriza serviços essenciais.', 'pt')).toBe('Itaú Unibanco');
  });
  it('is the council a headline names, that "the council" further on points back to', () => {
    expect(cutter('Bury Council is considering implementing AI to boost service efficiency and close budget gaps.',
      'The move comes as an attempt to close the council’s £16m budget gap. ' +
      'To support its £3m ‘strategic workforce review’, the council is striving to reduce the number of unoccupied manager roles, as well as limiting the need for agency workers. ' +
      'Cllr Sean Thorpe, Bury Council’s deputy leader, said the council must transform.')).toBe('Bury Council');
  });
  it('is a name an apposition calls a factory ("Changying Precision Technology Company, una fábrica de teléfonos móviles…")', () => {
    expect(cutter('Fábrica aumentó productividad un 250% al reemplazar empleados por robots',
      'Changying Precision Technology Company, una fábrica de teléfonos móviles ubicada en la ciudad china de Dongguan, fue una de las primeras compañías en reemplazar por androides a la práctica totalidad de su plantilla: en agosto de 2015 despidió al 90% de los empleados, pasando de 650 a 60 operarios.', 'es')).toBe('Changying Precision Technology Company');
  });
  it('is a name no list knows before an apposition that makes it "one of" many ("TD Bank, one of Canada’s financial institutions, has revealed plans…")', () => {
    expect(cutter('TD Bank, one of Canada’s financial institutions, has revealed plans to reduce its workforce by approximately 2%, affecting around 2,000 employees, as part of a broader restructuring effort focused on digital transformation and artificial intelligence (AI).',
      'The restructuring is projected to save TD Bank up to C$650 million annually, marking a pivotal step in enhancing efficiency and operational performance.')).toBe('TD Bank');
  });
  it('is an ordinary-word name "bij" (at) which a sentence opens, the place of the cut that follows ("Bij Bird in Amsterdam vlogen…")', () => {
    expect(cutter('Hoppa, in 7 minuten worden 90 mensen vervangen door A.I.',
      'Bij Bird in Amsterdam vlogen onlangs in no time 90 van de 570 personeelsleden de straat op, de hele ontslagprocedure duurde daar 7 minuten.', 'nl')).toBe('Bird');
  });
  it('is the name by whom a cut of a count of staff is made ("du licenciement de 115 personnes par Docler Holding"), never a replacement\'s', () => {
    expect(cutter('La confirmation, il y a quelques jours, du licenciement de 115 personnes par Docler Holding provoque un petit séisme dans le monde de la tech.',
      'Se présentant sur son site internet comme un acteur voulant « combler le fossé entre la technologie et la communication », Docler Holding est avant tout un géant mondial du divertissement.', 'fr')).toBe('Docler Holding');
    expect(cutter('Une assurance japonaise va remplacer 34 salariés par Watson Explorer',
      'Le système Watson Explorer traitera 130 000 dossiers par an.', 'fr')).not.toBe('Watson Explorer');
  });
  it('is the company named after the cut that announces it, in the present tense too ("…, Axel Springer annonce à ses employés…")', () => {
    expect(cutter('IA : Le tabloïd allemand Bild va remplacer ses journalistes',
      'Des centaines de licenciements sont attendus, la faute aux IA, Axel Springer annonce à ses employés que « certains rôles n\'existeront plus ».', 'fr')).toBe('Axel Springer');
  });
});

describe('unknown names', () => {
  /** The cutter of a real train page, by its file name. */
  const realCutter = (file: string): string | null => {
    const real = JSON.parse(readFileSync(`tests/fixtures/real/train/${file}.json`, 'utf8'));
    const page = { url: real.url, title: real.title, text: real.text, kind: 'news' as const };
    const input = readForDetection(page);
    expect(typeof input).not.toBe('string');
    return cutterOf(page, input as Exclude<typeof input, string>)?.name ?? null;
  };
  it('is the name right after a German verb-second clause\'s cut verb, where the address names it ("Bis Ende 2020 baut die Postfinance…")', () => {
    const text = 'Nun hat der Chef der Postfinance, Hansruedi Köng, den Verteilschlüssel der ersten Tranche des Stellenabbaus bekannt gegeben.';
    expect(cutters('Bis Ende 2020 baut die Postfinance in der Schweiz rund 500 Vollzeitstellen ab.', text, 'de',
      'https://www.srf.ch/news/stellenabbau-postfinance-standort-st-gallen-am-staerksten-betroffen')?.name).toBe('Postfinance');
    // A German noun, capitalised as every noun is, that the address does not name, or one that says what the company is.
    expect(cutters('Bis Ende 2020 baut die Stadt in der Region rund 500 Stellen ab.', 'Die Stadt hat den Plan bestätigt.', 'de',
      'https://example.ch/news/stellenabbau-region')).toBeNull();
    expect(cutters('Bis Ende 2020 baut der Autobauer in der Region rund 500 Stellen ab.', 'Der Autobauer hat den Plan bestätigt.', 'de',
      'https://example.ch/news/autobauer-stellenabbau')).toBeNull();
  });

  it('is the company of the person who makes the cut, named in an apposition between them ("Suumit Shah, CEO di Dukann, ha licenziato…")', () => {
    expect(cutter('È passato un anno da quando Suumit Shah, CEO di Dukann, ha licenziato il 90% degli addetti al servizio clienti della piattaforma indiana di e-commerce per sostituirli con il suo chatbot di intelligenza artificiale.',
      'Il chatbot risponde in pochi secondi.', 'it')).toBe('Dukann');
    // A misspelling of the company the page names in full is that company; a known company after its chief's role and what
    // it is ("il CEO della piattaforma indiana di e-commerce Dukaan") is the one cutting, not a name in an apposition.
    expect(cutter('È passato un anno da quando Suumit Shah, CEO di Dukann, ha licenziato il 90% degli addetti al servizio clienti.',
      'Era luglio del 2023 quando Suumit Shah, il CEO della piattaforma indiana di e-commerce Dukaan, ha scelto di licenziare il 90% del personale dedicato al servizio clienti, sostituendolo con un chatbot basato sull’intelligenza artificiale.', 'it')).toBe('Dukaan');
  });

  it('takes no German common noun, capitalised as German writes nouns, for an employer', () => {
    // "Betriebsvereinbarung soll Beschäftigte vor Kündigung schützen" opens the page's lead.
    expect(realCutter('de-app-webview-sparknews-fu-hamburg-automatisierung-macht-fast-200-stellen-uber')).not.toBe('Betriebsvereinbarung');
  });
  it('is the one employer the story names by its structure, where no cut names who makes it', () => {
    // What it is right before it, then an agentless cut.
    expect(cutter('Remplacer plus de 200 emplois par une intelligence artificielle.',
      'Ce n’est pas un nouvel épisode de la série dystopique Black Mirror mais bien le plan d’avenir de la branche française de l’entreprise Onclusive, spécialiste de la veille médiatique et des relations publiques. ' +
      'Ses bureaux situés à Courbevoie vont se défaire d’ici juin 2024 de 217 postes. ' +
      'Ce plan social concerne plus de la moitié des effectifs de l’entreprise, qui compte 383 salariés.', 'fr')).toBe('Onclusive');
    // What a company is called.
    expect(cutter('CEO Boasts That He Laid Off 80 Percent of His Staff Because They Didn\'t Love AI',
      'One CEO is bragging about laying off almost all of his workforce in the face of the technology. ' +
      'Reporting by Fortune detailed the strategy deployed by Eric Vaughan, CEO of a $26 million software firm called IgniteTech, which involved culling 80 percent of staff.')).toBe('IgniteTech');
    // Not where the top names other companies: a roundup ("trois multinationales ont annoncé des salves de licenciements",
    // then HP's, ABN Amro's and "l'assureur Allianz Partners"'s cuts).
    expect(realCutter('fr-reuters-fr-en-moins-de-quarante-huit-heures-les-25-et-26-novembre-trois-mult')).not.toBe('Allianz Partners');
  });
  it('is the company whose chief executive the opening names, where the cut is his', () => {
    expect(cutter('CEO feuert 90 Prozent der Mitarbeiter, weil Chatbot schneller ist',
      'Der CEO des indischen E-Commerce-Unternehmens Dukaan hat die Mehrheit seiner Mitarbeiter im Kundensupport durch einen Chatbot ersetzt. ' +
      'Laut Suumit Shah sei es „absolut notwendig“ gewesen, 90 Prozent des Teams zu entlassen.', 'de')).toBe('Dukaan');
    // A German genitive is no part of the name ("der CEO des Kölner Stadt-Anzeigers").
    expect(cutter('Erst verliert sie die Hoheit über ihre eigene Website, jetzt muss die Redaktion um ihre Jobs bangen',
      'Nach Informationen von Medieninsider baut der DuMont-Titel Stellen ab. Weitere Mitarbeiter sollen durch KI ersetzt werden. ' +
      'Nachdem Thomas Schultz-Homberg, der CEO des Kölner Stadt-Anzeigers, am Donnerstag massive Einschnitte angekündigt hatte, blieb Gelächter. ' +
      'Der Kölner Stadt-Anzeiger äußerte sich nicht.', 'de')).toBe('Kölner Stadt-Anzeiger');
    // A commentator's company further down is not it: "Amanda Brock, the CEO of OpenUK, an open source technology advocate, says…".
    expect(realCutter('en-raconteur-can-you-really-replace-human-employees-with-ai')).not.toBe('OpenUK');
  });
  it('takes no workplace, job or title for an employer ("staff at Stanmore Library", "Der Job des Chefs vom Dienst", "the role of Asia Editor")', () => {
    expect(realCutter('en-harrowtimes-co-disgruntled-library-users-have-hit-out-at-plans-to-cut-staff')).not.toBe('Stanmore Library');
    expect(realCutter('de-wiwo-tatsachlich-sind-der-nun-angekundigte-stellenabbau-und-das-in-der-vorwo')).not.toBe('Chefs');
    expect(realCutter('en-splash247-automation-plans-could-see-auckland-port-slash-workforce-by-more-t')).not.toBe('Asia Editor');
    // Nor a partner the company "partnered with" ("Uniqlo partnered with the company Daifuku").
    expect(realCutter('en-dailydot-japanese-clothing-brand-uniqlo-is-taking-steps-towards-automation-s')).not.toBe('Daifuku');
  });
  it('is the company the body names cutting where the headline\'s cut is an unnamed company\'s ("un’azienda ha licenziato…")', () => {
    // "A Venezia, un’azienda ha licenziato tutti i 37 dipendenti", then "Il caso è quello dell’americana InvestCloud che ha
    // deciso di accelerare sull’Ia … licenziando i 37 dipendenti di Marghera".
    expect(realCutter('it-zazoom-a-venezia-un-azienda-ha-licenziato-tutti-i-37-dipendenti-sostituendol')).toBe('InvestCloud');
    // Not a hypothetical company ("Cuando una empresa justifica un despido colectivo, cada palabra del expediente importa").
    expect(realCutter('es-gptzone-cuando-una-empresa-justifica-un-despido-colectivo-cada-palabra-del-e')).toBeNull();
    // Not under a headline whose cut has no company at all, named or not.
    expect(cutter('Thousands of jobs to go as automation spreads',
      'Economists expect more cuts. Separately, a report notes that Acme Corp has laid off 200 workers in its warehouses.')).toBeNull();
  });
  it('is none where the cut up top is a group of firms\' ("The Magic Circle firm has confirmed a round of cuts", then "every Magic Circle partner")', () => {
    expect(realCutter('en-londontimenews-allen-overy-has-become-the-latest-city-law-firm-to-pare-back')).toBeNull();
    // …and the group holds its place: no company named in passing takes it ("Indian IT sector job cuts", "Major Indian IT
    // companies are reducing jobs", after "ALSO READ: Microsoft highlights AI gains as layoffs spark…").
    expect(realCutter('en-business-standard-indian-it-sector-job-cuts-automation-ai-and-reskilling')).not.toBe('Microsoft');
  });
  it('reads a list of names of four words as a list ("Mizuho Bank, Mitsubishi UFJ Financial Group et Sumitomo Mitsui Financial Group")', () => {
    expect(realCutter('fr-mind-eu-selon-le-yomiuri-shimbun-les-trois-megabanques-japonaises-mizuho-ban')).not.toBe('Mitsubishi UFJ Financial Group');
  });
  it('names a company no list knows as the page writes it in full ("Bancomer despide…", then "BBVA Bancomer, el banco más grande…")', () => {
    expect(realCutter('es-periodismohoy-por-digitalizacion-bancomer-despide-a-mil-500-empleados')).toBe('BBVA Bancomer');
    // Not with an acronym the page also writes alone: the union's ("algemeen secretaris van ACOD Bpost", "Volgens de ACOD…").
    expect(realCutter('nl-tijd-bpost-wil-enkele-honderden-banen-schrappen-onder-meer-door-het-uitbeste')).toBe('Bpost');
  });
  it('is the studio the page says is behind the product a headline names it by ("Candy Crush Studio Layoffs…")', () => {
    // "Workers at King, the studio behind the wildly popular mobile game *Candy Crush Saga*, are facing an ironic twist".
    expect(realCutter('en-turtnws-biz-candy-crush-studio-layoffs-employees-replaced-by-ai-tools-they-d')).toBe('King');
    // A studio called what it is in Portuguese (not Spanish "estudio", as often a study: "El estudio Mercado laboral chileno…").
    expect(cutter('O estúdio King demitiu mais de 200 funcionários em Londres, Estocolmo e Barcelona.',
      'Até ao momento, a King não emitiu um comunicado oficial sobre a situação.', 'pt')).toBe('King');
    expect(realCutter('es-informaredes-el-sindicato-de-trabajadores-de-la-agencia-de-comunicaciones-li')).not.toBe('Mercado');
  });
  it('is a name a place\'s possessive stands before, named once or not ("Grand Rapids\' Acrisure to cut 2,250 jobs")', () => {
    expect(realCutter('en-copecheck-grand-rapids-acrisure-to-cut-2-250-jobs-cites-ai-and-technology-ww')).toBe('Acrisure');
  });
  it('is whose counted staff a headline says were replaced by something ("600 operatori finanziari di Goldman Sachs sono stati sostituiti da algoritmi")', () => {
    expect(cutter('Negli ultimi anni almeno 600 operatori finanziari di Goldman Sachs sono stati sostituiti da algoritmi e programmi informatici gestiti da appena 200 ingegneri',
      'Lo ha rivelato Marty Chavez durante un simposio ad Harvard.', 'it')).toBe('Goldman Sachs');
    expect(cutter('Bei Goldman Sachs wurden 600 Aktienhändler durch Algorithmen ersetzt', 'Das sagte Marty Chavez in Harvard.', 'de')).toBe('Goldman Sachs');
    // A forecast is no one's cut, nor is taking staff over.
    expect(cutter('300 million jobs could be replaced by AI, Goldman Sachs says', 'The bank\'s economists looked at tasks.')).toBeNull();
    expect(cutter('Chipmachinemaker ASML neemt ongeveer honderd medewerkers van Philips over', 'Het gaat om medewerkers van Philips Research.', 'nl')).not.toBe('Philips');
  });

  it('is one company where a name no list knows is found cutting as the first words of another ("Rio", "Rio Tinto")', () => {
    expect(cutter('Jobs to go as Rio Tinto revs up driverless trucks plan',
      'Rio is set to shed several hundred jobs in coming years as it accelerates the automation of its iron ore mines and railways. Rio Tinto is set to eliminate several hundred jobs in coming years as it accelerates the long-planned automation of its West Australian iron ore mines and railways.')).toBe('Rio Tinto');
    // Named as the one found cutting more often, not a Title Case headline's run.
    expect(realCutter('en-msoftnews-io-interactive-begins-layoffs-after-xbox-ends-funding-for-project')).toBe('IO Interactive');
  });

  it('is the name a short description opening the sentence runs into ("L’assureur helvétique Helvetia Baloise a annoncé…"), named once', () => {
    expect(cutter('Des milliers de postes supprimés en Suisse : une crise économique imminente',
      'L’assureur helvétique Helvetia Baloise a annoncé un plan de restructuration ambitieux, prévoyant la suppression de 2000 à 2600 emplois au cours des trois prochaines années.', 'fr')).toBe('Helvetia Baloise');
    expect(cutter('Miles de empleos suprimidos en Suiza',
      'La aseguradora suiza Helvetia Baloise eliminará hasta 2.600 empleos en los próximos tres años.', 'es')).toBe('Helvetia Baloise');
    expect(cutter('Migliaia di posti di lavoro tagliati in Svizzera',
      'Il gruppo assicurativo svizzero Helvetia Baloise taglierà fino a 2.600 posti di lavoro nei prossimi tre anni.', 'it')).toBe('Helvetia Baloise');
    // Not a person a relative clause names ("El banco que preside Josep Oliu…").
    expect(realCutter('es-elnacional-el-sabadell-y-el-bbva-van-recuperando-poco-a-poco-los-planes-que')).not.toBe('Josep Oliu');
  });

  it('is an ordinary-word name of a company with figures opening the headline where the page\'s address names it ("Dell kündigt Stellenabbau an")', () => {
    const text = 'Im Rahmen einer Umstrukturierung der Vertriebsteams streicht Dell eine unbekannte Anzahl Stellen.';
    expect(cutters('Dell kündigt Stellenabbau an, um sich für KI-Ära schlanker aufzustellen', text, 'de',
      'https://www.inside-it.ch/dell-kuendigt-stellenabbau-an-um-sich-fuer-ki-aera-schlanker-aufzustellen-20240807')?.name).toBe('Dell');
    // ("Dell kündigt…" and the body's "streicht Dell" say it on their own; without them, only the address does.)
    expect(cutters('Dell: Stellenabbau, um sich für KI-Ära schlanker aufzustellen', 'Im Rahmen einer Umstrukturierung fallen Stellen weg.', 'de',
      'https://www.inside-it.ch/stellenabbau-20240807')?.name).not.toBe('Dell');
    expect(realCutter('pt-hardware-com-dell-anuncia-a-demissao-de-12-500-funcionarios')).toBe('Dell');
  });

  it('takes no Italian plural article opening a sentence for a name ("I tagli ai posti di lavoro mirano a…")', () => {
    expect(realCutter('it-imolaoggi-amazon-ha-comunicato-al-personale-che-prevede-di-tagliare-circa-16')).toBe('Amazon');
  });

  it('takes no union for an employer, in any language', () => {
    // "CCOO exige a Allianz Partners transparencia sobre los datos reales…" heads the page.
    expect(realCutter('es-elespanol-ccoo-exige-a-allianz-partners-transparencia-sobre-los-datos-reales')).not.toBe('CCOO');
  });
});
