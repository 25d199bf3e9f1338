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
de das Unternehmen                  | Wie das Unternehmen bestätigt, werden 9000 Mitarbeiter entlassen.
de der Konzern                      | Der Konzern streicht 3.000 Stellen.
de die Bank                         | Die Bank baut Stellen ab.
de seiner Belegschaft               | Der Konzern entlässt vier Prozent seiner Belegschaft.
de ihrer Belegschaft                | Die Bank entlässt zehn Prozent ihrer Belegschaft.
fr l'entreprise                     | L'entreprise va supprimer 500 postes.
fr la société                       | La société supprime 200 emplois.
fr le groupe                        | Le groupe va supprimer 20.000 postes.
fr la banque                        | La banque réduit ses effectifs.
fr ses effectifs                    | Le groupe réduit ses effectifs de 10 %.
fr ses employés                     | Elle licencie 8 % de ses employés.
fr ses salariés                     | Il se sépare de 500 de ses salariés.
es la empresa                       | La empresa despedirá a 500 trabajadores.
es la compañía                      | La compañía recorta su plantilla.
es el banco                         | El banco recorta 3.000 empleos.
es el grupo                         | El grupo prescinde de 800 empleados.
es su plantilla                     | La operadora reduce su plantilla un 10%.
nl het bedrijf                      | Het bedrijf schrapt 500 banen.
nl het concern                      | Het concern schrapt banen.
nl de bank                          | De bank schrapt 900 banen.
nl zijn personeel                   | Het bedrijf ontslaat een kwart van zijn personeel.
it l'azienda                        | L'azienda taglierà 500 posti.
it la società                       | La società licenzia 200 dipendenti.
it il gruppo                        | Il gruppo taglia 900 posti.
it la banca                         | La banca riduce il personale.
it suoi dipendenti                  | L'azienda licenzia il 10% dei suoi dipendenti.
pt a empresa                        | A empresa vai demitir 500 funcionários.
pt a companhia                      | A companhia corta 300 vagas.
pt o banco                          | O banco demite 1.000 bancários.
pt o grupo                          | O grupo corta vagas.
pt seus funcionários                | A empresa demitiu 10% de seus funcionários.
`);
