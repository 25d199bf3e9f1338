import { concept } from './define';

export default concept('opinion', 'An essay or column rather than a report', `
en opinion                          | Opinion: AI is not coming for your job.
en column                           | In this column, I argue.
en commentary                       | Commentary: the AI layoff myth.
en op-ed                            | An op-ed on automation.
en essay                            | This essay looks at AI and work.
en I think                          | I think AI will change work.
en I believe                        | I believe AI will create jobs.
en I argue                          | I argue that AI is an excuse.
en in my view                       | In my view, AI is overhyped.
en we should                        | We should worry about automation.
en should we                        | Should we fear AI?
en myth                             | The myth of AI layoffs.
en excuse                           | AI is a convenient excuse.
en scapegoat                        | AI is a scapegoat for cuts.
en AI-washing                       | Call it AI-washing.
en the future of work               | The future of work is changing.
en podcast                          | In this podcast, we discuss AI.
en newsletter                       | Subscribe to our newsletter.
de Kommentar                        | Kommentar: KI als Ausrede.
de Meinung                          | Meinung: KI ist kein Jobkiller.
de Gastbeitrag                      | Ein Gastbeitrag zur KI.
de Essay                            | Ein Essay über KI und Arbeit.
de Ausrede                          | KI ist eine bequeme Ausrede.
de Zukunft der Arbeit               | Die Zukunft der Arbeit verändert sich.
fr tribune                          | Une tribune sur l'IA et l'emploi.
fr éditorial                        | Éditorial : l'IA et nous.
fr chronique                        | Dans cette chronique, je défends.
fr prétexte                         | L'IA est un prétexte.
fr avenir du travail                | L'avenir du travail change.
es opinión                          | Opinión: la IA no es el problema.
es columna                          | En esta columna, defiendo.
es tribuna                          | Tribuna sobre la IA.
es excusa                           | La IA es una excusa.
es futuro del trabajo               | El futuro del trabajo cambia.
nl opinie                           | Opinie: AI is een excuus.
nl column                           | In deze column betoog ik.
nl excuus                           | AI is een handig excuus.
nl toekomst van werk                | De toekomst van werk verandert.
it opinione                         | Opinione: l'IA non è il problema.
it editoriale                       | Editoriale sull'IA.
it commento                         | Il commento sull'IA.
it scusa                            | L'IA è una scusa.
it futuro del lavoro                | Il futuro del lavoro cambia.
pt opinião                          | Opinião: a IA não é o problema.
pt coluna                           | Nesta coluna, defendo.
pt artigo de opinião                | Um artigo de opinião sobre IA.
pt desculpa                         | A IA é uma desculpa.
pt futuro do trabalho               | O futuro do trabalho muda.
`);
