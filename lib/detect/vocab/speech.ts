import { concept } from './define';

export default concept('speech', 'Someone saying or writing something', `
en said                             | The company said AI now does the work.
en says                             | The CEO says AI lets the bank shrink.
en told                             | He told staff in a memo.
en tells                            | The CEO tells staff the cuts are about AI.
en wrote                            | The CEO wrote in a memo.
en writes                           | The CEO writes that AI changed the work.
en stated                           | The filing stated that AI drove the cuts.
en announced                        | The company announced the cuts on Tuesday.
en announces                        | The company announces 300 job cuts.
en according to                     | According to the company, AI handles the calls.
en explained                        | The CEO explained the decision.
en added                            | AI now does the work, he added.
en confirmed                        | The company confirmed the cuts.
en memo                             | In a memo to staff, the CEO explained.
en statement                        | In a statement, the company said.
en letter                           | In a letter to shareholders.
en email                            | In an email to employees.
en blog post                        | In a blog post, the CEO wrote.
en interview                        | In an interview, the CEO said.
en earnings call                    | On the earnings call, the CFO said.
de sagte                            | Die Bank sagte, KI übernehme die Arbeit.
de sagt                             | Der Chef sagt, KI mache Jobs überflüssig.
de erklärte                         | Der Konzern erklärte, die Stellen fielen weg.
de teilte ... mit                   | Die Bank teilte am Montag mit, Stellen abzubauen.
de laut                             | Laut der Bank fallen 3.900 Stellen weg.
de zufolge                          | Dem Konzern zufolge fallen Stellen weg.
de schrieb                          | Der Chef schrieb in einer Mail.
de kündigte ... an                  | Die Bank kündigte einen Abbau an.
de bestätigte                       | Der Konzern bestätigte den Abbau.
de Mitteilung                       | In einer Mitteilung hieß es.
de betonte                          | Der Chef betonte, KI sei der Grund.
fr a déclaré                        | Le PDG a déclaré que l'IA fait le travail.
fr déclare                          | Le PDG déclare que l'IA fait le travail.
fr a annoncé                        | Le groupe a annoncé 900 suppressions.
fr annonce                          | Le groupe annonce 900 suppressions.
fr selon                            | Selon la direction, l'IA traite les dossiers.
fr a indiqué                        | La banque a indiqué que l'IA traite les demandes.
fr a expliqué                       | Le PDG a expliqué le plan.
fr explique                         | Le PDG explique le plan.
fr a confirmé                       | Le groupe a confirmé les suppressions.
fr communiqué                       | Dans un communiqué, le groupe annonce.
es dijo                             | La empresa dijo que la IA hace el trabajo.
es afirmó                           | El consejero delegado afirmó que la IA reduce puestos.
es anunció                          | La empresa anunció 500 despidos.
es anuncia                          | La empresa anuncia 500 despidos.
es según                            | Según la empresa, la IA atiende las llamadas.
es explicó                          | El directivo explicó el plan.
es señaló                           | La compañía señaló que la IA hace el trabajo.
es confirmó                         | La empresa confirmó los despidos.
es comunicado                       | En un comunicado, la empresa anunció.
nl zei                              | Het bedrijf zei dat AI het werk doet.
nl zegt                             | De topman zegt dat AI banen kost.
nl meldt                            | Het bedrijf meldt 300 ontslagen.
nl maakte ... bekend                | De bank maakte de ontslagen bekend.
nl volgens                          | Volgens de bank doet AI het werk.
nl liet weten                       | De bank liet weten dat banen verdwijnen.
nl bevestigde                       | De bank bevestigde de ontslagen.
it ha detto                         | L'azienda ha detto che l'IA fa il lavoro.
it ha dichiarato                    | L'ad ha dichiarato che l'IA riduce i posti.
it ha annunciato                    | Il gruppo ha annunciato 900 esuberi.
it annuncia                         | Il gruppo annuncia 900 esuberi.
it secondo                          | Secondo l'azienda, l'IA gestisce le chiamate.
it ha spiegato                      | L'ad ha spiegato il piano.
it ha confermato                    | Il gruppo ha confermato i tagli.
it comunicato                       | In un comunicato, l'azienda annuncia.
pt disse                            | A empresa disse que a IA faz o trabalho.
pt afirmou                          | O CEO afirmou que a IA reduz vagas.
pt anunciou                         | A empresa anunciou 500 demissões.
pt anuncia                          | A empresa anuncia 500 demissões.
pt segundo                          | Segundo a empresa, a IA atende as chamadas.
pt de acordo com                    | De acordo com a empresa, a IA faz o trabalho.
pt explicou                         | O executivo explicou o plano.
pt confirmou                        | A empresa confirmou as demissões.
pt comunicado                       | Em comunicado, a empresa anunciou.
`);
