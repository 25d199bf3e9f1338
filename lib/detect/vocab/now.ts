import { concept } from './define';

// The present or the done, where a forecast has "will", "could" or "by 2030": what AI does in the employer's
// work now ("AI agents now answer customers' questions"), not what it may do to jobs one day.
export default concept('now', 'What is so now or already done, not forecast', `
en now                              | AI agents now answer most customer questions.
en already                          | AI already handles half of our support tickets.
en today                            | Our AI agents handle four out of five tickets today.
en currently                        | The chatbot currently resolves 70% of chats.
en no longer                        | With AI doing the drafting, it no longer needs as many writers.
en has replaced                     | AI has replaced 200 agents in its call centres.
en have replaced                    | Chatbots have replaced most of the support staff.
en is replacing                     | AI is replacing the bank's call-centre staff.
en are replacing                    | AI agents are replacing customer-service workers at the bank.
en has taken over                   | AI has taken over much of the copywriting.
en have taken over                  | AI tools have taken over the translation work.
de jetzt                            | KI-Agenten beantworten jetzt die meisten Kundenfragen.
de nun                              | Die Software übernimmt nun die Arbeit von 200 Mitarbeitern.
de bereits                          | KI erledigt bereits die Hälfte der Anfragen.
de schon                            | Ein Chatbot beantwortet schon jede zweite Anfrage.
de inzwischen                       | Inzwischen schreibt eine KI die Texte.
de mittlerweile                     | Mittlerweile übernimmt KI die Übersetzungen.
de heute                            | Heute bearbeitet die KI vier von fünf Anfragen.
de derzeit                          | Derzeit beantwortet ein Chatbot die Anfragen.
de nicht mehr                       | Dank KI braucht die Bank nicht mehr so viele Mitarbeiter.
de hat ... ersetzt                  | KI hat 200 Mitarbeiter im Kundendienst ersetzt.
de haben ... ersetzt                | Chatbots haben die Hälfte der Callcenter-Mitarbeiter ersetzt.
fr désormais                        | L'IA répond désormais à la plupart des clients.
fr maintenant                       | Des agents IA traitent maintenant les demandes.
fr déjà                             | L'IA traite déjà la moitié des appels.
fr aujourd'hui                      | Aujourd'hui, l'IA rédige les premiers jets.
fr actuellement                     | Un chatbot gère actuellement les demandes.
fr plus besoin                      | Grâce à l'IA, la banque n'a plus besoin d'autant de conseillers.
fr a remplacé                       | L'IA a remplacé 200 conseillers.
fr ont remplacé                     | Des chatbots ont remplacé la moitié des conseillers.
es ahora                            | Los agentes de IA ahora responden a los clientes.
es ya                               | La IA ya gestiona la mitad de las consultas.
es hoy                              | Hoy la IA resuelve cuatro de cada cinco consultas.
es actualmente                      | Un chatbot atiende actualmente las consultas.
es ha reemplazado                   | La IA ha reemplazado a 200 teleoperadores.
es han reemplazado                  | Los chatbots han reemplazado a la mitad del personal.
es ha sustituido                    | La IA ha sustituido a 200 traductores.
es han sustituido                   | Los robots han sustituido a los operarios.
nl nu                               | AI-agenten beantwoorden nu de meeste vragen.
nl inmiddels                        | Inmiddels schrijft AI de teksten.
nl reeds                            | AI handelt reeds de helft van de vragen af.
nl tegenwoordig                     | Tegenwoordig beantwoordt een chatbot de vragen.
nl momenteel                        | Een chatbot beantwoordt momenteel de meeste vragen.
nl niet meer                        | Dankzij AI zijn niet meer zoveel medewerkers nodig.
nl heeft ... vervangen              | AI heeft 200 medewerkers vervangen.
nl hebben ... vervangen             | Chatbots hebben de helft van het personeel vervangen.
it ora                              | Gli agenti di IA ora rispondono ai clienti.
it adesso                           | Adesso l'IA gestisce le richieste.
it ormai                            | L'IA gestisce ormai metà delle richieste.
it già                              | L'IA gestisce già metà delle chiamate.
it oggi                             | Oggi l'IA risponde a quattro richieste su cinque.
it attualmente                      | Un chatbot gestisce attualmente le richieste.
it ha sostituito                    | L'IA ha sostituito 200 operatori.
it hanno sostituito                 | I chatbot hanno sostituito metà del personale.
pt agora                            | Os agentes de IA agora respondem aos clientes.
pt já                               | A IA já atende metade das chamadas.
pt hoje                             | Hoje a IA resolve quatro de cada cinco pedidos.
pt atualmente                       | Um chatbot atende atualmente os clientes.
pt substituiu                       | A IA substituiu 200 atendentes.
pt substituíram                     | Os robôs substituíram metade dos operários.
`);
