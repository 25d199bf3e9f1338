import { concept } from './define';

// "Despite its AI investment, Globex cuts jobs": what follows is set against the cut, not its cause.
export default concept('contrast', 'A concession: what follows happens in spite of the rest, not because of it', `
en despite                          | Globex cuts 900 jobs despite its AI push.
en in spite of                      | The bank cut staff in spite of its AI investment.
en notwithstanding                  | Notwithstanding its AI spending, the firm cut jobs.
en even as                          | The company cut jobs even as it spends billions on AI.
en even though                      | Staff were cut even though AI sales grew.
de trotz                            | Trotz Investitionen in KI baut der Konzern Stellen ab.
de ungeachtet                       | Ungeachtet der KI-Pläne streicht die Bank Stellen.
fr malgré                           | Le groupe supprime des postes malgré ses investissements dans l'IA.
fr en dépit de                      | En dépit de l'essor de l'IA, la banque réduit ses effectifs.
es a pesar de                       | La empresa despide a 500 a pesar de su apuesta por la IA.
es pese a                           | El banco recorta plantilla pese a su inversión en IA.
nl ondanks                          | Ondanks de investeringen in AI schrapt de bank banen.
it nonostante                       | L'azienda taglia posti nonostante gli investimenti nell'IA.
it malgrado                         | Il gruppo licenzia malgrado i profitti dell'IA.
pt apesar d*                        | A empresa demite apesar dos investimentos em IA.
pt mesmo com                        | A empresa demite mesmo com os lucros da IA.
`);
