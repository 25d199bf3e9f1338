import { concept } from './define';

export default concept('trap', 'Cuts that are not job cuts', `
en rate cut*                        | The Fed's rate cut lifted stocks.
en interest rate*                   | Interest rates were cut again.
en price cut*                       | Tesla's price cuts hit margins.
en tax cut*                         | The tax cuts passed the Senate.
en budget cut*                      | Budget cuts hit the schools.
en spending cuts                    | Spending cuts were approved.
en funding cuts                     | Funding cuts hit research.
en cut prices                       | The retailer cut prices.
en cut costs                        | The firm cut costs by $1 billion.
en costs                            | The firm will cut costs by $1 billion.
en cut from the                     | He was cut from the roster.
en roster                           | He was cut from the roster.
en dividend*                        | The company cut its dividend.
en forecast cut                     | A forecast cut sent shares lower.
en cuts its forecast                | The company cuts its forecast.
en power cut*                       | Power cuts hit the city.
en director's cut                   | The director's cut runs three hours.
en Fed                              | The Fed cut rates.
en remov* busywork                  | We're removing busywork so HR professionals can focus on their people.
en cut* the time                    | The tool cuts the time HR teams spend on routine requests.
en ended the quarter                | Alphabet ended the quarter with 190,167 employees.
en ended the year                   | The bank ended the year with 61,000 employees.
en ends the year                    | The group ends the year with 9,000 staff.
de Zinssenkung*                     | Die Zinssenkung stützt die Börse.
de Zinsen                           | Die EZB senkt die Zinsen.
de Preissenkung*                    | Preissenkungen belasten die Marge.
de Steuersenkung*                   | Die Steuersenkung kommt.
de Kürzungen im Haushalt            | Kürzungen im Haushalt treffen Schulen.
fr baisse des taux                  | La baisse des taux soutient la Bourse.
fr taux directeur*                  | La BCE baisse ses taux directeurs.
fr baisse des prix                  | La baisse des prix pèse sur les marges.
es recorte de tipos                 | El recorte de tipos impulsa la bolsa.
es tipos de interés                 | El BCE baja los tipos de interés.
es rebaja de precios                | La rebaja de precios reduce márgenes.
nl renteverlaging                   | De renteverlaging steunt de beurs.
nl rente                            | De ECB verlaagt de rente.
it taglio dei tassi                 | Il taglio dei tassi sostiene la Borsa.
it tassi                            | La BCE taglia i tassi.
it spese                            | Il gruppo taglia le spese.
it costi                            | Il gruppo taglia i costi.
pt corte de juros                   | O corte de juros anima a bolsa.
pt juros                            | O banco central corta os juros.
`);
