import { concept } from './define';

export default concept('ai_business', 'AI as a business, product or name rather than a cause', `
* OpenAI                            | OpenAI released a new model.
* Anthropic                         | Anthropic raised new funding.
* Nvidia                            | Nvidia sells the chips.
* =xAI                              | xAI is hiring engineers.
* Scale AI                          | Scale AI cut 14% of its staff.
* DeepMind                          | DeepMind published a paper.
* data cent*                        | The company is building data centers.
* Chief AI Officer                  | The company's Chief AI Officer announced the cuts in a memo.
* Rechenzent*                       | Der Konzern baut Rechenzentren.
* =GPU*                             | GPUs are scarce.
en AI startup*                      | The AI startup cut half its staff.
en AI compan*                       | The AI company laid off workers.
en AI firm*                          | The AI firm laid off 30% of staff.
en AI developer*                     | The AI developer cut jobs.
en AI unicorn                        | The German AI unicorn cut staff.
en artificial intelligence startup*   | Elon Musk's artificial intelligence startup cut 500 jobs.
en artificial intelligence compan*    | The artificial intelligence company laid off staff.
en AI unit                          | Layoffs hit the AI unit.
en AI division                      | The AI division was reorganised.
en AI team*                         | Meta cut 600 people from its AI teams.
en AI lab*                          | The AI lab lost key researchers.
en AI research*                     | AI researchers were let go.
en AI chip*                         | Demand for AI chips soared.
en AI infrastructure                | It spends billions on AI infrastructure.
en AI boom                          | The AI boom lifted the shares.
en AI bubble                        | Investors fear an AI bubble.
en AI race                          | The AI race is costly.
en AI trend*                        | The company failed to capitalise on AI trends.
en AI market*                       | It lost ground in the AI market.
en AI opportunit*                   | The chipmaker missed the AI opportunity.
en AI demand                        | AI demand lifted rivals' sales.
en capitali* on ... AI              | Its inability to capitalise on the AI boom.
en AI spending                      | AI spending keeps rising.
en AI investment*                   | AI investments weigh on margins.
en AI model*                        | The AI model was released on Monday.
en AI product*                      | The firm sells AI products.
en AI tools                         | The firm sells AI tools to banks.
en AI organization                  | Cuts hit its AI organization.
en artificial intelligence unit     | Meta is cutting 600 roles in its artificial intelligence unit.
en artificial intelligence division | Cuts hit the artificial intelligence division.
en artificial intelligence team*    | Cuts hit its artificial intelligence teams.
en artificial intelligence lab*     | The artificial intelligence lab lost staff.
en superintelligence lab*           | Cuts hit Meta Superintelligence Labs.
en artificial intelligence organization | Cuts hit its artificial intelligence organization.
en AI tutor*                        | The layoffs targeted generalist AI tutors.
en AI trainer*                      | Contract AI trainers were let go.
en AI engineer*                     | The bank is hiring AI engineers.
en AI expert*                       | Lloyds is hiring 300 AI experts.
en AI specialist*                   | It hired AI specialists.
en AI talent                        | The race for AI talent is costly.
en sells ... AI                     | A startup that sells AI voice agents.
en maker of ... AI                  | A maker of AI chips.
en provider of ... AI               | A provider of AI tools.
de KI-Start*                        | Das KI-Startup entlässt Mitarbeiter.
de KI-Unternehmen                    | Das KI-Unternehmen Aleph Alpha baut Stellen ab.
de KI-Firma                          | Die KI-Firma entlässt Mitarbeiter.
de KI-Konzern                         | Der KI-Konzern streicht Stellen.
de KI-Entwickler                      | Der KI-Entwickler baut Stellen ab.
de KI-Modell*                       | Das KI-Modell wurde vorgestellt.
de KI-Expert*                       | Die Bank stellt KI-Experten ein.
de KI-Spezialist*                   | Gesucht werden KI-Spezialisten.
de KI-Fachkräfte                    | Der Konzern wirbt KI-Fachkräfte an.
de KI-Investition*                  | Die KI-Investitionen steigen.
de KI-Abteilung                     | Meta streicht 600 Stellen in seiner KI-Abteilung.
de KI-Sparte                        | Der Konzern baut in seiner KI-Sparte 600 Stellen ab.
de KI-Einheit                       | Die Kürzungen treffen die KI-Einheit des Konzerns.
de KI-Team*                         | Meta entlässt 600 Mitarbeiter aus seinen KI-Teams.
de KI-Labor*                        | Das KI-Labor des Konzerns verliert 600 Stellen.
fr start-up d'IA                    | La start-up d'IA licencie.
fr entreprise d'IA                   | L'entreprise d'IA licencie.
fr société d'IA                      | La société d'IA supprime des postes.
fr start-up d'intelligence artificielle | La start-up d'intelligence artificielle licencie.
fr spécialiste de l'IA               | Le spécialiste de l'IA supprime des postes.
fr modèle d'IA                      | Le modèle d'IA est disponible.
fr experts en IA                    | La banque recrute des experts en IA.
fr spécialistes de l'IA             | Le groupe embauche des spécialistes de l'IA.
fr ingénieurs en IA                 | Le groupe recrute des ingénieurs en IA.
fr division IA                      | Meta supprime 600 postes dans sa division IA.
fr division d'IA                    | Meta supprime 600 postes dans sa division d'IA.
fr division d'intelligence artificielle | Meta supprime 600 postes dans sa division d'intelligence artificielle.
fr unité d'IA                       | Les suppressions touchent l'unité d'IA du groupe.
fr équipes d'IA                     | Meta supprime 600 postes dans ses équipes d'IA.
fr équipes IA                       | Meta supprime 600 postes dans ses équipes IA.
fr laboratoire d'IA                 | Le laboratoire d'IA du groupe perd 600 postes.
es empresa de IA                    | La empresa de IA despide a 50.
es startup de IA                     | La startup de IA despide a 50.
es empresa de inteligencia artificial | La empresa de inteligencia artificial despide a 50.
es modelo de IA                     | El modelo de IA ya está disponible.
es expertos en IA                   | El banco contrata expertos en IA.
es ingenieros de IA                 | La empresa busca ingenieros de IA.
es división de IA                   | Meta despide a 600 empleados de su división de IA.
es división de inteligencia artificial | Meta despide a 600 empleados de su división de inteligencia artificial.
es unidad de IA                     | Los despidos afectan a la unidad de IA de Meta.
es equipo de IA                     | Meta recorta 600 puestos en su equipo de IA.
es equipos de IA                    | Meta recorta 600 puestos en sus equipos de IA.
es laboratorio de IA                | El laboratorio de IA de Meta pierde 600 puestos.
nl AI-bedrijf                       | Het AI-bedrijf ontslaat mensen.
nl AI-startup                        | De AI-startup ontslaat mensen.
nl AI-experts                       | De bank neemt AI-experts aan.
nl AI-specialisten                  | Het bedrijf zoekt AI-specialisten.
nl AI-divisie                       | Meta schrapt 600 banen in zijn AI-divisie.
nl AI-afdeling                      | Meta schrapt 600 banen op zijn AI-afdeling.
nl AI-tak                           | Meta schrapt 600 banen in zijn AI-tak.
nl AI-team*                         | Meta ontslaat 600 medewerkers uit zijn AI-teams.
it modello di IA                    | Il modello di IA è disponibile.
it azienda di IA                     | L'azienda di IA taglia posti.
it startup di IA                     | La startup di IA licenzia.
it startup di intelligenza artificiale | La startup di intelligenza artificiale licenzia.
it esperti di IA                    | La banca assume esperti di IA.
it esperti di intelligenza artificiale | La banca assume esperti di intelligenza artificiale.
it divisione di IA                  | Meta taglia 600 posti nella sua divisione di IA.
it divisione IA                     | Meta taglia 600 posti nella sua divisione IA.
it divisione di intelligenza artificiale | Circa 600 dipendenti della divisione di intelligenza artificiale di Meta saranno licenziati.
it divisione per l'intelligenza artificiale | Meta taglia 600 posti nella sua divisione per l'intelligenza artificiale.
it unità di IA                      | I tagli colpiscono l'unità di IA del gruppo.
it team di IA                       | Meta licenzia 600 dipendenti dei suoi team di IA.
it laboratorio di IA                | Il laboratorio di IA di Meta perde 600 posti.
pt empresa de IA                    | A empresa de IA demite 50.
pt startup de IA                     | A startup de IA demite 50.
pt startup de inteligência artificial | A startup de inteligência artificial demitiu 500.
pt especialistas em IA              | O banco contrata especialistas em IA.
pt engenheiros de IA                | A empresa contrata engenheiros de IA.
pt divisão de IA                    | A Meta demite 600 funcionários da sua divisão de IA.
pt divisão de inteligência artificial | A Meta demite 600 funcionários da sua divisão de inteligência artificial.
pt unidade de IA                    | Os cortes atingem a unidade de IA da Meta.
pt equipe de IA                     | A Meta corta 600 vagas na sua equipe de IA.
pt equipes de IA                    | A Meta corta 600 vagas nas suas equipes de IA.
pt equipa de IA                     | A Meta corta 600 postos na sua equipa de IA.
pt laboratório de IA                | O laboratório de IA da Meta perde 600 vagas.
`);
