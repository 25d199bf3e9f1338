import { concept } from './define';

export default concept('past', 'An earlier time, so an earlier round rather than this one', `
en last year                        | The bank cut 2,000 jobs last year.
en previously                       | The company previously cut 5% of staff.
en earlier this year                | It cut 1,000 roles earlier this year.
en in 2022                          | The company cut 10,000 jobs in 2022.
en in 2023                          | The company cut 10,000 jobs in 2023.
en in 2024                          | The company cut 10,000 jobs in 2024.
en a year ago                       | A year ago it cut 1,000 roles.
en prior round*                     | A prior round hit sales.
en earlier round*                   | An earlier round hit sales.
en had cut                          | It had cut 1,000 jobs before.
en had laid off                     | It had laid off 1,000 people before.
en back in                          | Back in 2023 it cut staff.
en since 2022                       | It has cut 20,000 jobs since 2022.
de im vergangenen Jahr              | Im vergangenen Jahr strich die Bank Stellen.
de letztes Jahr                     | Letztes Jahr fielen 500 Stellen weg.
de bereits                          | Die Bank hat bereits Stellen abgebaut.
de zuvor                            | Zuvor hatte die Bank Stellen gestrichen.
fr l'an dernier                     | L'an dernier, le groupe a supprimé 500 postes.
fr l'année dernière                 | L'année dernière, 500 postes ont disparu.
fr déjà                             | Le groupe a déjà supprimé des postes.
es el año pasado                    | El año pasado despidió a 500 personas.
es ya había                         | La empresa ya había recortado plantilla.
nl vorig jaar                       | Vorig jaar schrapte de bank 500 banen.
nl eerder                           | Eerder schrapte de bank al banen.
it l'anno scorso                    | L'anno scorso il gruppo ha tagliato 500 posti.
it già                              | Il gruppo aveva già tagliato posti.
pt no ano passado                   | No ano passado, a empresa demitiu 500.
pt já havia                         | A empresa já havia cortado vagas.
`);
