import { concept } from './define';

export default concept('hedge', 'Possibility, forecast or fear rather than a decision', `
en could                            | AI could replace 300 million jobs.
en can be replaced                  | 300 million jobs can be replaced by AI.
en might                            | The bank might cut more roles.
en =may                             | Automation may eliminate these jobs (not the month: "On May 12, 2026, the company cut 388 roles").
en would                            | AI would make many roles redundant.
en predict*                         | He predicted AI will wipe out half of entry-level jobs.
en forecast*                        | Analysts forecast deeper cuts.
en expect*                          | Economists expect job losses.
en likely                           | Further cuts are likely.
en potentially                      | AI could potentially replace agents.
en at risk                          | 8 million jobs are at risk.
en risk*                            | Workers risk losing their jobs.
en fear*                            | Staff fear AI will take their jobs.
en worr*                            | Workers worry about automation.
en warn*                            | The IMF warned that AI will hit jobs.
en threat*                          | AI threatens millions of jobs.
en could lose                       | Banks could lose 200,000 jobs.
en in the coming years              | Jobs will go in the coming years.
en over the next                    | Over the next five years, roles will shrink.
en eventually                       | AI will eventually replace these roles.
en someday                          | Robots may someday do the work.
en if                               | If AI works, we will need fewer people.
de könnte*                          | KI könnte Millionen Jobs kosten.
de dürfte*                          | Der Abbau dürfte weitergehen.
de droh*                            | Tausenden Jobs droht das Aus.
de befürcht*                        | Gewerkschaften befürchten Stellenabbau.
de fürcht*                          | Beschäftigte fürchten um ihre Jobs.
de warn*                            | Experten warnen vor Jobverlusten.
de Prognose*                        | Die Prognose sieht Jobverluste.
de rechnet mit                      | Die Studie rechnet mit Jobverlusten.
de womöglich                        | Womöglich fallen weitere Stellen weg.
de möglicherweise                   | Möglicherweise fallen weitere Stellen weg.
de gefährdet                        | Tausende Jobs sind gefährdet.
fr pourrai*                         | L'IA pourrait supprimer des millions d'emplois.
fr risqu*                           | Des emplois risquent de disparaître.
fr menac*                           | L'IA menace des emplois.
fr crain*                           | La crainte de suppressions grandit.
fr craignent                        | Les syndicats craignent des suppressions.
fr prévoi*                          | L'étude prévoit des pertes d'emplois.
fr alert*                           | Le FMI alerte sur l'emploi.
es podría*                          | La IA podría destruir millones de empleos.
es pueden                           | Los bancos pueden recortar empleo un 15%.
es puede                            | La IA puede eliminar empleos.
es amenaz*                          | La IA amenaza millones de empleos.
es temen                            | Los sindicatos temen despidos.
es teme                             | El sindicato teme despidos.
es temor*                           | Crece el temor a los despidos.
es riesgo                           | Empleos en riesgo.
es prevé                            | El estudio prevé pérdidas de empleo.
es advierte                         | El FMI advierte sobre el empleo.
nl zou                              | AI zou banen kunnen kosten.
nl zouden                           | Er zouden banen kunnen verdwijnen.
nl kunnen                           | Er kunnen banen verdwijnen.
nl dreig*                           | Duizenden banen dreigen te verdwijnen.
nl vrees*                           | De vrees voor ontslagen groeit.
nl vrezen                           | Vakbonden vrezen ontslagen.
nl waarschuw*                       | Experts waarschuwen voor banenverlies.
nl verwacht*                        | Economen verwachten banenverlies.
it potrebbe*                        | L'IA potrebbe cancellare milioni di posti.
it possono                           | Le banche possono tagliare posti.
it rischi*                          | Posti a rischio.
it minacci*                         | L'IA minaccia milioni di posti.
it temono                           | I sindacati temono tagli.
it teme                             | Il sindacato teme tagli.
it timor*                           | Cresce il timore di tagli.
it prevede                          | Lo studio prevede perdite di posti.
pt poderia*                         | A IA poderia eliminar milhões de empregos.
pt pode                             | A IA pode eliminar empregos.
pt ameaç*                           | A IA ameaça empregos.
pt temem                            | Sindicatos temem demissões.
pt teme                             | O sindicato teme demissões.
pt temor*                           | Cresce o temor de demissões.
pt risco                            | Empregos em risco.
pt prevê                            | O estudo prevê perda de empregos.
`);
