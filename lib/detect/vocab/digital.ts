import { concept } from './define';

// Digitalisation is not AI: branches closing as customers move online, paper turning into apps.
// Read apart from AI so the model can weigh cuts told with it on their own (our labels do not count
// it as an AI reason; automation and robots do).
export default concept('digital', 'Digitalisation: services moving online, not AI doing the work', `
en digitalisation                   | Digitalisation of the branches continues.
en digitalization                   | Digitalization of the branches continues.
en digital transformation           | The cuts follow the bank's digital transformation.
de Digitalisierung                  | Die Digitalisierung macht Filialen überflüssig.
fr digitalisation                   | La digitalisation des agences continue.
fr numérisation                     | La numérisation des services continue.
es digitalizaci*                    | La digitalización cierra oficinas.
nl digitalisering                   | De digitalisering kost banen.
it digitalizzazione                 | La digitalizzazione chiude le filiali.
pt digitalização                    | A digitalização fecha agências.
`);
