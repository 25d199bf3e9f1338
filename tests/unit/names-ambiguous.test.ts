// Names that are also ordinary words, people's names or other companies' products count as a
// company only where the sentence says so. Each name: a sentence from real coverage (source in
// the comment, trimmed) where it is the company, and an ordinary sentence where it is not.
import { describe, expect, it } from 'vitest';
import { companyIdentities } from '../../lib/data';
import { companyMatcher, findMentions } from '../../lib/detect/companies';
import { splitSentences } from '../../lib/detect/sentences';
import { AFTER_CUES, AFTER_RE, BEFORE_CUES, BEFORE_RE, SPEECH_CUES } from '../../lib/names/cues';

const matcher = companyMatcher(companyIdentities());
const mentions = (text: string) => findMentions(splitSentences('', text), matcher);
/** The companies named by these exact words in the text. */
const companiesFor = (text: string, word: string): string[] =>
  [...new Set(mentions(text).filter((m) => m.term.startsWith(word)).map((m) => m.name))];

// [word, a sentence where it is the company, the company's display name, a sentence where it is not]
const CASES: [string, string, RegExp, string][] = [
  // dailymail.co.uk, 2023-01 (Winklevoss twins' crypto exchange)
  ['Gemini', 'Cryptocurrency exchange Gemini is slashing 10 percent of its staff - the third round of layoffs within just eight months.', /^Gemini$/,
    'Born under Gemini, she says she was always going to be a twin.'],
  // Reuters, 2025-10
  ['Target', 'Target Corp. will cut about 1,800 corporate roles, its first major round of layoffs in a decade.', /^Target$/,
    'The bank set a Target of 10% savings, and missed it.'],
  // lokmattimes.com, 2024-01-31
  ['Block', "Jack Dorsey's financial services company Block is laying off close to 1,000 employees.", /^Block$/,
    'Block out an hour each morning for deep work, the coach said.'],
  // abc7news.com, 2025-03-27
  ['Square', 'Block operates payment platform Square, money transfer service CashApp, and music streamer Tidal.', /^Block$/,
    'The new office near Times Square has 5,000 square feet.'],
  // TechCrunch-style wire copy, 2024-02
  ['Snap', 'Snap is laying off 10% of its global workforce, about 500 employees.', /^Snap$/,
    'Snap judgments about AI rarely age well, the authors warn.'],
  // channelnewsasia.com, 2023-06-20
  ['Grab', 'Grab is cutting 1,000 jobs, its chief executive officer Anthony Tan said in a letter sent to employees late on Tuesday.', /^Grab$/,
    'Grab a coffee and read the memo before the all-hands.'],
  // Gap's own release wording, 2023
  ['Gap', 'Gap Inc. said it would eliminate about 1,800 roles as it flattens management layers.', /^Gap$/,
    'Economists call it the Gap between output and wages.'],
  // AP, 2025-10
  ['Meta', 'Meta is laying off about 600 employees in its artificial intelligence unit.', /^Meta$/,
    'A Meta commentary on the genre opens the film; it is very meta.'],
  // company statement quoted by Bloomberg, 2025
  ['Oracle', 'Oracle said the changes would affect several teams in its cloud unit.', /^Oracle$/,
    'Warren Buffett, the Oracle of Omaha, sold the shares.'],
  // Bloomberg, 2025-11
  ['Apple', 'Apple is cutting dozens of jobs in its sales organisation.', /^Apple$/,
    'Apple pie was served at the retirement party.'],
  // Reuters, 2024-05
  ['Shell', 'Shell plc plans to cut 20% of jobs in its deep-water unit.', /^Shell$/,
    'Shell shocked, the staff left the meeting in silence.'],
  // Bloomberg, 2024-06
  ['Visa', 'Visa Inc. is cutting about 1,400 employees and contractors.', /^Visa$/,
    'Visa rules for skilled workers changed again this spring.'],
  // Reuters, 2023-02
  ['Ford', 'Ford said it would cut 3,800 jobs in Europe over the next three years.', /^Ford/,
    'Harrison Ford starred in the film, which opened on Friday.'],
  // company announcement, 2025-10
  ['Amazon', 'Amazon said it would cut about 14,000 corporate jobs as it leans on AI.', /^Amazon$/,
    'Deforestation in the Amazon rose sharply last year, scientists said.'],
  // AP via bastillepost.com, 2025-02
  ['Workday', 'NEW YORK (AP) — Workday is cutting about 1,750 jobs, or 8.5% of its workforce.', /^Workday$/,
    'A shorter Workday would help parents, the union argued.'],
  // Recruit announcement, 2025-07
  ['Indeed', 'Indeed is cutting about 1,300 jobs as it merges operations with Glassdoor.', /^Recruit$/,
    'Indeed, the cuts came earlier than anyone expected.'],
  // Axios-style, 2020
  // (a subsidiary outside the dataset's own names is named as itself, never as Salesforce)
  ['Slack', "Slack's chief executive told staff the cuts would land in sales.", /^Slack/,
    'Slack demand weighed on the quarter, the retailer said.'],
  // company statement, 2024-01
  ['Chase', 'Chase said it would cut hundreds of jobs in its mortgage business.', /^JPMorgan Chase$/,
    'Kenneth Chase, a former teacher, spoke at the meeting.'],
  // company filing wording, 2023
  ['Discover', 'Discover Financial Services said it would cut about 1,000 jobs.', /^Discover/,
    'Discover how AI is changing work in our new guide.'],
  // wire copy, 2020
  ['Sprint', 'Sprint said it would cut jobs as it prepared to merge with T-Mobile.', /./,
    'The team finished the Sprint two days early.'],
  // wire copy on the UK retailer
  ['Next', 'Next plc said it would cut jobs in its warehouses as it automates picking.', /^Next$/,
    'Next, the company will publish its annual report.'],
  // company release, 2023
  ['Box', 'Box Inc. is laying off staff in its sales teams.', /^Box$/,
    'Box office receipts fell for a third week.'],
  // company statement, 2023-02
  ['Zoom', 'Zoom is laying off about 1,300 employees, or 15% of its workforce.', /^Zoom$/,
    'Zoom in on the chart and the trend is clear.'],
  // wire copy, 2020-05
  ['Uber', 'Uber said it would cut about 3,700 jobs as rides collapsed.', /^Uber$/,
    'The founders pitched it as Uber for dog walking.'],
];

// The six other languages: [word, a sentence from real coverage where it is the company, its name, the same word as
// an ordinary word in that language].
const OTHER_LANGUAGES: [string, string, RegExp, string][] = [
  // germanstudies.org, 2026 (verb second, whose word it is after the subject)
  ['Oracle', 'Für das KI-Megaprojekt ist Oracle Berichten zufolge bereit, 30.000 Stellen zu streichen.', /^Oracle$/,
    'Das Orakel von Delphi, auf Englisch Oracle, sprach in Rätseln.'],
  ['Oracle', 'Basierend auf Berichten der Investmentbank TD Cowen plant Oracle Berichten zufolge den Abbau von 20.000 Stellen.', /^Oracle$/,
    'Warren Buffett, the Oracle of Omaha, sold the shares.'],
  // oe24.at, 2025 (a compound kind word before the name)
  ['Meta', 'Der US-Technologiekonzern Meta (Standort in den USA) arbeitet weiter daran, Abläufe zu verändern.', /^Meta$/,
    'Una Meta ambiciosa: la empresa quiere reducir costes.'],
  // caretas.pe, 2025
  ['King', 'Más de 200 trabajadores del estudio King, responsable del exitoso videojuego móvil Candy Crush, fueron despedidos.', /^King$/,
    'El King de la canción llegó a Lima.'],
  // cincodias.elpais.com, 2025-11 (an apposition saying what the company is)
  ['HP', 'HP, el histórico fabricante estadounidense de ordenadores personales e impresoras, anunció este martes un ajuste laboral.', /^HP$/,
    'HP, el caballo de potencia, mide la fuerza del motor.'],
  // kulturegeek.fr, 2026
  ['Oracle', 'Une histoire sans fin : Oracle s’apprêterait à lancer une nouvelle vague de restructuration sociale d’ampleur', /^Oracle$/,
    'La Pythie, Oracle de Delphes, parlait par énigmes.'],
  // pro-bullet.it, 2025
  ['Paramount', 'In Italia, Paramount ha annunciato il taglio di 35 posizioni a Milano.', /^Paramount/,
    'La sicurezza è di Paramount importanza, disse.'],
  // tg24.sky.it, 2025
  ['Amazon', 'È quanto sta accadendo in Amazon, il colosso dell’e-commerce guidato da Andy Jassy, che ha informato i propri dipendenti.', /^Amazon$/,
    'La foresta Amazon, il polmone del mondo, brucia.'],
  // gazetadoleste.com.br, 2025
  ['Workday', 'Em nota, o CEO da Workday afirmou que as demissões fazem parte de um plano de reformulação da empresa.', /^Workday$/,
    'Workday, sexta-feira, o escritório fecha cedo.'],
  // tweakers.net-style Dutch wire copy
  ['Dell', 'Volgens de krant gaat Dell duizenden banen schrappen.', /^Dell$/,
    'Dell, een dorp in Engeland, telt vierhonderd inwoners.'],
  ['Oracle', 'Oracle despide a miles de empleados para financiar sus centros de datos.', /^Oracle$/,
    'El Oracle de Delfos hablaba en enigmas.'],
  ['Block', 'Block demite quase metade dos funcionários e culpa a IA.', /^Block$/,
    'Um Block de notas ficou sobre a mesa.'],
  ['Target', 'Die Mitarbeiter von Target erfuhren es per E-Mail.', /^Target$/,
    'Target, el objetivo del banco, fue alcanzado.'],
];

describe('ambiguous names need context', () => {
  it.each(OTHER_LANGUAGES)('%s: a company where a sentence in another language says so', (word, company, name, ordinary) => {
    const found = companiesFor(company, word);
    expect(found.length, `${word} in "${company}"`).toBe(1);
    expect(found[0]).toMatch(name);
    expect(companiesFor(ordinary, word), ordinary).toEqual([]);
  });

  it.each(CASES)('%s: a company where the sentence says so', (word, company, name) => {
    const found = companiesFor(company, word);
    expect(found.length, `${word} in "${company}"`).toBe(1);
    expect(found[0]).toMatch(name);
  });

  it.each(CASES)('%s: not a company as an ordinary word', (word, _company, _name, ordinary) => {
    expect(companiesFor(ordinary, word), ordinary).toEqual([]);
  });

  it("Gemini is Google's model where the sentence names Google, the exchange where it names an exchange", () => {
    expect(companiesFor('Google rolled out Gemini to more users this week.', 'Gemini')).toEqual(['Alphabet']);
    expect(companiesFor('Gemini, the crypto exchange run by the Winklevoss twins, cut 10% of staff.', 'Gemini')).toEqual(['Gemini']);
  });

  it('a plain name elsewhere on the page confirms a bare word mid-sentence', () => {
    const text = 'Target Corporation said it would cut jobs. Shoppers still went to Target in the holidays, and analysts expect Target to recover.';
    expect(mentions(text).filter((m) => m.name === 'Target').length).toBe(3);
    // ...but not at a sentence start, where the capital says nothing.
    const start = mentions('Target Corporation said it would cut jobs. Target practice starts at nine.');
    expect(start.map((m) => m.sentence)).toEqual([0]);
  });

  it("a person's name is not a company, even when they speak", () => {
    expect(companiesFor('"It will be smaller," Brady said.', 'Brady')).toEqual([]);
    expect(companiesFor('Chief executive Vicki Brady said AI would change every role.', 'Brady')).toEqual([]);
    expect(companiesFor('Chief Operating Officer Fiona Drummond said in a statement.', 'Drummond')).toEqual([]);
  });

  it('every cue accepts its own example', () => {
    for (const cue of [...AFTER_CUES, ...SPEECH_CUES]) {
      const at = cue.example.indexOf(cue.name) + cue.name.length;
      expect(AFTER_RE.test(cue.example.slice(at, at + 80)), cue.example).toBe(true);
    }
    for (const cue of BEFORE_CUES) {
      const at = cue.example.indexOf(cue.name);
      expect(BEFORE_RE.test(cue.example.slice(Math.max(0, at - 40), at)), cue.example).toBe(true);
      expect(companiesFor(cue.example, cue.name).length, cue.example).toBe(1);
    }
  });
});
