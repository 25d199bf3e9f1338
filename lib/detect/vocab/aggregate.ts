import { concept } from './define';

// A sector with its article is a sector doing something ("Il settore taglia posti"); bare, it mostly
// describes one company ("attiva nel settore della tecnologia").

export default concept('aggregate', 'Counts, surveys and studies across many employers', `
en survey*                          | A survey of 1,000 CEOs found plans to cut staff.
en study                            | A study found AI could cut jobs.
en studies                          | Studies show AI will cut jobs.
en respondents                      | Most respondents expect smaller teams.
en poll*                            | A poll of executives found cuts ahead.
en report finds                     | The report finds AI cost 50,000 jobs.
en report found                     | The report found AI cost 50,000 jobs.
en according to a report            | According to a report, AI cost 50,000 jobs.
en Challenger                       | Challenger, Gray & Christmas counted the cuts.
en outplacement                     | The outplacement firm tallied the cuts.
en economist*                       | Economists see a slower jobs market.
en researchers                      | Researchers found fewer entry-level jobs.
en experts                          | Some experts say AI will wipe out many jobs.
en tracker                          | The tracker counts 120,000 tech layoffs.
en tally                            | The tally of AI job cuts rose.
en tallied                          | The firm tallied 55,000 cuts.
en so far this year                 | 55,000 cuts so far this year.
en year to date                     | Cuts year to date are up 30%.
en across the industry              | Cuts across the industry continue.
en tech sector                      | The tech sector shed 20,000 jobs.
en million jobs                     | AI will affect 300 million jobs.
en IMF                              | The IMF says AI will affect jobs.
en World Economic Forum             | The World Economic Forum counts job losses.
en Bureau of Labor                  | The Bureau of Labor Statistics reported.
en unemployment                     | Unemployment rose to 4.3%.
en jobs report                      | The jobs report was weak.
en payrolls                         | Payrolls grew by 50,000.
en labor market                     | The labor market is cooling.
en labour market                    | The labour market is cooling.
en wave of                          | A wave of tech layoffs.
en including                        | Cuts at firms including Amazon and Meta.
en list of                          | A list of companies cutting jobs.
de Umfrage                          | Eine Umfrage unter Managern zeigt Abbaupläne.
de Studie                           | Eine Studie sieht Jobverluste durch KI.
de Arbeitsmarkt                     | Der Arbeitsmarkt kühlt ab.
de Ökonomen                         | Ökonomen erwarten Jobverluste.
de Experten                         | Einige Experten meinen, dass durch Künstliche Intelligenz zahlreiche Jobs wegfallen werden.
de Arbeitslosigkeit                 | Die Arbeitslosigkeit steigt.
de Branche                          | Die ganze Branche baut Stellen ab.
de Millionen Jobs                   | KI bedroht Millionen Jobs.
fr étude                            | Une étude chiffre les pertes d'emplois.
fr sondage                          | Un sondage auprès des patrons.
fr enquête                          | Une enquête auprès de 500 dirigeants.
fr marché du travail                | Le marché du travail ralentit.
fr économistes                      | Les économistes prévoient des pertes.
fr experts                          | Certains experts estiment que l'IA supprimera de nombreux emplois.
fr chômage                          | Le chômage augmente.
fr le secteur                       | Le secteur supprime des emplois.
fr millions d'emplois               | L'IA menace des millions d'emplois.
es estudio                          | Un estudio cifra la pérdida de empleo.
es encuesta                         | Una encuesta a 500 directivos.
es mercado laboral                  | El mercado laboral se enfría.
es economistas                      | Los economistas prevén pérdidas.
es expertos                         | Algunos expertos creen que la IA eliminará muchos empleos.
es paro                             | El paro sube.
es desempleo                        | El desempleo sube.
es el sector                        | El sector recorta empleo.
es millones de empleos              | La IA amenaza millones de empleos.
nl onderzoek                        | Onderzoek toont banenverlies.
nl enquête                          | Uit een enquête blijkt dat bedrijven snijden.
nl arbeidsmarkt                     | De arbeidsmarkt koelt af.
nl economen                         | Economen verwachten banenverlies.
nl experts                          | Sommige experts denken dat AI veel banen zal kosten.
nl werkloosheid                     | De werkloosheid stijgt.
nl de sector                        | De sector schrapt banen.
it studio                           | Uno studio stima la perdita di posti.
it sondaggio                        | Un sondaggio tra i manager.
it indagine                         | Un'indagine su 500 aziende.
it mercato del lavoro               | Il mercato del lavoro rallenta.
it economisti                       | Gli economisti prevedono perdite.
it esperti                          | Alcuni esperti ritengono che l'IA cancellerà molti posti di lavoro.
it disoccupazione                   | La disoccupazione sale.
it il settore                       | Il settore taglia posti.
pt estudo                           | Um estudo estima a perda de empregos.
pt pesquisa                         | Uma pesquisa com 500 executivos.
pt mercado de trabalho              | O mercado de trabalho esfria.
pt economistas                      | Os economistas preveem perdas.
pt especialistas                    | Alguns especialistas acreditam que a IA vai eliminar muitos empregos.
pt desemprego                       | O desemprego sobe.
pt o setor                          | O setor corta vagas.
`);
