import { concept } from './define';

export default concept('cut_event', 'Words that by themselves say an employer is cutting jobs', `
* layoff*                           | Layoffs hit the cloud unit this week.
* lay-off*                          | The lay-offs were confirmed on Monday.
en lay off                          | Globex will lay off 300 people.
en lays off                         | Globex lays off 300 people.
en laying off                       | Globex is laying off 300 people.
en laid off                         | Globex laid off 300 people in March.
en job cut*                         | Job cuts at the bank continue.
en jobs cut                         | There were 4,000 jobs cut in the unit.
en job loss*                        | The job losses fall mostly on support teams.
en job reduction*                   | The job reductions will be finished by June.
en job elimination*                 | The job eliminations were announced in a memo.
en redundanc*                       | The bank announced 2,000 redundancies.
en made redundant                   | About 500 staff were made redundant.
en make ... redundant               | The plan will make 500 roles redundant.
en reduction in force               | The filing describes a reduction in force.
en reductions in force              | Further reductions in force may follow.
en workforce reduction*             | The workforce reduction affects 8% of staff.
en headcount reduction*             | The headcount reduction is the second this year.
en staff cuts                       | Staff cuts follow a weak quarter.
en staffing cuts                    | Staffing cuts were deeper than expected.
en downsizing                       | The downsizing will hit middle managers.
en downsize                         | The lender will downsize its call centres.
en let go of                        | The startup let go of 40 engineers.
en lets go of                       | The startup lets go of 40 engineers.
en letting go of                    | The startup is letting go of 40 engineers.
en parting ways with                | We are parting ways with 70 colleagues.
en saying goodbye to                | Today we are saying goodbye to 250 colleagues.
en fewer people                     | We will do more with fewer people.
en fewer employees                  | The company will need fewer employees.
en smaller workforce                | Expect a smaller workforce next year.
en voluntary redundanc*             | Staff were offered voluntary redundancy.
* buyout*                           | The paper offered buyouts to 100 newsroom staff.
en early retirement                 | Workers can take early retirement.
en voluntary departure*             | A voluntary departure programme opens in May.
en voluntary separation*            | The bank offered a voluntary separation programme.
en voluntary resignation*           | Krafton launched a voluntary resignation program.
en voluntary retirement*            | 2,800 employees applied for voluntary retirement.
en honorary retirement              | The carrier offered honorary retirement to staff.
de Stellenabbau*                    | Die Bank begründet die Notwendigkeit des Stellenabbaus.
de Personalabbau*                   | Die Personalabbaupläne treffen die Verwaltung.
de Jobabbau*                        | Der Jobabbau betrifft 3.000 Menschen.
de Arbeitsplatzabbau*               | Ein Arbeitsplatzabbau ist nicht geplant.
de Stellenstreichung*               | Die Stellenstreichungen treffen die Zentrale.
de Entlassung*                      | Die Entlassungen beginnen im Frühjahr.
de entlässt                         | Der Konzern entlässt 500 Mitarbeiter.
de entlassen                        | Der Konzern will 500 Mitarbeiter entlassen.
de Kündigung*                       | Die Kündigungen wurden am Montag verschickt.
de betriebsbedingte*                | Betriebsbedingte Kündigungen sind ausgeschlossen.
de Abbau von                        | Der Abbau von 3.900 Stellen ist beschlossen.
de baut ...+ ab                     | Die Postfinance baut bis zu 500 Vollzeitstellen bis Ende 2020 ab.
de bauen ...+ ab                    | Die Banken bauen in den kommenden drei Jahren Tausende Stellen ab.
de abbauen                          | Die Bank will 3.900 Stellen abbauen.
de abgebaut                         | In der Verwaltung werden 4.000 Stellen abgebaut.
de abzubauen                        | HP plant, bis 2028 bis zu 6.000 Stellen abzubauen.
de Sparprogramm                     | Das Sparprogramm kostet 2.000 Jobs.
de Freiwilligenprogramm             | Ein Freiwilligenprogramm soll den Abbau abfedern.
de Abfindungsprogramm               | Das Abfindungsprogramm läuft bis Juni.
de Vorruhestand                     | Viele Beschäftigte gehen in den Vorruhestand.
de fallen weg                       | Rund 2.000 Stellen fallen weg.
de wegfallen                        | Rund 2.000 Stellen sollen wegfallen.
de Massenentlassung*                | Massenentlassungen bei dem Softwarekonzern.
de entließ*                         | Der Verlag entließ 200 Redakteure.
de baute ...+ ab                    | Die Bank baute im vergangenen Jahr in der Verwaltung 2.000 Stellen ab.
de bauten ...+ ab                   | Die Banken bauten Tausende Stellen ab.
de kost* ... Stellen                | Künstliche Intelligenz kostet bei der Bank 500 Stellen.
de kost* ... Arbeitsplätze          | Künstliche Intelligenz kostet bei der Bank 500 Arbeitsplätze.
de kost* ... Jobs                   | Der Umbau kostete 300 Jobs.
de Mitarbeiter* weniger             | Insgesamt soll es rund 200 Mitarbeiter weniger geben.
de Beschäftigte* weniger            | Künftig hat das Werk 500 Beschäftigte weniger.
de Menschen weniger                 | Künftig arbeiten bei der Bank 2.000 Menschen weniger.
de Stellen weniger                  | Am Ende wird es 900 Stellen weniger geben.
de Arbeitsplätze weniger            | Im Werk gibt es 300 Arbeitsplätze weniger.
fr suppression* de postes           | Le groupe annonce 2 000 suppressions de postes.
fr suppression* d'emplois           | Ces suppressions d'emplois touchent la France.
fr suppression de ... postes        | Il prévoit la suppression de 4 000 à 6 000 postes.
fr suppression de ... emplois       | Il prévoit la suppression de 900 emplois.
fr réductions de personnel          | Les réductions de personnel touchent le support.
fr réduction d'effectifs             | Une réduction d'effectifs de 10 % est prévue.
fr supprimer ... postes             | La banque va supprimer 900 postes.
fr supprime ... postes              | La banque supprime 900 postes.
fr supprimer ... emplois            | Le groupe va supprimer 900 emplois.
fr supprime ... emplois             | Le groupe supprime 900 emplois.
fr licenci*                         | L'entreprise licencierait 300 salariés.
fr plan social                      | Un plan social est annoncé chez le constructeur.
fr plan de sauvegarde de l'emploi   | Un plan de sauvegarde de l'emploi a été présenté.
fr départs volontaires              | Le plan prévoit 500 départs volontaires.
fr rupture conventionnelle collective | Une rupture conventionnelle collective est ouverte.
fr réduction des effectifs          | La réduction des effectifs atteindra 10 %.
fr réduire ses effectifs            | Le groupe veut réduire ses effectifs.
fr réduit ses effectifs             | Le groupe réduit ses effectifs.
fr destruction* d'emplois           | Les destructions d'emplois se multiplient.
fr pertes d'emplois                 | Les pertes d'emplois touchent le secteur.
fr coût* ... emplois                | L'IA va coûter 500 emplois à la banque.
fr coût* ... postes                 | Le plan coûtera 300 postes.
fr postes en moins                  | Il y aura 200 postes en moins au service client.
fr emplois en moins                 | Le groupe comptera 500 emplois en moins.
fr salariés en moins                | L'usine aura 300 salariés en moins.
fr suppression d ... postes          | L'entreprise a annoncé la suppression d'environ 250 postes.
fr suppression d ... emplois         | Le plan prévoit la suppression d'environ 900 emplois.
es despid*                          | La empresa despidió a 700 empleados.
es desped*                          | Microsoft ha despedido a 15.000 empleados.
es =ERE                             | El banco presenta un ERE para 1.000 empleados.
es expediente de regulación de empleo | El expediente de regulación de empleo afecta a 800.
es recorte* de plantilla            | El recorte de plantilla será del 10 %.
es recorte* de empleo*              | Los recortes de empleo llegan a la banca.
es reducción de plantilla           | La reducción de plantilla afecta a 600 personas.
es recorta ... plantilla            | La compañía recorta su plantilla un 10 %.
es recortar ... plantilla           | La compañía va a recortar su plantilla.
es eliminar ... puestos             | Va a eliminar 2.000 puestos de trabajo.
es elimina ... puestos              | Elimina 2.000 puestos de trabajo.
es suprimir ... puestos             | El grupo va a suprimir 700 puestos.
es destrucción de empleo            | La destrucción de empleo preocupa a los sindicatos.
es bajas voluntarias                | El plan incluye bajas voluntarias.
es prejubilaci*                     | Habrá prejubilaciones a partir de los 55 años.
es pérdida de empleos               | La pérdida de empleos será gradual.
nl ontslag*                         | Bij de bank vallen honderden ontslagen.
nl ontslaat                         | Het bedrijf ontslaat 300 medewerkers.
nl banen schrappen                  | De bank gaat 900 banen schrappen.
nl schrapt ... banen                | De bank schrapt 900 banen.
nl schrapt ... functies             | De verzekeraar schrapt 300 functies.
nl schrapt ... arbeidsplaatsen      | Het concern schrapt 500 arbeidsplaatsen.
nl banenverlies                     | Het banenverlies treft vooral de klantenservice.
nl verdwijnen ... banen             | Er verdwijnen 800 banen bij de bank.
nl banen ... verdwijnen             | Bij de bank zullen 800 banen verdwijnen.
nl banen ... weg                    | Bij het bedrijf gaan 500 banen weg.
nl verloren gaan                    | Daarbij gaan negentig arbeidsplaatsen verloren gaan.
nl mes in                           | De bank zet het mes in zijn personeelsbestand.
nl afslanking                       | De afslanking raakt het hoofdkantoor.
nl vertrekregeling                  | Er komt een vrijwillige vertrekregeling.
nl inkrimpen                        | Het bedrijf gaat flink inkrimpen.
nl personeelsreductie               | De personeelsreductie bedraagt tien procent.
nl kost* ... banen                  | Kunstmatige intelligentie kost 500 banen bij de bank.
nl kost* ... arbeidsplaatsen        | De reorganisatie kostte 300 arbeidsplaatsen.
nl baanverlies                      | AI zal tot baanverlies leiden.
it licenzi*                         | Amazon licenzierà quasi 14.000 dipendenti.
it esuber*                          | Il piano prevede 1.200 esuberi.
it tagli* ... posti di lavoro       | Il gruppo taglia 900 posti di lavoro.
it taglio del personale             | Il taglio del personale è del 10%.
it tagli al personale               | Nuovi tagli al personale in banca.
it riduzione del personale          | La riduzione del personale sarà graduale.
it riduzione dell'organico          | La riduzione dell'organico riguarda 300 persone.
it esod*                            | Il piano prevede 2.000 esodi incentivati.
it meno dipendenti                  | Più robot e meno dipendenti in banca.
it meno collaboratori               | Una svolta AI-first: meno collaboratori esterni.
it meno personale                   | Con l'IA servirà meno personale.
it meno lavoratori                  | Più automazione e meno lavoratori in fabbrica.
it uscite volontarie                | Il piano prevede 500 uscite volontarie.
it uscite incentivate              | Il piano prevede 2.000 uscite incentivate entro il 2027.
it prepensionament*                 | Sono previsti prepensionamenti.
it perdita di posti di lavoro       | La perdita di posti di lavoro preoccupa i sindacati.
pt demiss*                          | As demissões atingem 10% da equipe.
pt demit*                           | A empresa demitirá 300 funcionários.
pt despedimento*                    | O banco anuncia despedimentos.
pt desligamento*                    | Os desligamentos atingem a área de suporte.
pt corte* de empregos               | Os cortes de empregos chegam à banca.
pt corte* de vagas                  | A empresa anunciou cortes de vagas.
pt corte* de funcionários           | O corte de funcionários foi de 10%.
pt corte* de pessoal                | O corte de pessoal atinge 500 pessoas.
pt programa de demissão voluntária  | O banco abriu um programa de demissão voluntária.
pt =PDV                             | O banco abriu um PDV para 2.000 funcionários.
pt redução do quadro                | A redução do quadro será de 8%.
pt perda de empregos                | A perda de empregos preocupa o sindicato.
`);
