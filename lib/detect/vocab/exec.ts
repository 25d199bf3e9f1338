import { concept } from './define';

export default concept('exec', 'The people who speak for an employer', `
* =CEO                              | The CEO wrote to staff.
* =CFO                              | The CFO said costs will fall.
* =COO                              | The COO leads the overhaul.
en chief executive                  | The chief executive wrote to staff.
en chief financial officer          | The chief financial officer said costs fall.
en founder                          | The founder announced the cuts.
en chairman                         | The chairman defended the plan.
en chairwoman                       | The chairwoman defended the plan.
en president                        | The president of the company said.
en boss                             | The bank's boss said AI does the work.
en executive*                       | Executives said AI handles the calls.
en spokes*                          | A spokesperson confirmed the cuts.
en management                       | Management said the cuts are final.
de Vorstandschef*                   | Der Vorstandschef verteidigte den Abbau.
de Konzernchef*                     | Konzernchef Müller kündigte den Abbau an.
de Chef                             | Der Chef der Bank sagte.
de Chefin                           | Die Chefin der Bank sagte.
de Vorstand                         | Der Vorstand beschloss den Abbau.
de Vorstandsvorsitzende*            | Der Vorstandsvorsitzende sagte.
de Sprecher*                        | Ein Sprecher bestätigte den Abbau.
de Gründer*                         | Der Gründer kündigte Entlassungen an.
de Geschäftsführ*                   | Der Geschäftsführer informierte die Belegschaft.
fr =PDG                             | Le PDG a annoncé le plan.
fr directeur général                | Le directeur général a annoncé le plan.
fr directrice générale              | La directrice générale a annoncé le plan.
fr patron                           | Le patron de la banque a parlé.
fr patronne                         | La patronne du groupe a parlé.
fr dirigeant*                       | Les dirigeants défendent le plan.
fr porte-parole                     | Un porte-parole a confirmé.
fr fondateur                        | Le fondateur a annoncé les départs.
fr direction                        | La direction a confirmé le plan.
es consejero delegado               | El consejero delegado anunció el ERE.
es consejera delegada               | La consejera delegada anunció el ERE.
es director ejecutivo               | El director ejecutivo habló.
es directora ejecutiva              | La directora ejecutiva habló.
es presidente                       | El presidente de la empresa anunció los despidos.
es portavoz                         | Un portavoz confirmó los despidos.
es fundador                         | El fundador anunció los despidos.
es directivos                       | Los directivos defienden el plan.
nl topman                           | De topman kondigde de ontslagen aan.
nl topvrouw                         | De topvrouw kondigde de ontslagen aan.
nl bestuursvoorzitter               | De bestuursvoorzitter lichtte het plan toe.
nl directeur                        | De directeur bevestigde de ontslagen.
nl woordvoerder                     | Een woordvoerder bevestigde het.
nl oprichter                        | De oprichter kondigde ontslagen aan.
it amministratore delegato          | L'amministratore delegato ha annunciato i tagli.
it amministratrice delegata         | L'amministratrice delegata ha annunciato i tagli.
it presidente                       | Il presidente del gruppo ha parlato.
it portavoce                        | Un portavoce ha confermato.
it fondatore                        | Il fondatore ha annunciato i tagli.
it vertici                          | I vertici dell'azienda hanno confermato.
pt presidente                       | O presidente da empresa anunciou as demissões.
pt diretor-executivo                | O diretor-executivo anunciou as demissões.
pt executivo-chefe                  | O executivo-chefe anunciou o plano.
pt porta-voz                        | Um porta-voz confirmou.
pt fundador                         | O fundador anunciou as demissões.
pt diretoria                        | A diretoria confirmou o plano.
`);
