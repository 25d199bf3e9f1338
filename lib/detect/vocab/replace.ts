import { concept } from './define';

export default concept('replace', 'Machines doing the work people did', `
en replac*                          | AI agents replaced 700 support staff.
en take over                        | AI will take over the routine work.
en takes over                       | AI takes over the routine work.
en taking over                      | AI is taking over the routine work.
en took over                        | Bots took over the calls.
en now handle*                      | AI now handles half of all chats.
en now handling                     | AI is now handling most queries.
en handles                          | The assistant handles two-thirds of chats.
en can now do                       | AI can now do the work of 700 agents.
en can do                           | AI can do much of the work.
en do the work of                   | AI can do the work of 700 agents.
en does the work of                 | The assistant does the work of 700 agents.
en doing the work                   | AI is doing the work these teams did.
en no longer need*                  | We no longer need as many people.
en no longer required               | The roles are no longer required.
en substitut*                       | AI is a substitute for junior analysts.
en resolv*                          | AI resolves 80% of tickets.
en instead of                       | It uses AI instead of human agents.
en in place of                      | Bots in place of call-centre staff.
en automated away                   | The company eliminated 500 jobs that were automated away.
en obsolete                         | Automation made the roles obsolete.
en redundant                        | AI made the roles redundant.
en do more with less                | AI lets us do more with less.
en need fewer                       | We need fewer people thanks to AI.
en needs fewer                      | The bank needs fewer people.
en be automated                     | Routine support tasks will be automated.
en being automated                  | Back-office work is being automated.
en were automated                   | The claims-handling roles were automated.
en to automate                      | Square Enix plans to automate 70% of its QA and debugging work.
en automating                       | The firm is cutting staff while automating routine work with AI.
en reduc* the need for              | Increased automation has reduced the need for staff in support roles.
en less need for                    | With AI there is less need for junior analysts.
de ersetz*                          | KI ersetzt 200 Sachbearbeiter.
de übernimmt                        | KI übernimmt die Routinearbeit.
de stattdessen                      | Acme entlässt 500 Mitarbeiter und setzt stattdessen KI ein.
de übernehmen                       | Roboter übernehmen die Lagerarbeit.
de erledigt                         | Die KI erledigt die Arbeit.
de überflüssig                      | KI macht die Stellen überflüssig.
de nicht mehr gebraucht             | Die Stellen werden nicht mehr gebraucht.
de weniger Personal                 | Die Bank braucht weniger Personal.
de weniger Mitarbeiter              | Künftig braucht es weniger Mitarbeiter.
de erledigen                        | TikTok will die Arbeit der Moderatoren von KI erledigen lassen.
de übernommen                       | Das Unternehmen hat 120 Übersetzer entlassen, nachdem KI ihre Arbeit übernommen hatte.
de weniger Menschen                 | Mit KI braucht die Versicherung weniger Menschen in der Schadenbearbeitung.
de weniger Leute                    | Dank KI braucht die Bank weniger Leute im Kundenservice.
de automatisiert werden             | Routineaufgaben sollen künftig automatisiert werden.
de automatisiert wird               | Vodafone will Kosten sparen, indem manuelle Arbeit automatisiert wird.
de wird ... automatisiert           | Die Schadenbearbeitung wird weitgehend automatisiert.
de werden ... automatisiert         | Verwaltungsprozesse werden bis 2030 weitgehend automatisiert.
de zu automatisieren                | Der Konzern plant, die Hälfte der Kundenanfragen mit KI zu automatisieren.
de verringert den Bedarf            | Die Automatisierung verringert den Bedarf an Sachbearbeitern.
de reduziert den Bedarf             | KI reduziert den Bedarf an Personal im Kundendienst.
fr remplac*                         | L'IA remplace 200 conseillers.
fr prend en charge                  | L'IA prend en charge les demandes.
fr prendre en charge                | L'IA va prendre en charge les demandes.
fr effectu*                         | L'IA effectue le travail.
fr à la place de                    | Des robots à la place de caristes.
fr se substitu*                     | L'IA se substitue aux conseillers.
fr moins de salariés                | Il faudra moins de salariés.
fr obsolètes                        | L'IA rend ces postes obsolètes.
fr fait ... le travail              | L'IA fait le travail de 700 agents.
fr faire le travail                 | L'IA peut faire le travail de 200 conseillers.
fr faisant ... le travail           | Le groupe a réduit ses effectifs, l'IA faisant désormais le travail de 200 conseillers.
fr font le travail                  | Des agents d'IA font le travail des conseillers.
fr traite désormais                 | L'IA traite désormais la moitié des appels.
fr gère désormais                   | L'IA gère désormais la moitié des demandes.
fr confiés à                        | Des postes de traducteurs supprimés, désormais confiés à l'IA.
fr confiées à                       | Ces tâches sont confiées à l'IA.
fr confié à                         | Le travail est confié à l'intelligence artificielle.
fr inutiles                         | L'IA rend ces fonctions inutiles.
fr superflu*                        | L'IA rend ces postes superflus.
fr le relais                        | L'intelligence artificielle prend le relais des conseillers.
fr moins de personnel               | Avec l'IA, il faudra moins de personnel au service client.
fr moins de main-d'œuvre            | L'automatisation permet au groupe d'employer moins de main-d'œuvre.
fr moins dépendant* de la main-d'œuvre | Le groupe sera moins dépendant de la main-d'œuvre en automatisant ses entrepôts.
fr compensé* par                    | Ces suppressions de postes seront compensées par l'automatisation et l'IA.
fr seront ... automatisé*           | Les tâches administratives seront automatisées.
fr sera ... automatisé*             | Le traitement des dossiers sera automatisé.
fr être automatisé*                 | Ces postes peuvent être automatisés.
fr automatiser                      | Le groupe veut automatiser 70 % des tests avec l'IA.
fr réduit le besoin                 | L'automatisation réduit le besoin de personnel.
fr réduire le besoin                | L'IA doit réduire le besoin de conseillers.
es reemplaz*                        | La IA reemplaza a 200 agentes.
es sustitu*                         | La IA sustituye a operarios.
es asum*                            | La IA asume las tareas.
es en lugar de                      | Bots en lugar de agentes.
es menos personal                   | Se necesitará menos personal.
es menos trabajadores               | Se necesitan menos trabajadores.
es hace el trabajo                  | La IA hace el trabajo de 200 personas.
es menos gente                      | Las herramientas de IA hacen que se necesite mucha menos gente para editar.
es menos empleados                  | Con la IA, el banco necesita menos empleados.
es serán ... automatizad*           | Las tareas administrativas serán completamente automatizadas.
es ser automatizad*                 | Estos puestos pueden ser automatizados.
es se automatizar*                  | Los procesos se automatizarán en los próximos años.
es automatizar                      | La empresa quiere automatizar la atención al cliente con IA.
es reduce la necesidad              | La automatización reduce la necesidad de personal.
es reducir la necesidad             | La IA permitirá reducir la necesidad de agentes.
nl vervang*                         | AI vervangt 200 medewerkers.
nl neemt ... over                   | AI neemt het werk over.
nl nemen ... over                   | Robots nemen het werk over.
nl overbodig                        | AI maakt de functies overbodig.
nl minder mensen                    | Er zijn minder mensen nodig.
nl minder medewerkers                | Er zijn minder medewerkers nodig.
nl minder personeel                  | De bank heeft minder personeel nodig.
nl in plaats van                    | Chatbots in plaats van medewerkers.
nl in plaats daarvan                | Het bedrijf ontslaat 500 medewerkers en zet in plaats daarvan AI in.
nl handelt ... af                   | AI handelt nu de helft van de gesprekken af.
nl handelen ... af                  | Chatbots handelen de meeste vragen af.
nl afgehandeld door                 | De vragen worden afgehandeld door AI.
nl doet ... het werk                | AI doet nu het werk van 700 medewerkers.
nl doen ... het werk                | Robots doen het werk van de heftruckchauffeurs.
nl minder nodig                     | De bank heeft 700 fte minder nodig dankzij AI.
nl uitbesteed aan                   | De uitgever heeft de vertalers ontslagen en hun werk uitbesteed aan AI.
nl overnem*                         | Volgens de bank zal kunstmatige intelligentie veel werk overnemen.
nl overgenomen                      | Het werk wordt door AI overgenomen.
nl wordt ... geautomatiseerd        | Ook wordt het werk steeds verder geautomatiseerd.
nl worden ... geautomatiseerd       | Binnen die afdeling worden veel processen verder geautomatiseerd.
nl geautomatiseerd worden           | Het gaat om taken die geautomatiseerd worden.
nl automatiseren                    | Het bedrijf zou het werk willen automatiseren met kunstmatige intelligentie.
nl vermindert de behoefte           | Automatisering vermindert de behoefte aan personeel.
nl minder behoefte aan              | Door AI is er minder behoefte aan klantenservicemedewerkers.
it sostitu*                         | L'IA sostituisce 200 operatori.
it rimpiazz*                        | I robot rimpiazzano gli operai.
it al posto d*                      | Chatbot al posto degli operatori.
it meno personale                   | Servirà meno personale.
it superflu*                        | L'IA rende superflui questi ruoli.
it ora gestisc*                     | Il call center ha tagliato 100 posti: l'IA ora gestisce metà delle chiamate.
it svolto da*                       | Il gruppo licenzia 200 giornalisti: il loro lavoro sarà svolto dall'intelligenza artificiale.
it svolti da*                       | I compiti saranno svolti dall'IA.
it svolg* il lavoro                 | L'IA svolge il lavoro di 700 operatori.
it fa il lavoro                     | L'IA fa il lavoro di 700 operatori.
it fare il lavoro                   | L'intelligenza artificiale può fare il lavoro di 500 persone.
it fanno il lavoro                  | I chatbot fanno il lavoro degli operatori.
it affidand*                        | Duolingo ha tagliato i collaboratori esterni, affidando il loro lavoro all'IA.
it affidat*                         | Il lavoro dei traduttori è stato affidato all'IA.
it al loro posto                    | Bild licenzia 200 giornalisti: al loro posto l'intelligenza artificiale.
it meno persone                     | L'intelligenza artificiale rende possibile fare le stesse cose con meno persone.
it meno dipendenti                  | Grazie all'IA la banca avrà bisogno di meno dipendenti.
it toglie il lavoro                 | Ha detto che l'AI toglie il lavoro agli esseri umani.
it tolgono il lavoro                | I robot tolgono il lavoro agli operai.
it saranno ... automatizzat*        | Le attività di routine saranno automatizzate il più possibile.
it vengono ... automatizzat*        | Molti processi vengono automatizzati.
it essere automatizzat*             | Questi compiti possono essere automatizzati.
it automatizzare                    | La banca punta ad automatizzare i processi di back office.
it riduce la necessità              | L'automazione riduce la necessità di personale.
it ridurre la necessità             | L'IA permetterà di ridurre la necessità di operatori.
pt substitu*                        | A IA substitui 200 atendentes.
pt no lugar d*                      | Robôs no lugar dos operários.
pt em vez de                        | Chatbots em vez de atendentes.
pt menos funcionários               | Serão necessários menos funcionários.
pt menos pessoas                    | A empresa precisa de menos pessoas.
pt assum*                           | A IA assume as tarefas.
pt trocar ... por                   | O Itaú quer trocar gerentes por inteligência artificial.
pt troca ... por                    | O banco troca atendentes por robôs.
pt serão ... automatizad*           | Algumas funções realizadas hoje serão automatizadas.
pt ser automatizad*                 | Estas tarefas podem ser automatizadas.
pt são automatizad*                 | Os processos são automatizados.
pt automatizar                      | O banco quer automatizar o atendimento com IA.
pt reduz a necessidade              | A automação reduz a necessidade de funcionários.
pt reduzir a necessidade            | A IA vai reduzir a necessidade de atendentes.
`);
