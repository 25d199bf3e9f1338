import { concept } from './define';

// "The company will cut 500 jobs", "cut 10% of its workforce": one employer, not employers in general.
export default concept('one', 'One employer pointed back to, or its own staff', `
en the company                      | The company will cut 500 jobs.
en the firm                         | The firm is cutting 200 roles.
en the group                        | The group said it would cut jobs.
en the bank                         | The bank will shed 4,000 staff.
en the lender                       | The lender plans to cut jobs.
en the retailer                     | The retailer is laying off workers.
en the insurer                      | The insurer cut 300 roles.
en the startup                      | The startup laid off half its staff.
en the giant                        | The giant is cutting 6,000 jobs.
en the tech giant                   | The tech giant is cutting 6,000 jobs.
en its workforce                    | It will cut 10% of its workforce.
en its staff                        | It laid off a fifth of its staff.
en its employees                    | It told its employees about the cuts.
en one of the                       | Baker McKenzie, one of the world's biggest law firms, is letting go of 600 employees.
de das Unternehmen                  | Wie das Unternehmen bestätigt, werden 9000 Mitarbeiter entlassen.
de der Konzern                      | Der Konzern streicht 3.000 Stellen.
de die Bank                         | Die Bank baut Stellen ab.
de seiner Belegschaft               | Der Konzern entlässt vier Prozent seiner Belegschaft.
de ihrer Belegschaft                | Die Bank entlässt zehn Prozent ihrer Belegschaft.
de einer der                        | Die Allianz, einer der größten Versicherer, streicht 1.500 Stellen.
de eines der                        | Bosch, eines der größten Industrieunternehmen, baut Stellen ab.
fr l'entreprise                     | L'entreprise va supprimer 500 postes.
fr la société                       | La société supprime 200 emplois.
fr le groupe                        | Le groupe va supprimer 20.000 postes.
fr la banque                        | La banque réduit ses effectifs.
fr ses effectifs                    | Le groupe réduit ses effectifs de 10 %.
fr ses employés                     | Elle licencie 8 % de ses employés.
fr ses salariés                     | Il se sépare de 500 de ses salariés.
fr l'un des                         | Capgemini, l'un des plus grands groupes de conseil, supprime 2 000 postes.
fr l'une des                        | BNP Paribas, l'une des plus grandes banques, supprime 900 postes.
es la empresa                       | La empresa despedirá a 500 trabajadores.
es la compañía                      | La compañía recorta su plantilla.
es el banco                         | El banco recorta 3.000 empleos.
es el grupo                         | El grupo prescinde de 800 empleados.
es su plantilla                     | La operadora reduce su plantilla un 10%.
es uno de los                       | Santander, uno de los mayores bancos, recortará 1.000 empleos.
es una de las                       | Telefónica, una de las mayores empresas, despide a 3.000 personas.
nl het bedrijf                      | Het bedrijf schrapt 500 banen.
nl het concern                      | Het concern schrapt banen.
nl de bank                          | De bank schrapt 900 banen.
nl zijn personeel                   | Het bedrijf ontslaat een kwart van zijn personeel.
nl een van de                       | ING, een van de grootste banken, schrapt 950 banen.
it l'azienda                        | L'azienda taglierà 500 posti.
it la società                       | La società licenzia 200 dipendenti.
it il gruppo                        | Il gruppo taglia 900 posti.
it la banca                         | La banca riduce il personale.
it suoi dipendenti                  | L'azienda licenzia il 10% dei suoi dipendenti.
it uno dei                          | Intesa, uno dei maggiori gruppi bancari, taglia 9.000 posti.
it una delle                        | Generali, una delle maggiori compagnie, taglia 500 posti.
pt a empresa                        | A empresa vai demitir 500 funcionários.
pt a companhia                      | A companhia corta 300 vagas.
pt o banco                          | O banco demite 1.000 bancários.
pt o grupo                          | O grupo corta vagas.
pt seus funcionários                | A empresa demitiu 10% de seus funcionários.
pt um dos                           | O Itaú, um dos maiores bancos, demitiu 1.000 funcionários.
pt uma das                          | A Vale, uma das maiores empresas, vai cortar 500 vagas.
`);
