import { concept } from './define';

export default concept('many', 'Employers in general, as the actor of a tally or a trend', `
en companies                        | Companies blame AI for cuts.
en employers                        | Employers announced 80,000 cuts.
en firms                            | Firms cite AI for layoffs.
en businesses                       | Businesses are cutting jobs.
de Unternehmen                      | Viele Unternehmen bauen Stellen ab.
de Firmen                           | Firmen streichen Jobs wegen KI.
fr entreprises                      | Les entreprises suppriment des postes.
es empresas                         | Las empresas recortan empleo.
nl bedrijven                        | Bedrijven schrappen banen door AI.
it aziende                          | Le aziende tagliano posti.
it imprese                          | Le imprese tagliano posti.
pt empresas                         | As empresas cortam vagas.
en many companies                   | Many companies cite AI.
en tech companies                   | Tech companies are cutting jobs.
en big tech                         | Big Tech keeps cutting jobs.
en banks                            | Banks are cutting jobs.
en other companies                  | Other companies followed.
en giants                            | Indian IT giants slow hiring as AI spreads.
en outsourcers                       | India's top four IT outsourcers halt hiring.
en IT firms                          | IT firms are cutting jobs.
en tech firms                        | Tech firms are cutting jobs.
en big four                          | The Big Four are cutting graduate jobs.
de Konzerne                         | Konzerne streichen Jobs wegen KI.
de Banken                           | Banken bauen Stellen ab.
fr groupes                          | Les groupes suppriment des postes.
fr banques                          | Les banques suppriment des postes.
es compañías                        | Las compañías recortan empleo.
es bancos                           | Los bancos recortan plantilla.
nl banken                           | Banken schrappen banen.
it banche                           | Le banche tagliano posti.
it le società                       | Le società tagliano posti.
pt companhias                       | As companhias cortam vagas.
pt bancos                           | Os bancos cortam vagas.
`);
