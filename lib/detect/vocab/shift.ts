import { concept } from './define';

export default concept('shift', 'Money and focus moved to AI, or AI as the way the company now works', `
en invest*                          | We are cutting roles to invest in AI.
en realloc*                         | The company is reallocating resources to AI.
en redirect*                        | It will redirect spending toward AI.
en shift*                           | The bank is shifting resources to automation.
en pivot*                           | The startup is pivoting to AI.
en refocus*                         | The group is refocusing on AI.
en focus on                         | We will focus on AI.
en prioriti*                        | The company is prioritising AI.
* AI-first                          | We are becoming an AI-first company.
* AI first                          | An AI first strategy.
en AI-driven                        | An AI-driven operating model.
en AI-native                        | We want to be AI-native.
en efficienc*                       | AI brings efficiencies.
en productivity                     | AI productivity gains mean fewer roles.
en transform*                       | AI is transforming how we work.
en reshap*                          | AI is reshaping the workforce.
en rethink*                         | AI made us rethink our teams.
en embrac*                          | The firm is embracing AI.
en adopt*                           | Adopting AI lets us reduce staff.
en integrat*                        | The integration of AI reduces the need for staff.
en deploy*                          | The bank deployed AI across branches.
en roll* out                        | The company rolled out AI agents.
en leaner                           | AI makes us leaner.
en operating model                  | A new operating model built on AI.
en era                              | Preparing for the AI era.
en put more behind                   | We have to put more behind AI.
en double down on                   | We will double down on AI.
en mix of skills                    | The next phase needs a different mix of skills, above all in AI.
en different skills                 | AI means we need different skills.
en skills we need                   | AI changes the skills we need.
de Fokus auf                        | Der Konzern legt den Fokus auf KI.
de fokussier*                       | Die Bank fokussiert sich auf KI.
de Neuausrichtung                   | Die Neuausrichtung auf KI kostet Stellen.
de investier*                       | Die Bank investiert in KI.
de Investition*                     | Investitionen in KI steigen.
de umschicht*                       | Die Bank will Mittel zu KI umschichten.
de konzentrier*                     | Der Konzern konzentriert sich auf KI.
de Effizienz*                       | KI soll die Effizienz steigern.
de effizienter                      | KI macht die Abläufe effizienter.
de Produktivität                    | KI erhöht die Produktivität.
de Einsatz                          | Der Einsatz von KI kostet Stellen.
de einsetz*                         | Die Bank will KI stärker einsetzen.
de setzt auf                        | Der Konzern setzt auf KI.
de Wandel                           | Der Wandel durch KI trifft die Verwaltung.
de Transformation                   | Die digitale Transformation kostet Stellen.
de Integration                      | Die Integration von KI kostet Stellen.
de setzt künftig auf                | Die Firma entlässt 300 Beschäftigte und setzt künftig auf KI-Chatbots.
de setzt verstärkt auf              | Der Konzern setzt verstärkt auf KI.
de setzt nun auf                    | Die Bank setzt nun auf KI.
de umverteil*                       | Der Konzern will Ressourcen auf KI umverteilen.
de umzuverteilen                    | Pinterest streicht Stellen, um Ressourcen auf KI umzuverteilen.
de schichtet ... um                 | Der Konzern schichtet Mittel in Richtung KI um.
de umgeschichtet                    | Die Mittel werden zu KI umgeschichtet.
de freizumachen                     | Das Unternehmen baut Stellen ab, um Geld für KI freizumachen.
de richtet sich auf                 | Der Konzern richtet sich auf künstliche Intelligenz aus.
fr recentr*                         | Workday licencie pour se recentrer sur l'intelligence artificielle.
fr se concentrer sur                | Le groupe veut se concentrer sur l'IA.
fr mise sur                         | La banque mise sur l'IA.
fr miser sur                        | Le groupe va miser sur l'IA.
fr virage                           | Le virage vers l'IA coûte des postes.
fr invest*                          | Le groupe investit dans l'IA.
fr efficacité                       | L'IA améliore l'efficacité.
fr productivité                     | L'IA augmente la productivité.
fr transformation                   | La transformation liée à l'IA continue.
fr recours à                        | Le recours à l'IA se généralise.
fr déploi*                          | La banque déploie l'IA.
fr intégration                     | L'intégration de l'IA réduit les effectifs.
fr mise en place                    | La mise en place de l'IA réduit les besoins.
fr mise en œuvre                    | La mise en œuvre de l'IA avance.
fr tourn* vers                      | Le groupe supprime des postes afin de se tourner vers l'IA.
fr priorité                         | Le groupe supprime 800 postes pour donner la priorité à l'intelligence artificielle.
fr privilégi*                       | L'éditeur supprime 8 000 postes afin de privilégier l'IA.
fr se transformer                   | Le groupe doit se transformer face à l'IA.
fr réaffect*                        | Pinterest supprime 15 % de ses effectifs pour réaffecter ses ressources à l'IA.
fr redéploi*                        | L'éditeur supprime 300 postes et redéploie ses moyens vers l'intelligence artificielle.
fr réallou*                         | La société réduit ses effectifs pour réallouer son budget à l'IA.
fr réorient*                        | Le groupe licencie 500 salariés afin de réorienter ses investissements vers l'IA.
es centrarse en                     | La empresa quiere centrarse en la IA.
es enfocarse en                     | La empresa va a enfocarse en la IA.
es giro hacia                       | El giro hacia la IA recorta empleo.
es invers*                          | La inversión en IA crece.
es invertir                         | La empresa va a invertir en IA.
es invierte                         | La empresa invierte en IA.
es eficiencia                       | La IA mejora la eficiencia.
es productividad                    | La IA aumenta la productividad.
es transformación                   | La transformación digital recorta empleo.
es implantaci*                      | La implantación de la IA reduce puestos.
es apuesta por                      | El banco apuesta por la IA.
es uso de                           | El uso de la IA reduce plantilla.
es integración                     | La integración de la IA reduce la plantilla.
nl focus op                         | Het bedrijf legt de focus op AI.
nl focus ligt op                    | De focus ligt op kunstmatige intelligentie.
nl integratie                       | De integratie van AI kost banen.
nl richt zich op                    | Het concern richt zich op AI.
nl zet in op                        | De bank zet in op AI.
nl investe*                         | Het bedrijf investeert in AI.
nl efficiënt*                       | AI maakt het werk efficiënter.
nl productiviteit                   | AI verhoogt de productiviteit.
nl inzet                            | De inzet van AI kost banen.
nl inzetten                         | De bank wil meer AI inzetten.
nl richten op                       | De afdeling gaat zich richten op kunstmatige intelligentie.
nl verschuiv*                       | Pinterest schrapt 15 procent van de banen om middelen te verschuiven naar AI.
nl herverde*                        | Het bedrijf ontslaat 500 medewerkers en herverdeelt het budget richting AI.
nl vrij te maken                    | Het concern schrapt 300 banen om geld vrij te maken voor AI.
nl heroriënt*                       | De bank schrapt 1.000 banen en heroriënteert zich op kunstmatige intelligentie.
it punta* su*                       | L'azienda punta sull'IA. L'azienda punta su IA.
it svolta                           | Una svolta AI-first.
it concentrarsi su*                 | Il gruppo vuole concentrarsi sull'IA.
it focalizz*                        | L'azienda si focalizza sull'IA.
it investi*                         | Gli investimenti nell'IA crescono.
it efficienza                       | L'IA aumenta l'efficienza.
it produttività                     | L'IA aumenta la produttività.
it trasformazione                   | La trasformazione digitale taglia posti.
it adozione                         | L'adozione dell'IA riduce il personale.
it integrazione d*                 | L'integrazione dell'intelligenza artificiale riduce il personale (not the furlough scheme 'cassa integrazione per 500 dipendenti').
it uso dell'                        | L'uso dell'IA riduce i posti.
it per sostenere                    | Oracle prepara migliaia di licenziamenti per sostenere la spesa per l'IA.
it per finanziare                   | Microsoft taglia 7.000 posti per finanziare l'IA.
it destinare                        | Pinterest taglia il 15% del personale per destinare risorse maggiori all'IA.
it destina                          | Il gruppo taglia 500 posti e destina i risparmi all'intelligenza artificiale.
it dirott*                          | Il gruppo licenzia 500 dipendenti e dirotta i fondi verso l'intelligenza artificiale.
it spost* ... risorse               | L'azienda taglia 300 posti per spostare risorse sull'IA.
it rialloc*                         | La società riduce il personale per riallocare il budget all'intelligenza artificiale.
pt foco em                          | A empresa coloca o foco em IA.
pt focar em                         | O banco vai focar em IA.
pt aposta em                        | A empresa aposta em IA.
pt apostar em                       | O banco vai apostar em IA.
pt investi*                         | O investimento em IA cresce.
pt investe                          | A empresa investe em IA.
pt eficiência                       | A IA aumenta a eficiência.
pt produtividade                    | A IA aumenta a produtividade.
pt transformação                    | A transformação digital corta vagas.
pt adoção                           | A adoção da IA reduz vagas.
pt integração                      | A integração da IA reduz vagas.
pt uso da                           | O uso da IA reduz vagas.
`);
