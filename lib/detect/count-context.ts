// The words next to a number that tell what it counts, as data: one entry a line, "<lang> <words> | <example>"
// (lib/detect/vocab/define.ts). Words before it that make it no count of the cut (a workforce's size, people hired
// or trained), compiled into matchers for the end of the text before the number; the qualifiers that bound it
// ("up to", "about") and the spans of time after it ("18 months"), alternatives in jobs.ts's patterns.
// tests/unit/count-context.test.ts reads every example.
// A space in an entry is one space (any spaces in the share base's), an apostrophe either ' or ’; case is
// ignored. Every page is read with every language's entries, whatever its own language.
import { escapeRegExp } from '../escape-regexp';
import { concept, type Concept } from './vocab/define';

/** A workforce's size, those left after a cut, a letter's addressees: "employs 300,000 people", "leaving 2,000",
 * "to all its 86,000 employees", "contava 1.271 dipendenti". The verbs are those that give a workforce's size
 * with the number after them, not the auxiliaries of a cut in Dutch and German ("heeft 300 banen geschrapt").
 * Dropped as the end anchor makes them redundant: "out of its/their/our (total/global)" ("of its" matches its
 * end) and "left with" ("with"). Those ending in a possessive ("to its", "de sus", "aos seus") mostly repeat the
 * possessives below, but not where a cut noun follows ("of its 2,000 job cuts") nor for a range's first number. */
export const TOTAL_WORDS = concept('total', 'Words before a count that make it a total, not a cut', `
en of its                  | Globex will cut hundreds of its 12,000 employees.
en of their                | The two banks will shed thousands of their 90,000 employees.
en of our                  | "We will say goodbye to some of our 4,000 colleagues," the CEO wrote.
en of its total            | Globex will cut hundreds of its total 12,000 employees.
en of its global           | Globex will cut hundreds of its global 12,000 staff.
en of their total          | The two carriers will shed thousands of their total 60,000 workers.
en of their global         | The two carriers will shed thousands of their global 60,000 workers.
en of our total            | "Some of our total 3,000 colleagues will be affected," the memo said.
en of our global           | "Many of our global 3,000 colleagues will be affected," the memo said.
en employs                 | Globex, which employs 300,000 people, will cut 5,000 jobs.
en employing               | Globex, employing 12,000 people across Europe, will cut 700 jobs.
en employed                | Globex employed 12,000 people at the end of 2024 and now plans to cut 700 jobs.
en workforce of            | Globex, with a workforce of 12,000 people, will cut 700 jobs.
en headcount of            | The bank, which had a headcount of 52,000 staff in March, will cut 1,200 jobs.
en total of                | Globex had a total of 12,000 employees before it cut 700 jobs this week.
en has                     | Globex, which has 12,000 employees, will cut 700 jobs.
en had                     | Globex, which had 12,000 employees at the end of 2024, will cut 700 jobs.
en with                    | Globex, with 12,000 employees worldwide, will cut 700 jobs.
en from                    | Globex, which grew from 9,000 employees in 2020, will cut 1,200 jobs.
en leaving                 | The restructuring, leaving 2,000 employees at the plant, will cost 800 jobs.
en remaining               | The remaining 2,000 employees will move to Austin, while 800 jobs will go.
en to its                  | Globex wrote to its 12,000 employees that 700 jobs will go.
en to their                | The founders wrote to their 400 employees that 120 jobs will go.
en to our                  | "I am writing to our 12,000 colleagues to explain why 700 roles will go," the CEO said.
en to all its              | In a memo to all its 86,000 employees, Globex said 4,000 jobs will go.
en to all their            | In a letter to all their 5,000 workers, the owners said 600 jobs will go.
en to all our              | "In this note to all our 3,000 colleagues, I must announce 300 job cuts," the CEO wrote.
de insgesamt               | Von den insgesamt 12.000 Mitarbeitern fallen 700 Stellen weg.
de von                     | Von 12.000 Mitarbeitern sollen 700 gehen.
de beschäftigt             | Der Konzern beschäftigt 12.000 Mitarbeiter und will 700 Stellen streichen.
de zählt                   | Das Unternehmen zählt 12.000 Beschäftigte und streicht 700 Stellen.
de an seine                | In einem Brief an seine 12.000 Mitarbeiter kündigte der Konzern den Abbau von 700 Stellen an.
de an ihre                 | In einer Mail an ihre 3.000 Mitarbeiter kündigte die Chefin den Abbau von 300 Stellen an.
de an die                  | In einem Schreiben an die 12.000 Beschäftigten kündigte der Vorstand den Abbau von 700 Stellen an.
fr sur                     | Sur 12 000 salariés, 700 postes seront supprimés.
fr emploie                 | Le groupe, qui emploie 12 000 salariés, supprimera 700 postes.
fr employait               | Le groupe, qui employait 12 000 salariés fin 2024, supprimera 700 postes.
fr compte                  | Le groupe, qui compte 12 000 salariés, supprimera 700 postes.
fr comptait                | Le groupe, qui comptait 12 000 salariés fin 2024, supprimera 700 postes.
fr laissant                | Le plan, laissant 2 000 salariés sur le site, supprime 700 postes.
fr aux                     | Dans une lettre aux 12 000 salariés, la direction annonce la suppression de 700 postes.
fr à ses                   | Dans un courriel à ses 12 000 salariés, le PDG annonce la suppression de 700 postes.
es de sus                  | La empresa despedirá a cientos de sus 12.000 empleados.
es emplea                  | La compañía, que emplea 12.000 trabajadores, recortará 700 empleos.
es empleaba                | La compañía, que empleaba 12.000 trabajadores en 2024, recortará 700 empleos.
es cuenta con              | La compañía, que cuenta con 12.000 empleados, recortará 700 puestos.
es contaba con             | La compañía, que contaba con 12.000 empleados, recortará 700 puestos.
es tiene                   | La compañía, que tiene 12.000 empleados, recortará 700 puestos.
es tenía                   | La compañía, que tenía 12.000 empleados a finales de 2024, recortará 700 puestos.
es suma                    | La plantilla suma 12.000 trabajadores y perderá 700 empleos.
es sumaba                  | La plantilla sumaba 12.000 trabajadores antes del recorte de 700 empleos.
es dejando                 | El ajuste, dejando 2.000 empleados en la planta, eliminará 700 puestos.
es quedarse                | Tras el ERE, la empresa prevé quedarse 2.000 empleados en España y despedir a 700.
es quedarse en             | La plantilla va a quedarse en 2.000 trabajadores tras el despido de 700.
es quedarse con            | La empresa prevé quedarse con 2.000 empleados tras el recorte de 700 puestos.
es quedará                 | Tras el ERE, Globex se quedará 2.000 empleados en España y despedirá a 700.
es quedará en              | La plantilla quedará en 2.000 trabajadores tras el despido de 700.
es quedará con             | La empresa se quedará con 2.000 empleados tras el recorte de 700 puestos.
es quedaría                | Con el ERE, Globex se quedaría 2.000 empleados en España y despediría a 700.
es quedaría en             | La plantilla quedaría en 2.000 trabajadores tras el despido de 700.
es quedaría con            | La empresa se quedaría con 2.000 empleados tras el recorte de 700 puestos.
es a sus                   | La empresa envió un correo a sus 12.000 empleados para anunciar 700 despidos.
nl van de                  | Van de 12.000 medewerkers verliezen er 700 hun baan.
nl telt                    | Het bedrijf telt 12.000 medewerkers en schrapt 700 banen.
nl telde                   | Het bedrijf telde 12.000 medewerkers en schrapt nu 700 banen.
it dei suoi                | Il gruppo taglierà centinaia dei suoi 12.000 dipendenti.
it impiega                 | Il gruppo, che impiega 12.000 dipendenti, taglierà 700 posti.
it impiegava               | Il gruppo, che impiegava 12.000 dipendenti nel 2024, taglierà 700 posti.
it conta                   | Il gruppo, che conta 12.000 dipendenti, taglierà 700 posti.
it contava                 | L'azienda, che contava 1.271 dipendenti, ne taglierà 300.
it lasciando               | Il piano, lasciando 2.000 dipendenti nello stabilimento, taglia 700 posti.
it ai                      | In una lettera ai 12.000 dipendenti, l'azienda annuncia 700 esuberi.
pt de seus                 | A empresa vai demitir centenas de seus 12 mil funcionários.
pt dos seus                | A empresa vai demitir centenas dos seus 12 mil funcionários.
pt emprega                 | A empresa, que emprega 12 mil funcionários, vai cortar 700 vagas.
pt empregava               | A empresa, que empregava 12 mil funcionários em 2024, vai cortar 700 vagas.
pt tem                     | A empresa, que tem 12 mil funcionários, vai cortar 700 vagas.
pt tinha                   | A empresa, que tinha 12 mil funcionários, vai cortar 700 vagas.
pt conta com               | A empresa, que conta com 12 mil funcionários, vai cortar 700 vagas.
pt contava com             | A empresa, que contava com 12 mil funcionários, vai cortar 700 vagas.
pt soma                    | O quadro soma 12 mil funcionários e perderá 700 vagas.
pt somava                  | O quadro somava 12 mil funcionários antes do corte de 700 vagas.
pt restando                | O plano, restando 2 mil funcionários na fábrica, corta 700 vagas.
pt ficando com             | A empresa vai encolher, ficando com 2 mil funcionários após o corte de 700 vagas.
pt aos seus                | Num e-mail aos seus 12 mil funcionários, o CEO anunciou o corte de 700 vagas.
`);

/** What may stand between those words and the number: "employs just 3,000", "tem pouco mais de 12 mil". */
export const TOTAL_THEN_WORDS = concept('total_then', 'Words between a total\'s words and its number', `
en just                    | Globex, which employs just 3,000 people, will cut 500 jobs.
en only                    | Globex, which has only 3,000 employees, will cut 500 jobs.
en slightly                | Globex, which employs slightly more than 3,000 people, will cut 500 jobs.
en currently               | Globex, with currently 3,000 employees, will cut 500 jobs.
en now                     | Globex, which has now 3,000 staff, will cut 500 jobs.
en still                   | The plant, with still 3,000 workers on site, will lose 500 jobs.
en already                 | Globex, which had already 3,000 employees in 2019, will cut 500 jobs.
en until now               | Globex, which employed until now 3,000 people at the plant, will cut 500 jobs.
en so far                  | Globex, which has so far 3,000 employees, will cut 500 jobs.
de aktuell                 | Der Konzern beschäftigt aktuell 12.000 Mitarbeiter und streicht 700 Stellen.
de derzeit                 | Der Konzern beschäftigt derzeit 12.000 Mitarbeiter und streicht 700 Stellen.
de bisher                  | Von bisher 12.000 Stellen sollen 700 wegfallen.
fr actuellement            | Le groupe, qui emploie actuellement 12 000 salariés, supprimera 700 postes.
fr jusqu'ici               | Le groupe, qui comptait jusqu'ici 12 000 salariés, supprimera 700 postes.
es actualmente             | La compañía, que tiene actualmente 12.000 empleados, recortará 700 puestos.
es hasta ahora             | La compañía, que tenía hasta ahora 12.000 empleados, recortará 700 puestos.
it attualmente             | Il gruppo, che conta attualmente 12.000 dipendenti, taglierà 700 posti.
it finora                  | Il gruppo, che impiegava finora 12.000 dipendenti, taglierà 700 posti.
pt pouco                   | A empresa, que tem pouco mais de 12 mil funcionários, vai cortar 700 vagas.
pt um pouco                | A empresa, que tem um pouco mais de 12 mil funcionários, vai cortar 700 vagas.
pt atualmente              | A empresa, que tem atualmente 12 mil funcionários, vai cortar 700 vagas.
pt até agora               | A empresa, que tinha até agora 12 mil funcionários, vai cortar 700 vagas.
nl nu                      | Het bedrijf telt nu 12.000 medewerkers en schrapt 700 banen.
nl tot nu toe              | Het bedrijf telde tot nu toe 12.000 medewerkers en schrapt 700 banen.
`);

/** People something else happened to: "had already reskilled 550,000 workers", "ha capacitado a 550.000
 * trabajadores", "hired 3,000 engineers". */
export const OTHER_ACTION_WORDS = concept('other_action', 'Words before a count of people something other than a cut happened to', `
en reskilled               | Globex had already reskilled 550,000 workers before it announced 4,000 job cuts.
en retrained               | Globex retrained 20,000 employees last year and now plans to cut 1,500 jobs.
en upskilled               | Globex upskilled 20,000 employees last year and now plans to cut 1,500 jobs.
en trained                 | Globex trained 20,000 employees in AI last year and now plans to cut 1,500 jobs.
en hired                   | Globex hired 3,000 engineers last year and now plans to cut 1,500 jobs.
en recruited               | Globex recruited 3,000 engineers last year and now plans to cut 1,500 jobs.
en onboarded               | Globex onboarded 3,000 engineers last year and now plans to cut 1,500 jobs.
en redeployed              | Globex redeployed 3,000 employees to AI teams and will cut 1,500 jobs.
en added                   | Globex added 3,000 employees last year and now plans to cut 1,500 jobs.
en hiring for              | Globex is hiring for 3,000 roles in AI while cutting 1,500 jobs elsewhere.
en hiring on               | Globex is hiring on 3,000 seasonal workers while cutting 1,500 office jobs.
de Einstellungen für       | Globex plant Einstellungen für 3.000 Stellen im KI-Bereich und streicht 1.500 Stellen anderswo.
de eingestellt             | Die Bilanz 2025: eingestellt 3.000 Mitarbeiter, gestrichen 1.500 Stellen.
de weitergebildet          | Die Bilanz 2025: weitergebildet 20.000 Mitarbeiter, gestrichen 1.500 Stellen.
de geschult                | Die Bilanz 2025: geschult 20.000 Mitarbeiter, gestrichen 1.500 Stellen.
fr embauches pour          | Globex lance des embauches pour 3 000 postes dans l'IA et supprime 1 500 emplois ailleurs.
fr formé                   | Globex a formé 20 000 salariés à l'IA et supprime aujourd'hui 1 500 postes.
fr embauché                | Globex a embauché 3 000 salariés l'an dernier et supprime aujourd'hui 1 500 postes.
fr recruté                 | Globex a recruté 3 000 salariés l'an dernier et supprime aujourd'hui 1 500 postes.
es capacitado a            | Globex ha capacitado a 550.000 trabajadores y ahora recortará 4.000 empleos.
es formado a               | Globex ha formado a 20.000 empleados en IA y ahora recortará 1.500 puestos.
es contratado a            | Globex ha contratado a 3.000 empleados este año y ahora recortará 1.500 puestos.
es contrató a              | Globex contrató a 3.000 empleados el año pasado y ahora recortará 1.500 puestos.
es recapacitado a          | Globex ha recapacitado a 20.000 empleados y ahora recortará 1.500 puestos.
es contrataciones para     | Globex abrió contrataciones para 3.000 puestos en IA y recortará 1.500 empleos en otras áreas.
nl opgeleid                | De balans van 2025: opgeleid 20.000 medewerkers, geschrapt 1.500 banen.
nl aangenomen              | De balans van 2025: aangenomen 3.000 medewerkers, geschrapt 1.500 banen.
it assunzioni per          | Globex apre assunzioni per 3.000 posizioni nell'IA e taglia 1.500 posti altrove.
it assunto                 | Globex ha assunto 3.000 dipendenti l'anno scorso e ora taglia 1.500 posti.
it assunti                 | Nel 2024 sono stati assunti 3.000 nuovi dipendenti, ora Globex taglia 1.500 posti.
it formato                 | Globex ha formato 20.000 dipendenti sull'IA e ora taglia 1.500 posti.
pt contratações para       | A Globex abriu contratações para 3 mil vagas de IA e vai cortar 1.500 empregos em outras áreas.
pt contratou               | A Globex contratou 3 mil funcionários no ano passado e agora vai cortar 1.500 vagas.
pt treinou                 | A Globex treinou 20 mil funcionários em IA e agora vai cortar 1.500 vagas.
pt capacitou               | A Globex capacitou 20 mil funcionários em IA e agora vai cortar 1.500 vagas.
`);

/** A count after a possessive is the owner's whole staff ("from its approximately 40,000 employees", "seiner derzeit
 * rund 162.000 Mitarbeiter"); jobs.ts lets it stand where a cut noun follows the job word ("its 2,000 job cuts"). */
export const POSSESSIVE_WORDS = concept('possessive', 'Possessives before a count that make it the owner\'s whole staff', `
en its                     | Globex told its 12,000 employees on Monday that 700 jobs will go.
en their                   | The founders told their 400 employees on Monday that 120 jobs will go.
de seiner                  | Der Konzern will einen Teil seiner 12.000 Stellen streichen.
de ihrer                   | Die Bank will einen Teil ihrer 40.000 Stellen streichen.
de seinen                  | Der Konzern dankte seinen 12.000 Mitarbeitern und kündigte den Abbau von 700 Stellen an.
de ihren                   | Die Bank dankte ihren 40.000 Mitarbeitern und kündigte den Abbau von 700 Stellen an.
fr ses                     | Le groupe a informé ses 12 000 salariés de la suppression de 700 postes.
fr leurs                   | Les deux banques ont informé leurs 40 000 salariés de la suppression de 700 postes.
es sus                     | Sus 12.000 empleados supieron hoy del recorte de 700 puestos.
it suoi                    | Il gruppo ha informato i suoi 12.000 dipendenti del taglio di 700 posti.
it sue                     | La banca taglierà una parte delle sue 8.000 posizioni.
pt seus                    | A empresa informou os seus 12 mil funcionários do corte de 700 vagas.
pt suas                    | A empresa vai cortar parte das suas 8 mil vagas.
nl zijn                    | Het bedrijf heeft zijn 12.000 medewerkers ingelicht over het schrappen van 700 banen.
nl haar                    | De bank heeft haar 40.000 medewerkers ingelicht over het schrappen van 700 banen.
`);

/** What may stand between a possessive and its number: "its current 12,000 employees". */
export const POSSESSIVE_THEN_WORDS = concept('possessive_then', 'Words between a possessive and its number', `
en current                 | Globex told its current 12,000 employees that 700 jobs will go.
en currently               | Globex told its currently 12,000 employees that 700 jobs will go.
de derzeit                 | Der Konzern will einen Teil seiner derzeit 162.000 Stellen streichen.
de aktuell                 | Die Bank will einen Teil ihrer aktuell 40.000 Stellen streichen.
fr actuels                 | Le groupe a informé ses actuels 12 000 salariés de la suppression de 700 postes.
es actuales                | Sus actuales 12.000 empleados supieron hoy del recorte de 700 puestos.
it attuali                 | Il gruppo ha informato i suoi attuali 12.000 dipendenti del taglio di 700 posti.
pt atuais                  | A empresa informou os seus atuais 12 mil funcionários do corte de 700 vagas.
nl huidige                 | Het bedrijf heeft zijn huidige 12.000 medewerkers ingelicht over het schrappen van 700 banen.
`);

// Qualifiers right before a number, by the bound they set ("up to 6,000 jobs" is never shown as "6,000 jobs cut").
// Each list in the order its words are tried.

/** At most that many: "up to 6,000", "bis zu 16.000", "jusqu'à 2 000". */
export const AT_MOST_WORDS = concept('at_most', 'Words before a number that make it an upper bound', `
en up to                   | Globex will cut up to 6,000 jobs.
en as many as              | Globex could cut as many as 6,000 jobs.
en fewer than              | Globex will cut fewer than 600 jobs.
en less than               | Globex will cut less than 600 jobs.
en no more than            | The union says no more than 600 jobs will go.
en at most                 | At most 600 jobs will go, Globex said.
de bis zu                  | Globex will bis zu 6.000 Stellen streichen.
de weniger als             | Globex streicht weniger als 600 Stellen.
de maximal                 | Globex streicht maximal 600 Stellen.
fr jusqu'à                 | Globex va supprimer jusqu'à 6 000 postes.
fr moins de                | Globex supprimera moins de 600 postes.
es hasta                   | Globex recortará hasta 6.000 empleos.
es menos de                | Globex recortará menos de 600 empleos.
nl tot                     | Globex schrapt tot 600 banen.
nl maximaal                | Globex schrapt maximaal 600 banen.
nl minder dan              | Globex schrapt minder dan 600 banen.
it fino a                  | Globex taglierà fino a 6.000 posti.
it meno di                 | Globex taglierà meno di 600 posti.
pt até                     | A Globex vai cortar até 6 mil vagas.
pt menos de                | A Globex vai cortar menos de 600 vagas.
`);

/** At least that many: "more than 6,000", "mehr als 3.000", "ruim 600". */
export const AT_LEAST_WORDS = concept('at_least', 'Words before a number that make it a lower bound', `
en more than               | Globex will cut more than 6,000 jobs.
en over                    | Globex will cut over 6,000 jobs.
en at least                | Globex will cut at least 6,000 jobs.
en upwards of              | Globex will cut upwards of 6,000 jobs.
de mehr als                | Globex streicht mehr als 6.000 Stellen.
de über                    | Globex streicht über 6.000 Stellen.
de mindestens              | Globex streicht mindestens 6.000 Stellen.
fr plus de                 | Globex supprime plus de 6 000 postes.
fr au moins                | Globex supprime au moins 6 000 postes.
es más de                  | Globex recorta más de 6.000 empleos.
es al menos                | Globex recorta al menos 6.000 empleos.
nl meer dan                | Globex schrapt meer dan 6.000 banen.
nl ruim                    | Globex schrapt ruim 6.000 banen.
nl minstens                | Globex schrapt minstens 6.000 banen.
it oltre                   | Globex taglia oltre 6.000 posti.
it più di                  | Globex taglia più di 6.000 posti.
it almeno                  | Globex taglia almeno 6.000 posti.
pt mais de                 | A Globex corta mais de 6 mil vagas.
pt pelo menos              | A Globex corta pelo menos 6 mil vagas.
`);

/** About that many: "about 14,000", "rund 3.900", "zo'n 400", "~4,000". */
export const ABOUT_WORDS = concept('about', 'Words before a number that make it a round figure', `
en about                   | Globex will cut about 14,000 corporate roles.
en around                  | Globex will cut around 14,000 jobs.
en roughly                 | Globex will cut roughly 14,000 jobs.
en approximately           | Globex will cut approximately 14,000 jobs.
en nearly                  | Globex will cut nearly 14,000 jobs.
en almost                  | Globex will cut almost 14,000 jobs.
en some                    | Globex will cut some 14,000 jobs.
en an estimated            | Globex will cut an estimated 14,000 jobs.
en close to                | Globex will cut close to 14,000 jobs.
de rund                    | Globex streicht rund 3.900 Stellen.
de etwa                    | Globex streicht etwa 3.900 Stellen.
de ca.                     | Globex streicht ca. 3.900 Stellen.
de circa                   | Globex streicht circa 3.900 Stellen.
de knapp                   | Globex streicht knapp 3.900 Stellen.
de fast                    | Globex streicht fast 3.900 Stellen.
de gut                     | Globex streicht gut 3.900 Stellen.
fr environ                 | Globex supprime environ 4 000 postes.
fr près de                 | Globex supprime près de 4 000 postes.
fr quelque                 | Globex supprime quelque 4 000 postes.
es alrededor de            | Globex recortará alrededor de 4.000 empleos.
es en torno a              | Globex recortará en torno a 4.000 empleos.
es cerca de                | Globex recortará cerca de 4.000 empleos.
es unos                    | Globex recortará unos 4.000 empleos.
es unas                    | Globex eliminará unas 4.000 plazas.
es casi                    | Globex recortará casi 4.000 empleos.
es aproximadamente         | Globex recortará aproximadamente 4.000 empleos.
nl ongeveer                | Globex schrapt ongeveer 4.000 banen.
nl zo'n                    | Globex schrapt zo'n 4.000 banen.
nl bijna                   | Globex schrapt bijna 4.000 banen.
it quasi                   | Globex taglierà quasi 4.000 posti.
it intorno a               | Globex taglierà intorno a 4.000 posti.
it circa                   | Globex taglierà circa 4.000 posti.
pt quase                   | A Globex vai cortar quase 4 mil vagas.
pt aproximadamente         | A Globex vai cortar aproximadamente 4 mil vagas.
pt cerca de                | A Altice dispensa cerca de 4 mil trabalhadores.
*  ~                       | Globex to cut ~4,000 jobs.
`);

/** The base of a share after its per cent, not a cut: "bis zu 20 % seiner 79.000 Mitarbeiter", "10% of its
 * 80,000 staff". Most repeat the possessive rule or a total's words, but not with a word before the number
 * ("seiner weltweit 79.000"). */
export const SHARE_BASE_WORDS = concept('share_base', 'Words between a share and the whole it is a share of', `
en of its                  | Globex will cut 10% of its worldwide 80,000 staff.
en of their                | The two banks will cut 10% of their combined 90,000 employees.
en of the                  | Globex will cut 10% of the 80,000 employees at its factories.
de seiner                  | Globex streicht bis zu 20 % seiner weltweit 79.000 Mitarbeiter.
de ihrer                   | Die Bank streicht 10 Prozent ihrer weltweit 40.000 Stellen.
de der                     | Globex streicht 10 Prozent der 5.000 Stellen in Deutschland.
fr de ses                  | Globex supprime 10 % de ses 80 000 salariés.
fr des                     | Globex supprime 10 % des 80 000 postes du groupe.
es de sus                  | Globex recortará el 10 % de sus 80.000 empleados.
it dei suoi                | Globex taglierà il 10% dei suoi complessivi 80.000 dipendenti.
it delle sue               | Globex taglierà il 10% delle sue complessive 8.000 posizioni.
pt de seus                 | A Globex vai cortar 10% de seus 80 mil funcionários.
pt dos seus                | A Globex vai cortar 10% dos seus 80 mil funcionários.
pt das suas                | A Globex vai cortar 10% das suas 8 mil vagas.
nl van zijn                | Globex schrapt 10 procent van zijn wereldwijd 80.000 banen.
nl van haar                | De bank schrapt 10 procent van haar wereldwijd 40.000 banen.
nl van de                  | Globex schrapt 10 procent van de wereldwijd 80.000 banen.
`);

/** Spans of time after a number: "18 months" is no count of jobs. */
export const TIME_UNIT_WORDS = concept('time_unit', 'Words after a number that make it a span of time', `
en second                  | After 1 second workers were cut off from the call, and 600 jobs will go.
en seconds                 | After 30 seconds workers were cut off from the call, and 600 jobs will go.
en minute                  | After 1 minute staff were dropped from the call, and 600 jobs will go.
en minutes                 | Within 90 minutes staff were told that 600 jobs will go.
en hour                    | Within 1 hour staff were told that 600 jobs will go.
en hours                   | Within 48 hours staff were told that 600 jobs will go.
en day                     | Within 1 day employees were told that 600 jobs will go.
en days                    | For 10 days employees have been on strike against the loss of 600 jobs.
en week                    | After 1 week employees learned that 600 jobs will go.
en weeks                   | For 6 weeks employees have been on strike against the loss of 600 jobs.
en month                   | After 1 month employees learned that 600 jobs will go.
en months                  | Over the past 18 months employees have seen 600 jobs go.
en year                    | After 1 year employees learned that 600 jobs will go.
en years                   | After 20 years employees at the plant will lose 600 jobs.
en quarter                 | After 1 quarter employees learned that 600 jobs will go.
en quarters                | After 3 quarters employees learned that 600 jobs will go.
de Sekunden                | Nach 30 Sekunden Wartezeit erfuhren die Mitarbeiter vom Abbau von 600 Stellen.
de Minuten                 | Binnen 90 Minuten erfuhren alle Mitarbeiter vom Abbau von 600 Stellen.
de Stunden                 | Binnen 48 Stunden erfuhren alle Mitarbeiter vom Abbau von 600 Stellen.
de Tage                    | 10 Tage lang streikten die Beschäftigten gegen den Abbau von 600 Stellen.
de Tagen                   | Seit 10 Tagen streiken die Beschäftigten gegen den Abbau von 600 Stellen.
de Wochen                  | Seit 6 Wochen streiken die Beschäftigten gegen den Abbau von 600 Stellen.
de Monate                  | 18 Monate lang bangten die Mitarbeiter um ihre Stellen, nun fallen 600 weg.
de Monaten                 | Seit 18 Monaten bangen die Mitarbeiter um ihre Stellen, nun fallen 600 weg.
de Jahre                   | 20 Jahre lang arbeiteten die Beschäftigten im Werk, das nun 600 Stellen streicht.
de Jahren                  | Seit 20 Jahren arbeiten die Beschäftigten im Werk, das nun 600 Stellen streicht.
de Quartale                | 3 Quartale lang bangten die Mitarbeiter um ihre Stellen, nun fallen 600 weg.
de Quartalen               | Seit 3 Quartalen bangen die Mitarbeiter um ihre Stellen, nun fallen 600 weg.
fr minutes                 | En 90 minutes les salariés ont appris la suppression de 600 postes.
fr heures                  | En 48 heures les salariés ont appris la suppression de 600 postes.
fr jours                   | Depuis 10 jours les salariés sont en grève contre la suppression de 600 postes.
fr semaines                | Depuis 6 semaines les salariés sont en grève contre la suppression de 600 postes.
fr mois                    | Depuis 18 mois les salariés attendent le plan qui supprime 600 postes.
fr ans                     | Depuis 20 ans les salariés du site fabriquent des moteurs, 600 postes vont disparaître.
fr années                  | En 20 années les effectifs du site ont fondu, 600 postes vont encore disparaître.
fr trimestres              | Depuis 3 trimestres les salariés attendent le plan qui supprime 600 postes.
es minutos                 | En 90 minutos los empleados supieron del recorte de 600 puestos.
es horas                   | En 48 horas los empleados supieron del recorte de 600 puestos.
es días                    | Desde hace 10 días los trabajadores están en huelga contra el recorte de 600 empleos.
es semanas                 | Desde hace 6 semanas los trabajadores están en huelga contra el recorte de 600 empleos.
es meses                   | Desde hace 18 meses los trabajadores esperan el plan que recorta 600 empleos.
es años                    | Tras 20 años los trabajadores de la planta perderán 600 empleos.
es trimestres              | Desde hace 3 trimestres los trabajadores esperan el plan que recorta 600 empleos.
it minuti                  | In 90 minuti i dipendenti hanno saputo del taglio di 600 posti.
it ore                     | In 48 ore i dipendenti hanno saputo del taglio di 600 posti.
it giorni                  | Da 10 giorni i lavoratori scioperano contro il taglio di 600 posti.
it settimane               | Da 6 settimane i lavoratori scioperano contro il taglio di 600 posti.
it mesi                    | Da 18 mesi i dipendenti aspettano il piano che taglia 600 posti.
it anni                    | Dopo 20 anni i dipendenti dello stabilimento perdono 600 posti.
it trimestri               | Da 3 trimestri i dipendenti aspettano il piano che taglia 600 posti.
nl minuten                 | Binnen 90 minuten kregen alle medewerkers te horen dat 600 banen verdwijnen.
nl uur                     | Binnen 48 uur kregen alle medewerkers te horen dat 600 banen verdwijnen.
nl dagen                   | Al 10 dagen staken de medewerkers tegen het schrappen van 600 banen.
nl weken                   | Al 6 weken staken de medewerkers tegen het schrappen van 600 banen.
nl maanden                 | Al 18 maanden wachten de medewerkers op het plan dat 600 banen schrapt.
nl jaar                    | Na 20 jaar verliezen de medewerkers van de fabriek 600 banen.
nl jaren                   | Al 3 jaren wachten de medewerkers op het plan dat 600 banen schrapt.
nl kwartalen               | Al 3 kwartalen wachten de medewerkers op het plan dat 600 banen schrapt.
pt dias                    | Há 10 dias os funcionários estão em greve contra o corte de 600 vagas.
pt anos                    | Após 20 anos os funcionários da fábrica perdem 600 vagas.
`);

/** A list's words as alternatives of a pattern, in its order, each once (two languages may share one); between
 * the words of an entry, one space or `joiner`. */
const alternatives = (phrases: readonly string[], joiner = ' '): string =>
  [...new Set(phrases.map((p) => p.toLowerCase()))]
    .map((p) => p.split(/\s+/).map((w) => escapeRegExp(w).replace(/['’]/g, '[\'’]')).join(joiner))
    .join('|');

/** A list's words as alternatives of a pattern. */
export const wordsSource = (words: Concept, joiner?: string): string => alternatives(words.entries.map((e) => e.phrase), joiner);

/** A matcher for the text before a number: it ends with one of the words, then perhaps one of `then`. */
const endsWithWords = (words: Concept, then: readonly string[]): RegExp =>
  new RegExp(String.raw`(?<![\p{L}])(?:${wordsSource(words)})(?:\s+(?:${alternatives(then)}))?\s*$`, 'iu');

/** Totals, not cuts: "of its 1.5 million employees", "employs 300,000 people", "von insgesamt". */
export const TOTAL_BEFORE = endsWithWords(TOTAL_WORDS, TOTAL_THEN_WORDS.entries.map((e) => e.phrase));
/** People something else happened to; the qualifiers after their words are kept as they were, though a qualifier
 * right before a number is mostly read with it ("hired about 3,000" is read from "about" on). */
export const OTHER_ACTION_BEFORE = endsWithWords(OTHER_ACTION_WORDS, ['about', 'some', 'nearly', 'more than', 'over']);
/** A count after a possessive is the owner's whole staff (unless a cut noun follows its job word: jobs.ts). */
export const POSSESSIVE_BEFORE = endsWithWords(POSSESSIVE_WORDS, POSSESSIVE_THEN_WORDS.entries.map((e) => e.phrase));
