import { concept } from './define';

export default concept('ai', 'Artificial intelligence (automation and robots: automation.ts)', `
* =AI                               | Globex blames AI for the cuts.
* =A.I.                             | The company said A.I. now does the work.
* =GenAI                            | GenAI tools now write the first drafts.
* =LLM*                             | LLMs now answer customer emails.
* ChatGPT                           | Staff were told to use ChatGPT.
* chatbot*                          | A chatbot now handles most queries.
* agentic                           | The bank is rolling out agentic tools.
* =AI-*                             | The AI-driven overhaul cut 500 jobs.
en artificial intelligence          | The bank cited artificial intelligence.
en generative                       | Generative tools now write code.
en machine learning                 | Machine learning replaced the manual checks.
en language model*                  | Large language models now draft replies.
en AI agents                        | AI agents now handle support tickets.
en digital agents                   | Digital agents resolve most queries.
en virtual assistant*               | A virtual assistant took over the calls.
en copilot*                         | Copilot writes a third of the code.
en algorithm*                       | Algorithms now schedule the drivers.
de =KI                              | Die Bank streicht Stellen wegen KI.
de =KI-*                            | Die KI-Offensive kostet Jobs.
de künstliche* Intelligenz          | Künstliche Intelligenz ersetzt Sachbearbeiter.
de Algorithm*                       | Algorithmen planen die Schichten.
de Sprachmodell*                    | Sprachmodelle beantworten Kundenanfragen.
fr =IA                              | La banque supprime des postes à cause de l'IA.
fr intelligence artificielle        | L'intelligence artificielle remplace des conseillers.
fr numérisation                     | La numérisation réduit les effectifs.
fr algorithme*                      | Des algorithmes trient les dossiers.
fr IA générative                    | L'IA générative rédige les réponses.
es =IA                              | La empresa despide a 300 personas por la IA.
es inteligencia artificial          | La inteligencia artificial reemplaza a agentes.
es algoritmo*                       | Los algoritmos asignan los turnos.
nl =AI                              | De bank schrapt banen door AI.
nl kunstmatige intelligentie        | Kunstmatige intelligentie vervangt medewerkers.
it =IA                              | L'azienda taglia posti per l'IA.
it =Ia                              | Hp taglierà fino a 6 mila posti di lavoro a causa dell’Ia.
it intelligenza artificiale         | L'intelligenza artificiale sostituisce operatori.
it algoritm*                        | Gli algoritmi decidono i turni.
pt =IA                              | A empresa demite por causa da IA.
pt inteligência artificial          | A inteligência artificial substitui atendentes.
pt algoritmo*                       | Algoritmos definem os turnos.
`);
