import { concept } from './define';

export default concept('freeze', 'Fewer jobs by not hiring or not replacing leavers', `
en hiring freeze                    | The bank announced a hiring freeze.
en freeze hiring                    | The company will freeze hiring.
en froze hiring                     | The company froze hiring.
en pause hiring                     | IBM will pause hiring for back-office roles.
en paused hiring                    | The company paused hiring.
en pausing hiring                   | The company is pausing hiring.
en stop hiring                      | We will stop hiring engineers.
en stopped hiring                   | The firm stopped hiring.
en slow hiring                      | The bank will slow hiring.
en not backfill*                    | We are not backfilling roles.
en won't backfill                   | We won't backfill those roles.
en attrition                        | The workforce will shrink through attrition.
en not replac* ... leav*            | The firm is not replacing people who leave.
en natural turnover                 | Headcount will fall through natural turnover.
en hiring pause                     | IBM announced a hiring pause.
en pause in hiring                  | A pause in hiring for roles AI can do.
en not refill*                      | The government will not refill 2,600 posts as staff retire.
en not be refilled                  | Vacant posts will not be refilled.
en not be filled                    | Some 6% of posts will not be filled when staff retire.
de Einstellungsstopp                | Die Bank verhängt einen Einstellungsstopp.
de keine neuen Mitarbeiter          | Es werden keine neuen Mitarbeiter eingestellt.
de natürliche Fluktuation           | Der Abbau erfolgt über natürliche Fluktuation.
de nicht nachbesetzt                | Freie Stellen werden nicht nachbesetzt.
de nicht mehr besetzt               | Stellen werden nicht mehr besetzt.
de Einstellungspause                | Der Konzern verhängt eine Einstellungspause.
de Einstellungen stoppen             | Die Bank will Einstellungen stoppen.
fr gel des embauches                | La banque annonce un gel des embauches.
fr non-remplacement                 | Le non-remplacement des départs est prévu.
fr ne seront pas remplacés          | Les départs ne seront pas remplacés.
fr départs naturels                 | La baisse passera par des départs naturels.
fr gel des recrutements             | Le groupe annonce un gel des recrutements.
fr pause des embauches              | IBM annonce une pause des embauches.
fr suspend* les embauches           | Le groupe suspend les embauches.
fr geler les embauches              | Le groupe va geler les embauches.
fr ne remplacer* pas                | Le groupe ne remplacera pas les départs à la retraite.
es congelación de contrataciones    | La empresa anuncia una congelación de contrataciones.
es congela ... contrataciones       | La empresa congela las contrataciones.
es no cubrirá                       | No cubrirá las vacantes.
es pausa en la contratación         | IBM prevé una pausa en la contratación.
es pausa en las contrataciones      | Anuncia una pausa en las contrataciones.
es dejará de contratar              | La empresa dejará de contratar personal.
es suspend* ... contrataciones      | El banco suspende las contrataciones.
es interrump* ... contrataciones    | IBM interrumpirá las contrataciones para 7.800 puestos.
es no repondr*                      | El banco no repondrá las bajas por jubilación.
es no se cubrirán                   | Las vacantes no se cubrirán.
nl vacaturestop                     | Er geldt een vacaturestop.
nl natuurlijk verloop               | Dat gebeurt via natuurlijk verloop.
nl aannamestop                      | Er geldt een aannamestop.
nl personeelsstop                   | De bank kondigt een personeelsstop af.
nl stop* met ... aannemen           | Het bedrijf stopt met het aannemen van nieuw personeel.
nl niet meer ingevuld               | Vacatures worden niet meer ingevuld.
nl niet opnieuw ingevuld            | Vrijgekomen functies worden niet opnieuw ingevuld.
it bloccat* le assunzioni           | IBM ha bloccato le assunzioni.
it blocco delle assunzioni          | L'azienda annuncia il blocco delle assunzioni.
it congelamento delle assunzioni    | Scatta il congelamento delle assunzioni.
it turnover                         | Il calo avverrà tramite turnover.
it sospend* le assunzioni           | IBM sospende le assunzioni.
it in pausa ... assunzion*          | Mettere in pausa l'assunzione per 7.800 posizioni.
it stop alle assunzioni             | Scatta lo stop alle assunzioni.
it interromp* ... assunzioni        | IBM interromperà le assunzioni per 7.800 ruoli.
it non sarann* sostituit*           | I dipendenti in pensione non saranno sostituiti.
pt congelamento de contratações     | A empresa anuncia congelamento de contratações.
pt congela ... contratações         | O banco congela as contratações.
pt não vai repor                    | A empresa não vai repor as vagas.
pt pausa nas contratações           | A IBM anuncia pausa nas contratações.
pt suspend* ... contratações        | O banco suspendeu as contratações.
pt interromp* ... contratações      | A IBM pretende interromper as contratações para 7.800 funções.
pt parar de contratar               | A empresa vai parar de contratar.
pt não serão repost*                | As vagas não serão repostas.
`);
