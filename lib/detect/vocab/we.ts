import { concept } from './define';

export default concept('we', 'An employer speaking of itself', `
en we                               | We are reducing our workforce by 10%.
en we're                            | We're saying goodbye to 200 colleagues.
en we've                            | We've made the hard decision to cut roles.
en we'll                            | We'll reduce headcount.
en our                              | Our teams will be smaller.
en us                               | AI lets us do more with less.
en the Company                      | The Company committed to a reduction in force.
de wir                              | Wir bauen 500 Stellen ab.
de unser*                           | Unsere Teams werden kleiner.
de uns                              | KI erlaubt uns, effizienter zu arbeiten.
fr nous                             | Nous supprimons 300 postes.
fr notre                            | Notre organisation évolue.
fr nos                              | Nos équipes seront plus petites.
es nosotros                         | Nosotros reduciremos la plantilla.
es nuestr*                          | Nuestra plantilla será menor.
es hemos                            | Hemos decidido reducir la plantilla.
nl wij                              | Wij schrappen 300 banen.
nl onze                             | Onze teams worden kleiner.
nl ons                              | AI helpt ons efficiënter te werken.
it noi                              | Noi riduciamo il personale.
it nostr*                           | I nostri team saranno più piccoli.
it abbiamo                          | Abbiamo deciso di ridurre il personale.
pt nós                              | Nós vamos reduzir o quadro.
pt noss*                            | Nossas equipes serão menores.
pt decidimos                        | Decidimos reduzir o quadro.
`);
