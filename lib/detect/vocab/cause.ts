import { concept } from './define';

export default concept('cause', 'Words that make one thing the reason for another', `
en because                          | Jobs go because AI does the work.
en due to                           | The cuts are due to automation.
en owing to                         | Cuts owing to automation.
en driven by                        | The cuts are driven by AI.
en as a result of                   | Jobs lost as a result of automation.
en result of                        | The cuts are the result of AI adoption.
en citing                           | The bank cut 200 jobs, citing AI.
en cited                            | The company cited AI for the cuts.
en blam*                            | The firm blamed AI for the cuts.
en attribut*                        | It attributed the cuts to automation.
en thanks to                        | Fewer staff are needed thanks to AI.
en in favor of                      | Roles were cut in favor of AI agents.
en in favour of                     | Roles were cut in favour of AI agents.
en as part of                       | The cuts come as part of an AI overhaul.
en in response to                   | Cuts in response to AI adoption.
en tied to                          | Cuts tied to AI.
en linked to                        | Job losses linked to automation.
en reason*                          | AI is one reason for the cuts.
en why                              | That is why we need fewer people.
en so that                          | We cut roles so that we can invest in AI.
en to make way for                  | Staff cut to make way for automation.
en to make room for                 | The bank cut 500 jobs to make room for AI.
en pointing to                      | The bank cut 500 jobs, pointing to AI.
en pointed to                       | The company pointed to AI as the reason for the cuts.
en means                            | AI means we need fewer people.
en mean                             | These tools mean fewer roles.
en meant                            | Automation meant fewer jobs.
en central to                       | Automation is central to the overhaul that cuts 7,000 jobs.
en key role                          | Jobs are cut, with artificial intelligence playing a key role.
en reflect*                          | Analysts say the cuts reflect a growing reliance on AI.
en at the heart of                   | AI is at the heart of the restructuring.
en in light of                       | The bank is cutting roles in light of AI adoption.
en on the back of                    | Staff cuts on the back of automation.
de wegen                            | Die Bank streicht Stellen wegen KI.
de aufgrund                         | Stellenabbau aufgrund der Automatisierung.
de infolge                          | Stellen fallen infolge der KI weg.
de durch                            | Durch KI fallen Jobs weg.
de dank                             | Dank KI braucht es weniger Personal.
de zugunsten                        | Stellen werden zugunsten von KI gestrichen.
de begründ*                         | Die Bank begründete den Abbau mit KI.
de Grund                            | Grund ist die Automatisierung.
de Ursache                          | KI ist die Ursache für den Abbau.
de weil                             | Stellen fallen weg, weil KI die Arbeit macht.
de da                               | Da KI die Anfragen beantwortet, fallen Stellen weg.
de angesichts                       | Angesichts der KI baut die Bank Stellen ab.
de zurückzuführen                   | Der Abbau ist auf KI zurückzuführen.
de mit Verweis auf                  | Die Bank streicht Stellen mit Verweis auf KI.
de unter Verweis auf                | Die Bank streicht Stellen unter Verweis auf KI.
de Gründe                           | Als Gründe für den Abbau von 500 Stellen nennt das Unternehmen KI.
de im Rahmen                        | Im Rahmen der KI-Strategie streicht der Konzern 3.000 Stellen.
de zurückgeführt                    | Der Abbau wird auf den Einsatz von KI zurückgeführt.
de führt ... zurück                 | Die Versicherung führt den Abbau auf die Automatisierung zurück.
de führen ... zurück                | Die Banken führen den Abbau auf KI zurück.
fr à cause de                       | Suppressions de postes à cause de l'IA.
fr à cause du                       | Suppressions de postes à cause du numérique.
fr en raison de                     | Suppressions en raison de l'automatisation.
fr dû ... à                         | Un plan dû en partie à l'IA.
fr dues ... à                       | Des suppressions dues à l'IA.
fr due ... à                        | Une décision due en partie à l'IA.
fr lié* ... à                       | Une réduction liée en grande partie à l'intelligence artificielle.
fr sous l'effet de                  | Des postes disparaissent sous l'effet de l'IA.
fr face à                           | Face à l'IA, la banque réduit ses effectifs.
fr grâce à                          | Grâce à l'IA, moins de conseillers sont nécessaires.
fr au profit de                     | Des postes supprimés au profit de l'IA.
fr au profit des                    | Des postes supprimés au profit des agents d'IA.
fr au profit du                     | Des postes supprimés au profit du chatbot.
fr à cause des                      | La banque supprime 500 postes à cause des outils d'IA.
fr grâce aux                        | Klarna a réduit ses effectifs grâce aux agents d'IA.
fr grâce au                         | Klarna a réduit ses effectifs grâce au chatbot.
fr face aux                         | Face aux progrès de l'IA, la banque supprime 900 postes.
fr dus ... à                        | Ces licenciements sont dus en partie à l'IA.
fr dus ... aux                      | Ces 300 licenciements sont dus aux nouveaux outils d'IA.
fr dues ... aux                     | Des suppressions dues aux outils d'IA.
fr dû ... au                        | Un plan dû au déploiement de l'IA.
fr due ... au                       | Une baisse des effectifs due au recours à l'IA.
fr en faveur d*                     | Des licenciements en faveur des déploiements d'IA.
fr du fait d*                       | Des suppressions du fait de l'IA.
fr parce que                        | Des postes disparaissent parce que l'IA fait le travail.
fr parce qu                         | Ils ont été licenciés parce qu'ils ne maîtrisaient pas l'IA.
fr car                              | La banque réduit ses effectifs car l'IA traite les demandes.
fr justifi*                         | La banque justifie le plan par l'IA.
fr invoqu*                          | Le groupe invoque l'IA.
fr citant                           | Le groupe supprime 500 postes, citant l'IA.
fr raison*                          | L'IA est la raison de ces suppressions.
fr attribu*                         | La banque attribue la suppression de 2 000 postes à l'intelligence artificielle.
fr imput*                           | Le groupe impute la suppression de 300 emplois à l'intelligence artificielle.
fr dans le cadre d*                 | Le groupe va supprimer 1 200 postes dans le cadre d'un plan axé sur l'IA.
fr accus*                           | Chegg licencie 45 % de ses employés et accuse l'IA d'avoir fait chuter son trafic.
fr contraint* à                     | Face à l'IA, le groupe s'est vu contraint à supprimer des postes.
fr contraint* de                    | Capgemini, contrainte de se transformer face à l'IA, supprime 2 400 postes.
fr contraignent                     | Les applications de l'IA contraignent la banque à tailler dans les effectifs.
fr s'expliqu* ... par               | La suppression de 1 000 emplois s'explique principalement par l'intelligence artificielle.
es por                              | Despidos por la inteligencia artificial.
es debido a                         | Despidos debido a la automatización.
es a causa de                       | Despidos a causa de la IA.
es por culpa de                     | Despidos por culpa de la IA.
es gracias a                        | Gracias a la IA se necesitan menos agentes.
es ante                             | Ante la IA, el banco recorta plantilla.
es en favor de                      | Puestos eliminados en favor de la IA.
es porque                           | Se eliminan puestos porque la IA hace el trabajo.
es atribuy*                         | La empresa atribuye los despidos a la IA.
es motivo*                          | La IA es el motivo de los despidos.
es causa                            | La IA es la causa de los despidos.
es razón                            | La razón es la automatización.
es culpa                            | La empresa culpa a la IA.
es citando                          | El banco recorta 500 empleos, citando la IA.
nl door                             | De bank schrapt banen door AI.
nl vanwege                          | Ontslagen vanwege automatisering.
nl als gevolg van                   | Banen verdwijnen als gevolg van AI.
nl wegens                           | Ontslagen wegens automatisering.
nl dankzij                          | Dankzij AI zijn minder mensen nodig.
nl omdat                            | Banen verdwijnen omdat AI het werk doet.
nl oorzaak                          | AI is de oorzaak van het banenverlies.
nl reden                            | De reden is de inzet van AI.
nl ten gunste van                   | Banen geschrapt ten gunste van AI.
nl onder verwijzing naar             | De bank schrapt banen onder verwijzing naar AI.
nl wijt                             | De bank wijt het verlies van 2.000 banen aan kunstmatige intelligentie.
nl wijten                           | Zij wijten de ontslagen aan AI.
nl toegeschreven                    | De 300 ontslagen worden toegeschreven aan automatisering.
nl toe te schrijven                 | Het banenverlies is toe te schrijven aan AI.
nl schrijft ... toe                 | Het bedrijf schrijft de 500 ontslagen toe aan de opkomst van AI.
nl als onderdeel van                | Het concern schrapt 1.200 banen als onderdeel van een reorganisatie rond AI.
nl in het kader van                 | In het kader van de omschakeling naar AI verdwijnen 800 banen.
nl verwijst ... naar                | De bank schrapt 1.000 banen en verwijst daarbij naar kunstmatige intelligentie.
nl rechtvaardig*                    | Het bedrijf rechtvaardigt het schrappen van 400 banen met de opkomst van AI.
nl doordat                          | Er verdwijnen banen doordat AI steeds meer werk doet.
it a causa d*                       | Tagli a causa dell'intelligenza artificiale; a causa dei nuovi strumenti di IA.
it per via d*                       | Licenziamenti per via del ricorso all'IA.
it grazie a*                        | Grazie agli assistenti di IA servono meno persone.
it per colpa d*                     | Il call center taglia 200 posti per colpa dei chatbot.
it dovut*                           | Tagli dovuti all'IA.
it perché                           | Spariscono posti perché l'IA fa il lavoro.
it legat*                           | Tagli legati all'IA.
it ragion*                          | Le ragioni risiederebbero nell'uso dell'intelligenza artificiale.
it motiv*                           | L'IA è il motivo dei tagli.
it citando                          | Citando l'integrazione dell'intelligenza artificiale, la banca taglia.
it attribu*                         | La banca attribuisce i 2.000 esuberi all'automazione.
it giustific*                       | L'azienda giustifica il taglio di 500 posti con l'intelligenza artificiale.
it conseguenz*                      | I licenziamenti sono una conseguenza dell'automazione.
it nell'ambito d*                   | Il gruppo licenzia 200 dipendenti nell'ambito di una riorganizzazione incentrata sull'IA.
it nel quadro d*                    | Il gruppo taglia 9.000 posti nel quadro della trasformazione verso l'IA.
it come parte d*                    | Microsoft licenzia 7.000 dipendenti come parte di un piano per investire nell'IA.
pt por causa d*                     | Demissões por causa da IA.
pt devido à                         | Cortes devido à automação.
pt devido a                         | Cortes devido a robôs.
pt em razão d*                      | Cortes em razão da IA.
pt em função d*                     | Demissões em função da IA.
pt graças à                         | Graças à IA, menos atendentes são necessários.
pt por conta d*                     | Demissões por conta da IA.
pt porque                           | Vagas somem porque a IA faz o trabalho.
pt motiv*                           | A IA é o motivo das demissões.
pt razão                            | A razão é a inteligência artificial.
pt culpa                            | A empresa culpa a IA.
pt citando                          | O banco corta 500 vagas, citando a IA.
`);
