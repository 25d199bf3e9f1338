import { concept } from './define';

export default concept('job', 'Jobs and the people who hold them', `
en job                              | The job went to a contractor.
en jobs                             | Globex will cut 4,000 jobs.
en role                             | The role will not be filled.
en roles                            | It will eliminate 1,750 roles.
en position                         | The position was eliminated.
en positions                        | It will eliminate 1,750 positions.
en post                             | Each post costs $80,000 a year.
en posts                            | The council will cut 200 posts.
en employee*                        | Globex lays off 300 employees.
en worker*                          | The plant will lose 300 workers.
en staff                            | The bank will cut 5% of staff.
en staffers                         | The paper laid off 30 staffers.
en people                           | The company will let 300 people go.
en personnel                        | Personnel cuts follow the merger.
en headcount                        | Headcount will fall by 10%.
en workforce                        | It will cut 10% of its workforce.
en team members                     | We are saying goodbye to 50 team members.
en teams                            | AI agents take over as support and HR teams shrink.
en colleagues                       | We are parting ways with 70 colleagues.
en contractors                      | The platform dropped 1,000 contractors.
en engineers                        | The startup laid off 40 engineers.
en agents                           | The bank replaced 700 call-centre agents.
en moderators                       | The platform ended contracts for 500 moderators.
en translators                      | The app dropped its translators.
en managers                         | The firm is cutting middle managers.
en white-collar                     | AI is coming for white-collar jobs.
en FTE*                             | The plan cuts 300 FTEs.
en journalists                      | The paper laid off 27 journalists.
en reporters                        | The station cut 12 reporters.
en writers                          | The studio let go of its technical writers.
en developers                       | The game maker laid off 200 developers.
en programmers                      | The bank replaced 300 programmers with AI tools.
en artists                          | The publisher dropped its cover artists for AI images.
en recruiters                       | The company cut half of its recruiters.
en bankers                          | The bank will cut 2,000 investment bankers.
en analysts                         | The firm laid off 40 analysts.
en clerks                           | The insurer cut 500 clerks.
en operators                        | The carrier replaced 300 phone operators.
en consultants                      | The firm is cutting 1,000 consultants.
en paralegals                       | The law firm is cutting paralegal roles and 20 paralegals.
en secretaries                      | Up to 80% of the secretaries will go.
de Stelle                           | Die Stelle wird nicht nachbesetzt.
de Stellen                          | Die Bank streicht 3.900 Stellen.
de *stellen                         | Betroffen sind 3.900 Vollzeitstellen.
de *jobs                            | Tausende Bürojobs fallen weg.
de Arbeitsplatz                     | Jeder Arbeitsplatz ist betroffen.
de Arbeitsplätze*                   | Der Umbau kostet 2.000 Arbeitsplätze.
de Job                              | Er hat seinen Job verloren.
de Jobs                             | Die Automatisierung kostet Tausende Jobs.
de Mitarbeiter*                     | Der Konzern entlässt 500 Mitarbeiter.
de Mitarbeitende*                   | Rund 500 Mitarbeitende sind betroffen.
de Beschäftigte*                    | 3.000 Beschäftigte verlieren ihren Job.
de Angestellte*                     | Die Angestellten wurden informiert.
de Arbeitnehmer*                    | Die Arbeitnehmer fürchten um ihre Jobs.
de Personal                         | Das Personal wird reduziert.
de Belegschaft                      | Die Belegschaft schrumpft um zehn Prozent.
de Vollzeitstellen                  | Betroffen sind 900 Vollzeitstellen.
de Menschen                         | Der Abbau trifft 3.000 Menschen.
de *kräfte                          | Die Versicherung will 1.800 Arbeitskräfte durch KI ersetzen.
de *kräften                         | Der Konzern kommt mit 3.000 Vollzeitkräften weniger aus.
de Ingenieure                       | Der Konzern entlässt 200 Ingenieure.
de Entwickler                       | Das Studio entlässt 200 Entwickler.
de Programmierer                    | Die Bank ersetzt 300 Programmierer durch KI.
de Journalisten                     | Der Verlag entlässt 50 Journalisten.
de Redakteure                       | Die Zeitung entlässt 20 Redakteure.
de Redakteuren                      | Die Zeitung trennt sich von 20 Redakteuren.
de Übersetzer                       | Die App verzichtet auf ihre Übersetzer.
de Moderatoren                      | TikTok entlässt 150 Moderatoren in Berlin.
de Banker                           | Die Bank will 2.000 Banker abbauen.
de Berater                          | Die Beratung streicht 1.000 Berater.
de Kollegen                         | Wir verabschieden uns von 70 Kollegen.
de *mitarbeiter*                    | Otto entlässt 480 Callcenter-Mitarbeiter.
fr poste                            | Le poste ne sera pas remplacé.
fr postes                           | La banque supprime 900 postes.
fr emploi                           | Chacun craint pour son emploi.
fr emplois                          | Le groupe supprime 900 emplois.
fr salarié*                         | L'entreprise licencie 300 salariés.
fr employé*                         | Les employés ont été informés.
fr effectif*                        | Le groupe réduit ses effectifs.
fr collaborateur*                   | Le groupe compte 5 000 collaborateurs.
fr personnes                        | Le plan concerne 300 personnes.
fr travailleur*                     | Les travailleurs du centre d'appels sont inquiets.
fr conseillers                      | L'IA remplace 200 conseillers.
fr main-d'œuvre                     | Le groupe réduit sa main-d'œuvre de 10 %.
fr ingénieurs                       | La start-up licencie 40 ingénieurs.
fr développeurs                     | Le studio licencie 200 développeurs.
fr journalistes                     | Le journal supprime 30 postes de journalistes.
fr rédacteurs                       | Le site remplace ses rédacteurs par une IA.
fr traducteurs                      | Harlequin remplace ses traducteurs par une IA.
fr modérateurs                      | TikTok licencie des centaines de modérateurs.
fr ouvriers                         | Foxconn remplace 60 000 ouvriers par des robots.
fr agents                           | La banque remplace 700 agents de centre d'appels.
fr téléconseillers                  | Le centre d'appels supprime 200 téléconseillers.
fr banquiers                        | La banque va supprimer 2 000 banquiers.
fr analystes                        | Le cabinet licencie 40 analystes.
fr collègues                        | Nous nous séparons de 70 collègues.
fr cadres                           | Le groupe supprime 500 postes de cadres.
es empleo*                          | La empresa recorta 500 empleos.
es puesto*                          | Elimina 2.000 puestos de trabajo.
es trabajador*                      | La empresa despide a 300 trabajadores.
es empleado*                        | Los empleados fueron informados.
es plantilla                        | La empresa reduce su plantilla.
es personas                         | El ERE afecta a 800 personas.
es personal                         | El banco reduce el personal.
es agentes                          | La IA reemplaza a 200 agentes.
es fuerza laboral                   | La empresa recorta un 10% de su fuerza laboral.
es posiciones                       | La empresa eliminará 500 posiciones.
es plazas                           | El banco recorta 300 plazas.
es ingenieros                       | La empresa despide a 40 ingenieros.
es desarrolladores                  | El estudio despide a 200 desarrolladores.
es programadores                    | El banco sustituye a 300 programadores por IA.
es periodistas                      | El diario despide a todos sus periodistas.
es redactores                       | El medio reemplaza a sus redactores por una IA.
es traductores                      | La aplicación prescinde de sus traductores.
es moderadores                      | TikTok despide a cientos de moderadores.
es operarios                        | La fábrica sustituye a 500 operarios por robots.
es teleoperadores                   | El centro de llamadas despide a 200 teleoperadores.
es banqueros                        | El banco recortará 2.000 banqueros.
es analistas                        | La firma despide a 40 analistas.
es colegas                          | Nos despedimos de 70 colegas.
es directivos                       | La empresa recorta 300 directivos.
nl baan                             | Hij verloor zijn baan.
nl jobs                             | TomTom moet tien procent van het aantal jobs schrappen.
nl banen                            | De bank schrapt 900 banen.
nl *banen                           | Amazon schrapt 14.000 kantoorbanen.
nl arbeidsplaatsen                  | Er verdwijnen 500 arbeidsplaatsen.
nl functies                         | De verzekeraar schrapt 300 functies.
nl medewerker*                      | Het bedrijf ontslaat 300 medewerkers.
nl werknemer*                       | De werknemers zijn ingelicht.
nl personeel*                       | Het personeel wordt ingekrompen.
nl fte                              | De bank schrapt 300 fte.
nl mensen                           | Er moeten 300 mensen weg.
nl banen weg                        | Bij het bedrijf gaan 500 banen weg.
nl ingenieurs                       | Het bedrijf ontslaat 40 ingenieurs.
nl ontwikkelaars                    | De studio ontslaat 200 ontwikkelaars.
nl programmeurs                     | De bank vervangt 300 programmeurs door AI.
nl journalisten                     | De krant ontslaat 30 journalisten.
nl redacteuren                      | De uitgever vervangt redacteuren door AI.
nl vertalers                        | De app stopt met zijn vertalers.
nl moderatoren                      | TikTok ontslaat 300 moderatoren.
nl *medewerkers                     | De bank schrapt 300 klantenservicemedewerkers.
nl bankiers                         | De bank schrapt 2.000 bankiers.
nl analisten                        | Het bureau ontslaat 40 analisten.
nl collega's                        | We nemen afscheid van 70 collega's.
nl managers                         | Het bedrijf schrapt 200 managers.
it posto                            | Ha perso il posto.
it posti                            | Il gruppo taglia 900 posti di lavoro.
it dipendent*                       | L'azienda licenzia 300 dipendenti.
it lavorator*                       | I lavoratori sono in sciopero.
it personale                        | L'azienda riduce il personale del 10%.
it organico                         | L'organico scende a 5.000 persone.
it persone                          | Il piano riguarda 300 persone.
it impiegat*                        | Gli impiegati sono stati informati.
it addetti                          | Il sito chiude e lascia a casa 37 addetti.
it posizioni                        | Il gruppo sopprime 300 posizioni.
it forza lavoro                     | Chegg taglia il 45% della sua forza lavoro.
it ruoli                            | La banca taglia 200 ruoli.
it collaborator*                    | Duolingo ha tagliato il 10% dei collaboratori esterni.
it ingegneri                        | La società licenzia 40 ingegneri.
it sviluppatori                     | Lo studio licenzia 200 sviluppatori.
it programmatori                    | La banca sostituisce 300 programmatori con l'IA.
it giornalisti                      | Il giornale taglia 30 giornalisti.
it redattori                        | Il sito sostituisce i redattori con l'IA.
it traduttori                       | L'app rinuncia ai suoi traduttori.
it moderatori                       | TikTok licenzia centinaia di moderatori a Londra.
it operatori                        | Almeno 600 operatori finanziari sono stati sostituiti da algoritmi.
it operai                           | La fabbrica sostituisce 500 operai con robot.
it bancari                          | La banca taglia 2.000 bancari.
it analisti                         | La società licenzia 40 analisti.
it colleghi                         | Salutiamo 70 colleghi.
it manager                          | L'azienda taglia 200 manager.
it consulenti                       | La società di consulenza taglia 1.000 consulenti.
pt emprego*                         | 3.000 trabalhadores vão perder o emprego.
pt vaga*                            | A empresa corta 500 vagas.
pt postos                           | A empresa elimina 2.000 postos de trabalho.
pt funcionári*                      | A empresa demite 300 funcionários.
pt trabalhador*                     | Os trabalhadores foram informados.
pt colaborador*                     | A empresa tem 5.000 colaboradores.
pt empregados                       | Os empregados foram avisados.
pt pessoas                          | O corte atinge 500 pessoas.
pt quadro                           | A empresa reduz o quadro em 10%.
pt equipe                           | As demissões atingem 10% da equipe.
pt equipa                           | A equipa foi reduzida.
pt cargos                           | A Lufthansa vai cortar 4 mil cargos administrativos.
pt atendentes                       | A IA substitui 200 atendentes.
pt força de trabalho                | A empresa reduziu sua força de trabalho em 10%.
pt posições                         | A empresa vai cortar 500 posições.
pt funções                          | A IBM vai eliminar 7.800 funções.
pt engenheiros                      | A empresa demite 40 engenheiros.
pt desenvolvedores                  | O estúdio demite 200 desenvolvedores.
pt programadores                    | O banco substitui 300 programadores por IA.
pt jornalistas                      | O jornal demite 30 jornalistas.
pt redatores                        | O site substitui os redatores por IA.
pt tradutores                       | O aplicativo dispensa os seus tradutores.
pt moderadores                      | O TikTok demite centenas de moderadores.
pt operários                        | A fábrica substitui 500 operários por robôs.
pt operadores                       | O call center demite 200 operadores.
pt bancários                        | O banco corta 2 mil bancários.
pt analistas                        | A consultoria demite 40 analistas.
pt colegas                          | Nos despedimos de 70 colegas.
pt gerentes                         | O banco corta 300 gerentes.
`);
