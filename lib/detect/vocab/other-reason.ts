import { concept } from './define';

// "Nestlé will cut 16,000 jobs to reduce costs", "Kühne+Nagel: Gewinneinbruch, bis zu 1.500 Jobs weg": a cut whose
// stated reason is something other than AI (costs, demand, tariffs, a merger), however much AI the page names.
export default concept('other_reason', 'A reason for cuts other than AI: costs, demand, sales, tariffs, profits, a merger', `
en cost cutting                     | The bank is cutting 1,500 jobs in a cost-cutting drive.
en cut costs                        | The company will cut 500 jobs to cut costs.
en reduce costs                     | Nestlé will cut 16,000 jobs to reduce costs.
en lower costs                      | The insurer cuts staff to lower costs.
en cost savings                     | The cuts aim at cost savings of $1 billion.
en save costs                       | AIB cuts 1,500 jobs as it moves to save costs.
en cost reduction*                  | The layoffs are part of a cost reduction plan.
en weak demand                      | The chipmaker cuts 1,000 jobs on weak demand.
en slowing demand                   | Layoffs follow slowing demand.
en falling demand                   | Falling demand forced 300 layoffs.
en weak sales                       | Weak sales led to 200 job cuts.
en falling sales                    | Falling sales cost 400 jobs.
en tariffs                          | The carmaker cuts jobs as tariffs bite.
en profit warning                   | The retailer cut staff after a profit warning.
en falling profits                  | Falling profits led to 900 job cuts.
en drop in profit*                  | A drop in profits led to 500 layoffs.
en merger                           | The merger will cost 2,000 jobs.
en acquisition                      | After the acquisition, 300 roles go.
en takeover                         | The takeover will cost 500 jobs.
en economic uncertainty             | The firm cited economic uncertainty for the layoffs.
en downturn                         | The downturn forced 700 layoffs.
en over hir*                        | The layoffs correct over-hiring during the pandemic.
en overhir*                         | The company overhired during the pandemic.
en inflation                        | Inflation pushed the chain to cut 300 jobs.
en offshor*                         | The bank is offshoring 400 roles.
de Kosten senken                    | Der Konzern will Kosten senken und 500 Stellen streichen.
de Kostensenkung*                   | Die Kostensenkungen kosten 900 Stellen.
de Kostendruck                      | Wegen Kostendruck fallen 300 Stellen weg.
de Sparkurs                         | Der Sparkurs kostet 1.000 Stellen.
de schwache Nachfrage               | Die schwache Nachfrage kostet 400 Stellen.
de schwacher Nachfrage              | Wegen schwacher Nachfrage streicht der Hersteller 400 Stellen.
de Gewinneinbruch                   | Gewinneinbruch bei Kühne+Nagel: bis zu 1.500 Stellen weg.
de Umsatzrückgang                   | Nach dem Umsatzrückgang streicht die Firma 200 Stellen.
de Zölle                            | Die Zölle kosten 300 Stellen.
de Fusion                           | Die Fusion kostet 2.000 Stellen.
de Übernahme                        | Nach der Übernahme fallen 500 Stellen weg.
de Konjunktur*                      | Die Konjunkturflaute kostet Stellen.
de Verlagerung                      | Die Verlagerung nach Polen kostet 400 Stellen.
fr réduire les coûts                | Nestlé supprime 16 000 postes afin de réduire les coûts.
fr réduction des coûts              | Le plan de réduction des coûts supprime 500 postes.
fr baisse de la demande             | La baisse de la demande coûte 300 emplois.
fr baisse des ventes                | La baisse des ventes entraîne 200 suppressions.
fr droits de douane                 | Les droits de douane coûtent 400 emplois.
fr fusion                           | La fusion entraîne 2 000 suppressions de postes.
fr rachat                           | Après le rachat, 300 postes sont supprimés.
fr conjoncture                      | La conjoncture pousse le groupe à supprimer 500 postes.
fr délocalisation*                  | La délocalisation supprime 300 emplois.
es reducir costes                   | La empresa despide a 500 para reducir costes.
es reducir costos                   | La empresa despide a 500 para reducir costos.
es recorte de costes                | El recorte de costes supone 300 despidos.
es caída de la demanda              | La caída de la demanda provoca 400 despidos.
es caída de las ventas              | La caída de las ventas provoca 200 despidos.
es aranceles                        | Los aranceles cuestan 300 empleos.
es fusión                           | La fusión supone 2.000 despidos.
es adquisición                      | Tras la adquisición se eliminan 300 puestos.
es deslocalización                  | La deslocalización elimina 300 empleos.
nl kosten ... besparen              | De bank schrapt 500 banen om kosten te besparen.
nl kostenbesparing*                 | De kostenbesparing kost 300 banen.
nl lagere vraag                     | Door de lagere vraag verdwijnen 400 banen.
nl dalende omzet                    | Door de dalende omzet verdwijnen 200 banen.
nl importheffingen                  | De importheffingen kosten 300 banen.
nl fusie                            | De fusie kost 2.000 banen.
nl overname                         | Na de overname verdwijnen 300 banen.
it ridurre i costi                  | Il gruppo taglia 500 posti per ridurre i costi.
it riduzione dei costi              | La riduzione dei costi costa 300 posti.
it calo della domanda               | Il calo della domanda costa 400 posti.
it calo delle vendite               | Il calo delle vendite costa 200 posti.
it dazi                             | I dazi costano 300 posti di lavoro.
it fusione                          | La fusione costa 2.000 posti.
it acquisizione                     | Dopo l'acquisizione si tagliano 300 posti.
it delocalizzazion*                 | La delocalizzazione costa 300 posti.
pt reduzir custos                   | A empresa demite 500 para reduzir custos.
pt redução de custos                | A redução de custos elimina 300 vagas.
pt corte de custos                  | O corte de custos elimina 300 vagas.
pt queda na demanda                 | A queda na demanda elimina 400 vagas.
pt queda nas vendas                 | A queda nas vendas elimina 200 vagas.
pt tarifas                          | As tarifas custam 300 empregos.
pt fusão                            | A fusão elimina 2.000 vagas.
pt aquisição                        | Após a aquisição, 300 vagas são cortadas.
`);
