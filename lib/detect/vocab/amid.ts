import { concept } from './define';

// Kept apart from `cause`: "Globex cuts jobs amid its AI push" sets AI beside the cut in time, and
// the labels count that as a reason only when someone says so. The model weighs the two apart.
export default concept('amid', 'Words that set two things side by side in time without making one the reason for the other', `
en amid                             | Layoffs amid an AI push.
en amidst                           | Layoffs amidst an AI push.
en as                               | Globex cuts jobs as AI takes over.
en after                            | The cuts come after an AI rollout.
en following                        | Cuts following the AI rollout.
en while                            | Globex cuts jobs while it invests in AI.
en even as                          | Globex cuts jobs even as it invests in AI.
en alongside                        | The cuts come alongside an AI push.
en at the same time                 | At the same time, Globex is investing in AI.
de im Zuge                          | Im Zuge der KI-Strategie fallen Stellen weg.
de während                          | Die Bank streicht Stellen, während sie in KI investiert.
de inmitten                         | Stellenabbau inmitten des KI-Booms.
de nach                             | Nach der Einführung von KI fallen Stellen weg.
de zugleich                         | Zugleich investiert die Bank in KI.
de gleichzeitig                     | Gleichzeitig investiert die Bank in KI.
fr alors que                        | Le groupe supprime des postes alors que l'IA progresse.
fr tandis qu*                       | Le groupe supprime des postes tandis qu'il investit dans l'IA.
fr sur fond d*                      | Des suppressions sur fond d'essor de l'IA.
fr en pleine                        | Des suppressions en pleine révolution de l'IA.
fr après                            | Des suppressions après le lancement de l'IA.
fr dans un contexte                 | Des suppressions dans un contexte d'essor de l'IA.
fr suite à                          | L'entreprise supprime 400 emplois suite à l'arrivée de l'IA.
es mientras                         | La empresa recorta empleos mientras invierte en IA.
es en medio d*                      | Despidos en medio del auge de la IA.
es en plena                         | Despidos en plena revolución de la IA.
es tras                             | Despidos tras la llegada de la IA.
es en un contexto                   | Despidos en un contexto de auge de la IA.
nl terwijl                          | Het bedrijf schrapt banen terwijl het investeert in AI.
nl te midden van                    | Ontslagen te midden van de AI-hype.
nl na                               | Na de komst van AI verdwijnen banen.
it mentre                           | L'azienda taglia posti mentre investe nell'IA.
it in seguito a                     | Tagli in seguito a una riorganizzazione.
it in piena                         | Tagli in piena rivoluzione dell'IA.
it dopo                             | Tagli dopo l'arrivo dell'IA.
it in un contesto                   | Tagli in un contesto di crescente adozione dell'IA.
pt enquanto                         | A empresa corta vagas enquanto investe em IA.
pt em meio a*                       | Demissões em meio ao avanço da IA.
pt em plena                         | Demissões em plena revolução da IA.
pt após                             | Demissões após a chegada da IA.
pt no contexto                      | Demissões no contexto do avanço da IA.
`);
