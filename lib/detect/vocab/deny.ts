import { concept } from './define';

export default concept('deny', 'Saying a cause is not the reason, or rejecting a claim', `
en not due to                       | The layoffs are not due to AI.
en not driven by                    | These cuts are not driven by AI.
en not related to                   | The cuts are not related to AI.
en not about                        | This is not about AI.
en not the reason                   | AI is not the reason for the cuts.
en isn't the reason                 | AI isn't the reason for the cuts.
en is not the reason                | AI is not the reason for the cuts.
en wasn't the reason                | AI wasn't the reason.
en not a factor                     | AI was not a factor.
en not factors                      | He noted that costs or artificial intelligence were not factors.
en hit back at                       | Jassy hit back at reports that Amazon was cutting jobs to automate.
en played no role                   | AI played no role in the cuts, the company said.
en played no part                   | AI played no part in the decision.
en unrelated to                     | The cuts were unrelated to AI, the company said.
en not AI-driven                    | The cuts are not AI-driven.
en not AI-related                   | The cuts are not AI-related.
en nothing to do with               | The cuts have nothing to do with AI.
en not tied to                      | The cuts are not tied to AI.
en not linked to                    | The cuts are not linked to AI.
en not a result                     | The cuts are 'not a result' of AI.
en not the result                   | The changes are not the result of AI adoption.
en not ... AI-driven                | It's not even really AI-driven.
en not ... AI-related               | The cuts are not in any way AI-related.
en isn't about                      | This isn't about AI.
en wasn't about                     | It wasn't about AI.
en not primarily                    | The cuts are not primarily about AI.
en not mainly                       | The cuts are not mainly due to AI.
en not because                      | We are doing this not because AI replaced anyone.
en denied                           | The company denied that AI played a role.
en denies                           | The company denies that AI is behind the cuts.
en deny                             | Executives deny the cuts are about AI.
en denying                          | The bank is denying reports of AI cuts.
en rejected                         | The CEO rejected suggestions that AI drove the cuts.
en dismissed                        | The company dismissed claims that AI was behind the cuts.
en pushed back                      | The company pushed back on claims about AI.
en disputed                         | It has disputed the claim that the jobs will be replaced by AI.
en disputes                         | The company disputes that AI is behind the cuts.
en refuted                          | The bank refuted reports that AI drove the cuts.
en did not mention                  | The memo did not mention AI.
en didn't mention                   | The memo didn't mention AI.
en made no mention                  | The memo made no mention of AI.
en did not cite                     | The company did not cite AI.
en did not blame                    | The company did not blame AI.
en not to blame                     | AI is not to blame.
en isn't to blame                   | AI isn't to blame for the cuts.
en no plans to                      | The company has no plans to cut jobs.
en contrary to                      | Contrary to reports, AI played no part.
en not AI                            | It's culture, not AI, the CEO said.
en not artificial intelligence      | The cause is culture, not artificial intelligence.
en none of ... to do with          | The CEO said "none of it had to do with AI."
en little to do with                | The cuts had little to do with AI, the CEO said.
de nicht wegen                      | Die Stellen fallen nicht wegen KI weg.
de nicht auf ... zurückzuführen     | Der Abbau ist nicht auf KI zurückzuführen.
de nichts mit ... zu tun            | Der Abbau hat nichts mit KI zu tun.
de nicht die Ursache                | KI ist nicht die Ursache.
de nicht der Grund                  | KI ist nicht der Grund für den Abbau.
de dementiert                       | Der Konzern dementiert einen KI-Abbau.
de dementierte                      | Die Bank dementierte Berichte.
de weist ... zurück                 | Die Bank weist Berichte über KI-Abbau zurück.
de bestreitet                       | Der Konzern bestreitet, dass KI der Grund ist.
de nicht mit KI                     | Der Abbau wird nicht mit KI begründet.
de nicht KI                         | Grund sei die Kultur, nicht KI.
de kein Zusammenhang                | Es besteht kein Zusammenhang zwischen dem Abbau und KI.
de keinen Zusammenhang              | Der Konzern sieht keinen Zusammenhang zwischen dem Abbau und KI.
de Zusammenhang ... bestehe nicht   | Ein Zusammenhang zwischen dem Stellenabbau und KI bestehe nicht.
de nichts zu tun                    | Der Abbau hat mit Automatisierung nichts zu tun.
de keine Rolle                      | KI spiele beim Abbau keine Rolle.
de nicht der Auslöser                | KI sei nicht der Auslöser für den Stellenabbau, sagte ein Sprecher.
de nicht ausschlaggebend             | KI sei für den Abbau nicht ausschlaggebend gewesen.
de wenig mit ... zu tun             | Der Abbau habe wenig mit KI zu tun.
de nicht ... KI-getrieben           | Der Abbau sei nicht wirklich KI-getrieben.
fr pas à cause de                   | Ce n'est pas à cause de l'IA.
fr pas lié* à                       | Le plan n'est pas lié à l'IA.
fr rien à voir avec                 | Le plan n'a rien à voir avec l'IA.
fr n'est pas la raison              | L'IA n'est pas la raison.
fr dément                           | Le groupe dément tout lien avec l'IA.
fr démenti                          | La direction a démenti.
fr nie                              | La direction nie tout lien avec l'IA.
fr conteste                         | La direction conteste ce lien.
fr pas l'IA                         | C'est la culture, pas l'IA.
fr aucun lien                       | Ces suppressions de postes n'ont aucun lien avec l'intelligence artificielle.
fr pas de lien                      | Il n'y a pas de lien entre les licenciements et l'IA.
fr sans lien                        | Le groupe supprime 800 postes, sans lien avec l'IA.
fr aucun rôle                       | L'IA n'a joué aucun rôle dans ces suppressions.
fr pas la cause                     | L'IA n'est pas la cause de ces suppressions, assure la direction.
fr sans rapport avec                | Des suppressions sans rapport avec l'intelligence artificielle, selon le groupe.
fr peu à voir avec                  | Les suppressions ont peu à voir avec l'IA.
es no se debe a                     | El despido no se debe a la IA.
es no se deben a                    | Los despidos no se deben a la IA.
es nada que ver con                 | No tiene nada que ver con la IA.
es no es la razón                   | La IA no es la razón.
es no por                           | Los despidos son por costes, no por la IA.
es desmient*                        | La empresa desmiente los despidos por IA.
es desmint*                         | Microsoft emitió un comunicado desmintiendo los rumores de despidos por IA.
es niega                            | La empresa niega que la IA sea la causa.
es negó                             | La empresa negó que la IA sea la causa.
es no la IA                         | Es la cultura, no la IA.
es no es la causa                   | La IA no es la causa de los despidos, según la empresa.
es no fue la causa                  | La IA no fue la causa de los recortes.
es no está relacionad*              | La empresa asegura que el recorte no está relacionado con la IA.
es no están relacionad*             | Los despidos no están relacionados con la inteligencia artificial.
es sin relación con                 | Un ajuste sin relación con la IA, según el banco.
es no está vinculad*                | Jassy afirmó que la decisión no está vinculada a la irrupción de la inteligencia artificial.
es no están vinculad*               | Los despidos no están vinculados a la inteligencia artificial.
es no eran consecuencia             | Verizon afirmó que los recortes de empleo no eran consecuencia del uso de IA.
es no son consecuencia              | Los despidos no son consecuencia de la IA, según la empresa.
es no tiene relación con            | Jassy sostuvo que la decisión no tiene relación con la inteligencia artificial.
es no tienen relación con           | Los despidos no tienen relación con la IA.
es poco que ver con                 | Los despidos tienen poco que ver con la IA.
nl niet door                        | De ontslagen zijn niet door AI.
nl niets te maken met               | Dit heeft niets te maken met AI.
nl niets met ... te maken            | De ontslagen hebben niets met AI te maken.
nl niet de reden                    | AI is niet de reden.
nl ontken*                          | Het bedrijf ontkent dat AI de oorzaak is.
nl spreekt ... tegen                | De bank spreekt berichten tegen.
nl niet AI                          | Het is cultuur, niet AI.
nl staat los van                    | Het schrappen van 300 banen staat los van de inzet van AI.
nl staan los van                    | De ontslagen staan los van kunstmatige intelligentie.
nl geen verband                     | Er is geen verband tussen de ontslagen en AI.
nl geen rol                         | Volgens de directie heeft AI geen rol gespeeld bij de ontslagen.
nl niet de oorzaak                  | AI is niet de oorzaak van de ontslagen, zegt de bank.
nl niet ... AI-gedreven             | Het is niet eens echt AI-gedreven.
nl weinig te maken met              | De ontslagen hebben weinig te maken met AI.
it non è dovut*                     | Il taglio non è dovuto all'IA.
it non sono dovut*                  | I tagli non sono dovuti all'IA.
it nulla a che vedere               | Non ha nulla a che vedere con l'IA.
it niente a che vedere              | Non ha niente a che vedere con l'IA.
it nulla a che fare                 | I tagli non hanno nulla a che fare con l'IA.
it niente a che fare                | I tagli non hanno niente a che fare con l'IA.
it non è la ragione                 | L'IA non è la ragione dei licenziamenti.
it non è il motivo                  | L'IA non è il motivo dei tagli.
it smentisc*                        | L'azienda smentisce i tagli per l'IA.
it smentit*                         | La banca ha smentito che i tagli siano dovuti all'IA.
it nega                             | L'azienda nega che l'IA sia la causa.
it non l'IA                         | È la cultura, non l'IA.
it non sono legat*                  | Secondo l'azienda, i 500 esuberi non sono legati all'intelligenza artificiale.
it non è legat*                     | La banca precisa che la decisione non è legata all'IA.
it alcun legame                     | I tagli non hanno alcun legame con l'IA.
it nessun legame                    | Nessun legame tra i licenziamenti e l'intelligenza artificiale.
it non c'entra*                     | L'IA non c'entra con i 500 esuberi.
it alcun ruolo                      | L'IA non ha avuto alcun ruolo nei tagli.
it nessun ruolo                     | L'intelligenza artificiale non ha giocato nessun ruolo.
it non è la causa                   | L'intelligenza artificiale non è la causa dei licenziamenti.
it non sarebbe stata la causa       | Secondo Microsoft l'intelligenza artificiale non sarebbe stata la causa determinante dei licenziamenti.
it non è stata la causa             | L'IA non è stata la causa dei tagli.
it non è collegat*                  | Il taglio non è collegato all'intelligenza artificiale.
it non sono collegat*               | I licenziamenti non sono collegati all'IA.
it non sia direttamente collegat*   | I vertici dichiarano che la riduzione del personale non sia direttamente collegata all'automazione.
it non sarebbero legat*             | Tali esuberi non sarebbero legati all'introduzione dell'AI, bensì a processi di riorganizzazione.
it non sarebbe legat*               | Il taglio non sarebbe legato all'intelligenza artificiale.
it poco a che fare                  | I tagli hanno poco a che fare con l'IA.
it poco a che vedere                | I tagli hanno poco a che vedere con l'IA.
pt não se deve                      | O corte não se deve à IA.
pt nada a ver com                   | Não tem nada a ver com a IA.
pt não é o motivo                   | A IA não é o motivo.
pt desment*                         | A empresa desmente os cortes.
pt nega                             | A empresa nega que a IA seja a causa.
pt negou                            | A empresa negou que a IA seja a causa.
pt não a IA                         | É a cultura, e não a IA.
pt culpou a cultura                 | A Amazon culpou a cultura, não a IA.
pt não foi o fator                  | A IA não foi o fator predominante nos cortes.
pt não foram o fator                | Os avanços da IA não foram o fator predominante nas reduções de pessoal.
pt não é a causa                    | A IA não é a causa das demissões, diz a empresa.
pt não foi a causa                  | A IA não foi a causa dos cortes.
pt não está relacionad*             | A empresa afirma que o corte não está relacionado à IA.
pt não estão relacionad*            | As demissões não estão relacionadas com a inteligência artificial.
pt sem relação com                  | Um ajuste sem relação com a IA, segundo o banco.
pt não está vinculad*               | A empresa diz que a decisão não está vinculada à inteligência artificial.
pt não são consequência             | As demissões não são consequência do uso de IA, diz o banco.
pt pouco a ver com                  | As demissões têm pouco a ver com a IA.
`);
