import { concept } from './define';

export default concept('restructure', 'Reorganising a business, which often but not always cuts jobs', `
en restructur*                      | The restructuring removes 1,200 roles.
en reorganiz*                       | A reorganization of the sales team follows.
en reorganis*                       | The reorganisation was announced in a memo.
en overhaul*                        | The bank's overhaul will close branches.
en streamlin*                       | The company is streamlining its operations.
en flatten*                         | The plan flattens layers of management.
en cost-cutting                     | A cost-cutting drive is under way.
en cost cuts                        | Cost cuts will save $2 billion.
en efficiency program*              | The efficiency programme runs to 2027.
en efficiency drive                 | An efficiency drive is under way.
de Umbau                            | Der Umbau des Konzerns kostet Stellen.
de Umstrukturierung*                | Die Umstrukturierung betrifft alle Sparten.
de Restrukturierung*                | Die Restrukturierung soll 2026 abgeschlossen sein.
de Sparkurs                         | Der Sparkurs trifft die Verwaltung.
de Effizienzprogramm                | Ein Effizienzprogramm soll Kosten senken.
de Kostensenkung*                   | Die Kostensenkungen sollen 1 Milliarde bringen.
fr restructuration                  | La restructuration touche le siège.
fr réorganisation                   | La réorganisation est annoncée aux syndicats.
fr plan d'économies                 | Le plan d'économies vise 500 millions d'euros.
fr réduction des coûts              | La réduction des coûts est la priorité.
es reestructuraci*                  | La reestructuración afecta a la sede.
es reorganizaci*                    | La reorganización llega a la banca.
es plan de ahorro                   | El plan de ahorro busca 300 millones.
es reducción de costes              | La reducción de costes es prioritaria.
es reducción de costos              | La reducción de costos es prioritaria.
nl reorganisatie*                   | De reorganisatie kost 400 banen.
nl herstructurering*                | De herstructurering treft het hoofdkantoor.
nl bezuinig*                        | Het bedrijf moet fors bezuinigen.
nl kostenbesparing*                 | De kostenbesparing moet 200 miljoen opleveren.
it ristrutturazion*                 | La ristrutturazione riguarda la sede.
it riorganizzazion*                 | La riorganizzazione è stata presentata ai sindacati.
it piano di risparmi*               | Il piano di risparmio vale 300 milioni.
it riduzione dei costi              | La riduzione dei costi è la priorità.
pt reestrutura*                     | A reestruturação elimina 1.000 vagas.
pt reorganiza*                      | A reorganização atinge a sede.
pt corte de custos                  | O corte de custos é a prioridade.
pt redução de custos                | A redução de custos é a prioridade.
`);
