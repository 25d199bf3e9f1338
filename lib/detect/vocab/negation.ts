import { concept } from './define';

export default concept('negation', 'Negation that can turn a cut into its opposite', `
en not                              | The company will not cut jobs.
en no                               | There will be no layoffs.
en never                            | We have never cut staff for AI.
en without                          | Growth without layoffs.
en didn't                           | The bank didn't cut jobs.
en can't                            | We can't rule out cuts.
en wasn't                           | AI wasn't a factor.
en weren't                          | The cuts weren't about AI.
en hasn't                           | The bank hasn't cut jobs.
en haven't                          | We haven't cut jobs.
en won't                            | The bank won't cut jobs.
en don't                            | We don't plan to cut jobs.
en doesn't                          | It doesn't plan layoffs.
en isn't                            | AI isn't the reason.
en aren't                           | Layoffs aren't planned.
en rule out                         | The CEO would not rule out layoffs.
en ruled out                        | The CEO ruled out layoffs.
en rules out                        | The CEO rules out layoffs.
en instead of                       | Retraining instead of layoffs.
en rather than                      | The cuts were driven by culture rather than AI.
en nor                              | Nor will it cut staff.
de nicht                            | Die Bank will keine Stellen streichen und nicht entlassen.
de kein*                            | Es gibt keine Entlassungen.
de nie                              | Wir haben nie Stellen wegen KI gestrichen.
de ohne                             | Wachstum ohne Entlassungen.
de ausgeschlossen                   | Kündigungen sind ausgeschlossen.
de statt                            | Weiterbildung statt Entlassungen.
de weder                            | Der Abbau geht weder auf die Konjunktur noch auf KI zurück.
fr pas                              | Le groupe ne supprime pas de postes.
fr aucun*                           | Aucun licenciement n'est prévu.
fr jamais                           | Nous n'avons jamais licencié.
fr sans                             | Croissance sans licenciements.
fr exclut                           | Le groupe exclut des licenciements.
fr plutôt que                       | Former plutôt que licencier.
fr et non                           | Former les salariés, et non les licencier.
fr ni                               | Ces départs ne sont pas dus à la conjoncture, ni à l'IA.
es no                               | La empresa no despedirá a nadie.
es nunca                            | Nunca hemos despedido por IA.
es sin                              | Crecimiento sin despidos.
es ningún                           | No habrá ningún despido.
es descarta                         | La empresa descarta despidos.
es en lugar de                      | Formación en lugar de despidos.
es ni                               | Los despidos no se deben a la economía ni a la IA.
nl niet                             | Het bedrijf schrapt geen banen en ontslaat niet.
nl geen                             | Er komen geen ontslagen.
nl nooit                            | Wij hebben nooit ontslagen door AI.
nl zonder                           | Groei zonder ontslagen.
nl sluit ... uit                    | Het bedrijf sluit ontslagen uit.
nl noch                             | De ontslagen komen niet door de economie, noch door AI.
it non                              | L'azienda non licenzierà.
it nessun*                          | Nessun licenziamento è previsto.
it mai                              | Non abbiamo mai licenziato.
it senza                            | Crescita senza licenziamenti.
it esclude                          | L'azienda esclude licenziamenti.
it né                               | I tagli non sono dovuti ai costi né all'intelligenza artificiale.
pt não                              | A empresa não vai demitir.
pt nenhum*                          | Nenhuma demissão está prevista.
pt nunca                            | Nunca demitimos por IA.
pt sem                              | Crescimento sem demissões.
pt descarta                         | A empresa descarta demissões.
pt nem                              | A redução não foi por motivos financeiros, nem mesmo é por causa de IA.
`);
