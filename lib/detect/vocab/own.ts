import { concept } from './define';

// Whose operation AI works in: "its AI agents", "our chatbot", "la sua IA" are the employer's own, where a forecast's
// AI acts on jobs, workers or the economy in general.
export default concept('own', 'The employer\'s own, as its AI or its operation', `
en its                              | Its AI agents now answer most customer questions.
en our                              | Our AI agents handle four out of five tickets.
en their                            | The banks said their chatbots now handle most queries.
en the company's                    | The company's AI assistant does the work of 700 agents.
en the firm's                       | The firm's AI tools now write the first drafts.
en the bank's                       | The bank's chatbot now answers most calls.
en in-house                         | An in-house AI model now reviews the contracts.
en own                              | It built its own AI agents for support.
de seine                            | Der Konzern setzt seine KI im Kundendienst ein.
de seinen                           | Der Konzern ersetzt Mitarbeiter durch seinen KI-Assistenten.
de seiner                           | Die Bank lässt Anfragen von seiner KI beantworten.
de ihre                             | Die Bank setzt ihre KI im Kundendienst ein.
de ihren                            | Die Bank ersetzt Mitarbeiter durch ihren Chatbot.
de ihrer                            | Die Bank stützt sich auf die Antworten ihrer KI.
de unsere                           | Unsere KI beantwortet die meisten Anfragen.
de unser                            | Unser Chatbot beantwortet die meisten Anfragen.
de eigene*                          | Die Bank hat eine eigene KI entwickelt.
fr son                              | Le groupe a confié son service client à l'IA.
fr sa                               | La banque s'appuie sur sa propre IA.
fr ses                              | Ses agents IA répondent désormais aux clients.
fr notre                            | Notre IA traite la moitié des demandes.
fr nos                              | Nos agents IA traitent la moitié des demandes.
fr leur                             | Les banques confient leur service client à l'IA.
fr propre                           | La banque a développé sa propre IA.
es su                               | La empresa usa su IA para atender a los clientes.
es sus                              | Sus agentes de IA ya responden a los clientes.
es nuestra                          | Nuestra IA resuelve la mitad de las consultas.
es nuestros                         | Nuestros agentes de IA resuelven las consultas.
es propia                           | La empresa desarrolló su propia IA.
nl haar                             | De bank zet haar AI-assistent in bij de klantenservice.
nl hun                              | De banken zetten hun chatbots in.
nl onze                             | Onze AI beantwoordt de meeste vragen.
nl eigen                            | De bank bouwde een eigen AI-model.
it suo                              | Il gruppo affida il suo servizio clienti all'IA.
it sua                              | La banca usa la sua IA per i clienti.
it suoi                             | I suoi agenti di IA rispondono ai clienti.
it nostra                           | La nostra IA gestisce metà delle richieste.
it nostri                           | I nostri agenti di IA gestiscono le richieste.
it propria                          | La banca ha sviluppato una propria IA.
pt seu                              | O banco usa seu assistente de IA no atendimento.
pt sua                              | A empresa usa sua IA no atendimento.
pt seus                             | Seus agentes de IA já atendem os clientes.
pt nossa                            | Nossa IA resolve metade dos pedidos.
pt nossos                           | Nossos agentes de IA atendem os clientes.
pt própria                          | O banco desenvolveu sua própria IA.
`);
