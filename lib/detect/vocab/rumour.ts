import { concept } from './define';

// A cut told as reported or weighed, not yet announced: "is reportedly planning", "people familiar with the matter",
// "is considering", "erwägt", "envisage", "baraja", "overweegt", "sta valutando", "estuda". The labels count such a
// cut as the employer's (a rumoured cut is still a story of one employer's cut), where a hedge ("could", "may") is more
// often a forecast of jobs in general; read apart from hedges so the model can weigh the two apart.
export default concept('rumour', 'A cut reported by others or weighed by the employer, not yet announced', `
en reportedly                       | Amazon is reportedly planning to cut 14,000 corporate jobs.
en familiar with the matter         | The bank will cut 3,000 jobs, people familiar with the matter said.
en familiar with the plans          | The insurer will cut 500 roles, according to people familiar with the plans.
en familiar with the situation      | Staff were told of the cuts, a person familiar with the situation said.
en people familiar with             | People familiar with the decision said 1,000 roles would go.
en sources said                     | The company will cut 10% of its staff, sources said.
en sources say                      | The retailer plans to cut jobs, sources say.
en according to sources             | According to sources, the insurer plans to cut 500 roles.
en sources told                     | Sources told Reuters the company would cut jobs.
en is considering                   | The bank is considering cutting 10% of its staff.
en are considering                  | The owners are considering job cuts at the plant.
en was considering                  | Microsoft was considering cutting thousands of jobs.
en is weighing                      | Microsoft is weighing job cuts in its sales teams.
en are weighing                     | The owners are weighing job cuts at the plant.
en mull*                            | The company is mulling layoffs.
en rumor*                           | Rumors of layoffs have swirled for weeks.
en rumour*                          | Rumours of job cuts at the bank grew.
en unconfirmed                      | Unconfirmed reports put the cut at 2,000 jobs.
en said to be                       | The company is said to be planning cuts.
en being studied                    | Plans being studied would cut 2,000 jobs.
en under consideration              | A cut of 500 jobs is under consideration.
de erwägt                           | Der Konzern erwägt den Abbau von 1.000 Stellen.
de erwägen                          | Die Eigentümer erwägen einen Stellenabbau.
de Insidern                         | Der Konzern will laut Insidern 1.000 Stellen streichen.
de Berichten zufolge                | Berichten zufolge will der Konzern 1.000 Stellen streichen.
de Medienberichten                  | Laut Medienberichten streicht der Konzern 1.000 Stellen.
de Gerücht*                         | Gerüchte über einen Stellenabbau machen die Runde.
de angeblich                        | Angeblich sollen 1.000 Stellen wegfallen.
de Unternehmenskreisen              | Wie aus Unternehmenskreisen verlautete, fallen 500 Stellen weg.
de Konzernkreisen                   | Aus Konzernkreisen heißt es, 500 Stellen fielen weg.
de denkt über                       | Der Konzern denkt über einen Stellenabbau nach.
fr envisag*                         | Le groupe envisage de supprimer 1 000 postes.
fr selon des sources                | Selon des sources, la banque va supprimer 500 postes.
fr selon nos informations           | Selon nos informations, le groupe va supprimer 300 postes.
fr selon plusieurs médias           | Selon plusieurs médias, le groupe va supprimer 300 postes.
fr rumeur*                          | Les rumeurs de suppressions de postes se multiplient.
fr à l'étude                        | Un plan à l'étude prévoit la suppression de 500 postes.
fr réfléchit à                      | Le groupe réfléchit à supprimer des postes.
es según fuentes                    | Según fuentes de la empresa, el banco recortará 500 empleos.
es estudia                          | La empresa estudia recortar 500 empleos.
es baraja                           | El banco baraja un ERE para 1.000 empleados.
es se plantea                       | La compañía se plantea despedir a 300 personas.
es rumor*                           | Crecen los rumores de despidos en la compañía.
es según ha podido saber            | Según ha podido saber este diario, el banco prepara un ERE.
nl overweegt                        | Het bedrijf overweegt 500 banen te schrappen.
nl overwegen                        | De eigenaren overwegen een banenreductie.
nl ingewijden                       | Volgens ingewijden schrapt de bank 500 banen.
nl volgens bronnen                  | Volgens bronnen verdwijnen 300 banen.
nl gerucht*                         | Er gaan geruchten over ontslagen bij het bedrijf.
it sta valutando                    | L'azienda sta valutando il taglio di 500 posti.
it starebbe                         | L'azienda starebbe valutando il taglio di 500 posti.
it indiscrezion*                    | Secondo indiscrezioni, la banca taglierà 500 posti.
it secondo fonti                    | Secondo fonti sindacali, la banca taglierà 500 posti.
it allo studio                      | Un piano allo studio prevede 500 esuberi.
it voci di                          | Circolano voci di tagli al personale.
pt estuda                           | A empresa estuda cortar 500 vagas.
pt avalia                           | A empresa avalia demitir 300 funcionários.
pt segundo fontes                   | Segundo fontes, o banco vai demitir 500 pessoas.
pt rumor*                           | Crescem os rumores de demissões na empresa.
pt boato*                           | Boatos de demissões circulam na empresa.
`);
