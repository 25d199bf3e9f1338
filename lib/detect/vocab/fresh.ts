import { concept } from './define';

export default concept('fresh', 'Now: the news is this announcement', `
en today                            | Today we are reducing our workforce.
en on Monday                        | The bank said on Monday it will cut jobs.
en on Tuesday                       | The bank said on Tuesday it will cut jobs.
en on Wednesday                     | The bank said on Wednesday it will cut jobs.
en on Thursday                      | The bank said on Thursday it will cut jobs.
en on Friday                        | The bank said on Friday it will cut jobs.
en this week                        | The bank cut jobs this week.
en plans to                         | The bank plans to cut 4,000 jobs.
en will cut                         | The bank will cut 4,000 jobs.
en is cutting                       | The bank is cutting 4,000 jobs.
en announced                        | The bank announced 4,000 job cuts.
en to cut                           | Bank to cut 4,000 jobs.
de am Montag                        | Die Bank kündigte am Montag den Abbau an.
de am Dienstag                      | Die Bank kündigte am Dienstag den Abbau an.
de am Mittwoch                      | Die Bank kündigte am Mittwoch den Abbau an.
de am Donnerstag                    | Die Bank kündigte am Donnerstag den Abbau an.
de am Freitag                       | Die Bank kündigte am Freitag den Abbau an.
de will                             | Die Bank will 3.900 Stellen streichen.
de plant                            | Die Bank plant den Abbau.
de heute                            | Heute kündigte der Konzern den Abbau an.
fr lundi                            | Le groupe a annoncé lundi 900 suppressions.
fr mardi                            | Le groupe a annoncé mardi 900 suppressions.
fr mercredi                         | Le groupe a annoncé mercredi 900 suppressions.
fr jeudi                            | Le groupe a annoncé jeudi 900 suppressions.
fr vendredi                         | Le groupe a annoncé vendredi 900 suppressions.
fr va supprimer                     | La banque va supprimer 900 postes.
fr prévoit de                       | Le groupe prévoit de supprimer 900 postes.
es este lunes                       | La empresa anunció este lunes 500 despidos.
es este martes                      | La empresa anunció este martes 500 despidos.
es este miércoles                   | La empresa anunció este miércoles 500 despidos.
es este jueves                      | La empresa anunció este jueves 500 despidos.
es este viernes                     | La empresa anunció este viernes 500 despidos.
es planea                           | La empresa planea despedir a 500.
nl maandag                          | De bank maakte maandag bekend banen te schrappen.
nl dinsdag                          | De bank maakte dinsdag bekend banen te schrappen.
nl woensdag                         | De bank maakte woensdag bekend banen te schrappen.
nl donderdag                        | De bank maakte donderdag bekend banen te schrappen.
nl vrijdag                          | De bank maakte vrijdag bekend banen te schrappen.
nl gaat ... schrappen               | De bank gaat 900 banen schrappen.
it lunedì                           | Il gruppo ha annunciato lunedì i tagli.
it martedì                          | Il gruppo ha annunciato martedì i tagli.
it mercoledì                        | Il gruppo ha annunciato mercoledì i tagli.
it giovedì                          | Il gruppo ha annunciato giovedì i tagli.
it venerdì                          | Il gruppo ha annunciato venerdì i tagli.
pt nesta segunda                    | A empresa anunciou nesta segunda as demissões.
pt nesta terça                      | A empresa anunciou nesta terça as demissões.
pt nesta quarta                     | A empresa anunciou nesta quarta as demissões.
pt nesta quinta                     | A empresa anunciou nesta quinta as demissões.
pt nesta sexta                      | A empresa anunciou nesta sexta as demissões.
pt vai demitir                      | A empresa vai demitir 300.
`);
