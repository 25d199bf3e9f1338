import { concept } from './define';

export default concept('cut_verb', 'Verbs that cut something; a cut of jobs when a job word is near', `
en cut                              | Globex will cut 4,000 jobs.
en cuts                             | Globex cuts 4,000 jobs.
en cutting                          | Globex is cutting 4,000 jobs.
en slash*                           | The bank slashes 2,000 roles.
en eliminat*                        | It will eliminate 1,750 positions.
en ax                               | Meta to ax 600 AI jobs.
en axe                              | The insurer will axe 300 roles.
en axes                             | The insurer axes 300 roles.
en axed                             | The insurer axed 300 roles.
en axing                            | The insurer is axing 300 roles.
en shed                             | The carrier will shed 1,000 staff.
en sheds                            | The carrier sheds 1,000 staff.
en shedding                         | The carrier is shedding 1,000 staff.
en trim                             | The firm will trim 5% of staff.
en trims                            | The firm trims 5% of staff.
en trimmed                          | The firm trimmed 5% of staff.
en trimming                         | The firm is trimming 5% of staff.
en reduc*                           | The bank will reduce its workforce by 10%.
en remov*                           | The plan removes 1,200 roles.
en let go                           | The company let go 200 employees.
en put* ... at risk                 | The publisher puts 600 jobs at risk.
en plac* ... at risk                | The carrier has placed 300 roles at risk.
en letting go                       | The company is letting go 200 employees.
en fire                             | The startup will fire 40 people.
en fired                            | The startup fired 40 people.
en firing                           | The startup is firing 40 people.
en fires                            | The startup fires 40 people.
en dismiss*                         | The company dismissed 300 workers.
en shrink*                          | The bank is shrinking its workforce.
en shrank                           | The workforce shrank by 9%.
en downsiz*                         | The company is downsizing its support staff.
en offboard*                        | The platform offboarded 1,000 contractors.
en exiting                          | The company is exiting 400 roles.
en dropped                          | The app dropped 100 contractors.
en dropping                         | The app is dropping 100 contractors.
en ended                            | The firm ended contracts for 500 moderators.
en ending                           | The firm is ending contracts for 500 moderators.
en phase out                        | The bank will phase out 900 roles.
en phasing out                      | The bank is phasing out 900 roles.
en replac*                          | The company replaced 700 agents with AI.
en lose                             | About 3,000 workers will lose their jobs.
en losing                           | About 3,000 workers are losing their jobs.
en lost                             | About 3,000 workers lost their jobs.
en not backfill*                    | The company is not backfilling roles.
en sack*                            | Hutchison sacked 97 workers by text message.
en to go                            | Rio Tinto says 850 jobs are to go over four years.
en will go                          | About 2,000 jobs will go at the bank.
en out of work                      | The closure puts 300 workers out of work.
en terminat*                        | The company terminated 250 employees.
en fall by                          | Staff numbers will fall by 4,000.
en fell by                          | Headcount fell by 2,000 last year.
de streich*                         | Die Bank streicht 3.900 Stellen.
de kürz*                            | Der Konzern kürzt 500 Stellen.
de reduzier*                        | Die Firma reduziert ihre Belegschaft.
de verringer*                       | Die Bank verringert die Zahl der Mitarbeiter.
de verkleiner*                      | HP will seine Belegschaft verkleinern.
de schrumpf*                        | Die Belegschaft schrumpft um zehn Prozent.
de ersetz*                          | KI ersetzt 200 Mitarbeiter im Kundenservice.
de verlier*                         | 3.000 Beschäftigte verlieren ihren Job.
de trennt sich von                  | Der Konzern trennt sich von 500 Mitarbeitern.
de trennen sich von                 | Die Banken trennen sich von vielen Mitarbeitern.
de sich von ... trennen              | Der Konzern will sich von 500 Mitarbeitern trennen.
de gestrichen                       | Es sollen 2.000 Arbeitsplätze gestrichen werden.
de gekündigt                        | Die Bank hat 300 Angestellten gekündigt.
de eingespart                       | In der Verwaltung werden 900 Stellen eingespart.
de fallen                           | Rund 500 Stellen fallen dem Umbau zum Opfer.
de fallen ...+ weg                  | Die Arbeitsplätze fallen vor allem in den Redaktionen und der Verwaltung weg.
de fällt ...+ weg                   | Fast ein Viertel der Arbeitsplätze (24 Prozent) fällt weg.
de vernicht*                        | Die Pleite vernichtet 800 Jobs.
de einspar*                         | Der Konzern will 4.000 Stellen einsparen.
de einzusparen                      | Der Konzern plant, 4.000 Stellen einzusparen.
de sinkt                            | Die Zahl der Beschäftigten sinkt um 500.
de sinken                           | Die Mitarbeiterzahlen sinken deutlich.
de sank                             | Die Zahl der Mitarbeiter sank um zehn Prozent.
de entfall*                         | Mit der Einführung von KI-Agenten entfallen 700 Stellen.
de trennte sich von                 | Die Firma trennte sich von 300 Mitarbeitern.
de trennten sich von                | Die Banken trennten sich von vielen Mitarbeitern.
de müssen gehen                     | Rund 1.500 Mitarbeiter müssen gehen.
de gehen müssen                     | Rund 1.500 Mitarbeiter werden gehen müssen.
de vor die Tür                      | Der Versicherer setzt 1.500 Beschäftigte vor die Tür.
de gekürzt                          | Beim Versicherer werden 300 Stellen gekürzt.
de verloren                         | Wegen KI haben 500 Beschäftigte ihren Job verloren.
de geschrumpft                      | Die Belegschaft ist um zehn Prozent geschrumpft.
de weggefallen                      | Bei der Bank sind 900 Stellen weggefallen.
de wegrationalisier*                | Bei der Versicherung wurden 300 Arbeitsplätze wegrationalisiert.
de ohne Job                         | Die Automatisierung lässt 300 Mitarbeiter ohne Job.
de weichen                          | Rund 1.500 Mitarbeiter sollen weichen.
de müssen ... verlassen             | 200 Redakteure müssen das Unternehmen verlassen.
fr supprim*                         | La banque supprime 900 postes.
fr rédui*                           | Le groupe réduit ses effectifs de 10 %.
fr réduction*                       | Le plan prévoit la réduction de 1 200 postes.
fr départ*                          | Le groupe annonce le départ de 700 salariés.
fr coup*                            | Le groupe coupe 500 emplois.
fr remplac*                         | L'IA remplace 200 conseillers.
fr perdr*                           | 3 000 salariés vont perdre leur emploi.
fr sacrifi*                         | Le plan sacrifie 700 emplois.
fr se sépare*                       | Le groupe se sépare de 500 salariés.
fr se séparer                       | Le groupe va se séparer de 500 salariés.
fr taill* dans                      | Le groupe a taillé dans ses effectifs.
fr tranch* dans                     | La banque tranche dans les effectifs.
fr sabr*                            | Le groupe sabre 500 emplois.
fr dispara*                         | 300 emplois vont disparaître.
fr disparu*                         | 400 emplois ont disparu chez l'opérateur.
fr fondre                           | Les effectifs vont fondre de 20 %.
fr se passer de                     | Le groupe va se passer de 500 salariés.
fr se passe de                      | Le groupe se passe de 500 salariés.
fr à la trappe                      | 300 postes passent à la trappe.
fr perdu*                           | 500 salariés ont perdu leur emploi.
fr laiss* sans emploi               | La fermeture laisse sans emploi 300 salariés.
fr baisseront                       | Les effectifs baisseront de 10 %.
es recort*                          | La empresa recorta 500 empleos.
es elimin*                          | La empresa elimina 2.000 puestos.
es suprim*                          | El banco suprime 700 puestos.
es reduc*                           | La empresa reduce su plantilla un 10 %.
es salida*                          | Pinterest anuncia la salida de 700 empleados.
es reemplaz*                        | La IA reemplaza a 200 agentes.
es sustitu*                         | La IA sustituye a 200 agentes.
es prescind*                        | La compañía prescinde de 300 empleados.
es perder*                          | 3.000 trabajadores perderán su empleo.
es destru*                          | La automatización destruye empleos.
es desvincul*                       | Globant desvinculó a 1.000 empleados.
es desaparec*                       | Desaparecerán 500 puestos de trabajo.
es dej* sin trabajo                 | Microsoft deja sin trabajo a decenas de empleados.
es dej* sin empleo                  | El cierre dejará sin empleo a 300 trabajadores.
nl schrap*                          | De bank schrapt 900 banen.
nl snij*                            | Het bedrijf snijdt in het personeel.
nl vervang*                         | AI vervangt 200 medewerkers.
nl verminder*                       | Het bedrijf vermindert het aantal banen.
nl verlie*                          | 3.000 mensen verliezen hun baan.
nl ontsla*                          | Het bedrijf gaat 300 mensen ontslaan.
nl krimp*                           | Het bedrijf krimpt in.
nl verdwijn*                        | Er verdwijnen 800 banen.
nl verloren                         | Er gaan 90 banen verloren.
nl laat ... gaan                     | De verzekeraar laat 200 mensen gaan.
nl laten ... gaan                    | De banken laten honderden medewerkers gaan.
nl ontsloeg*                        | Het callcenter ontsloeg 80 medewerkers.
nl verklein*                        | Klarna heeft het personeelsbestand verkleind.
nl teruggebracht                    | Het aantal medewerkers is met 40 procent teruggebracht.
nl terugbrengen                     | De bank wil het aantal banen terugbrengen.
nl terug te brengen                 | Het bedrijf is van plan het aantal medewerkers terug te brengen.
nl stoot ... af                     | De bank stoot 700 banen af.
nl geschrapt                        | Het concern heeft 900 banen geschrapt.
nl verdwenen                        | Er zijn 300 banen verdwenen.
nl op straat                        | De verzekeraar zet 300 mensen op straat.
nl neemt afscheid van               | Het bedrijf neemt afscheid van 400 medewerkers.
nl nemen afscheid van               | De banken nemen afscheid van honderden medewerkers.
nl laan uit*                        | Het callcenter heeft 120 mensen de laan uitgestuurd.
nl stuurt ... weg                   | De bank stuurt 300 medewerkers weg.
nl daalt                            | Het aantal medewerkers daalt met 500.
nl op de tocht                      | Bij de bank staan 500 banen op de tocht.
nl ingekrompen                      | Het personeelsbestand is met tien procent ingekrompen.
nl afgeslankt                       | De klantenservice is afgeslankt met 200 medewerkers.
nl wegbezuinig*                     | Bij de bank zijn 300 banen wegbezuinigd.
nl sneuvel*                         | Volgens Lufthansa zullen de meeste banen in Duitsland sneuvelen.
nl komen ... te vervallen           | Bij KPN komen 1.000 banen te vervallen.
nl zonder werk                      | De sluiting zet 300 medewerkers zonder werk.
it taglia*                          | Il gruppo taglia 900 posti.
it tagli*                           | Il gruppo annuncia tagli.
it elimin*                          | L'azienda elimina 500 posti.
it ridu*                            | L'azienda riduce il personale del 10%.
it sostitu*                         | L'IA sostituisce 200 operatori.
it rimpiazz*                        | Rimpiazzeranno 11.000 lavoratori.
it perder*                          | 3.000 lavoratori perderanno il posto.
it sopprim*                         | Il gruppo sopprime 300 posizioni.
it cancell*                         | L'IA cancellerà posti di lavoro.
it ridimension*                     | Annuncia un ridimensionamento radicale della forza lavoro.
it ridott*                          | Klarna ha ridotto il personale del 40%.
it lasciat* a casa                  | L'azienda ha lasciato a casa 300 dipendenti.
it lascia* a casa                   | Il gruppo lascia a casa 200 lavoratori.
it manda* a casa                    | L'IA manda a casa 400 operatori del call center.
it mandat* a casa                   | Sono stati mandati a casa 300 dipendenti.
it salta*                           | Saltano 500 posti di lavoro.
it salter*                          | Sono 500 i posti che salteranno.
it spari*                           | Spariranno 1.000 posti di lavoro.
it addio a                          | Il gruppo dice addio a 400 lavoratori.
it alla porta                       | L'azienda ha messo alla porta 150 moderatori.
it in mobilità                      | L'azienda mette in mobilità 300 lavoratori.
it rest* senza lavoro               | Con l'IA, 600 lavoratori resteranno senza lavoro.
it rima* senza lavoro               | Molti dipendenti rimarranno senza lavoro.
it soppress*                        | Sono stati soppressi 300 posti di lavoro.
it persi                            | Sono stati persi 500 posti di lavoro.
it lasc* senza lavoro               | L'automazione lascia senza lavoro 300 dipendenti.
pt cort*                            | A empresa corta 500 vagas.
pt elimin*                          | A empresa elimina 2.000 postos.
pt reduz*                           | A empresa reduz o quadro em 10%.
pt redução                          | A companhia anunciou a redução de 4 mil cargos administrativos.
pt saída*                           | O banco anunciou a saída de 700 funcionários.
pt reduções                         | O banco prevê reduções de 1.500 postos.
pt substitu*                        | A IA substitui 200 atendentes.
pt troca*                           | O banco quer trocar gerentes por inteligência artificial.
pt dispens*                         | O banco dispensa 300 funcionários.
pt deslig*                          | O banco desligou 300 funcionários.
pt perder*                          | 3.000 trabalhadores vão perder o emprego.
pt extingu*                         | O banco extingue 700 vagas.
pt encolh*                          | A empresa encolheu sua equipe de suporte.
pt encerr*                          | A empresa encerrou 4.000 postos.
pt desaparec*                       | Cerca de 500 empregos vão desaparecer.
pt deix* sem emprego                | O fecho deixa sem emprego 300 trabalhadores.
pt deix* sem trabalho               | A automação deixou sem trabalho 200 funcionários.
pt despedid*                        | Cerca de 6% dos trabalhadores vão ser despedidos.
`);
