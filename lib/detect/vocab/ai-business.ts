import { concept } from './define';

export default concept('ai_business', 'AI as a business, product or name rather than a cause', `
* OpenAI                            | OpenAI released a new model.
* Anthropic                         | Anthropic raised new funding.
* Nvidia                            | Nvidia sells the chips.
* =xAI                              | xAI is hiring engineers.
* Scale AI                          | Scale AI cut 14% of its staff.
* DeepMind                          | DeepMind published a paper.
* data cent*                        | The company is building data centers.
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
fr start-up d'IA                    | La start-up d'IA licencie.
fr entreprise d'IA                   | L'entreprise d'IA licencie.
fr société d'IA                      | La société d'IA supprime des postes.
fr start-up d'intelligence artificielle | La start-up d'intelligence artificielle licencie.
fr spécialiste de l'IA               | Le spécialiste de l'IA supprime des postes.
fr modèle d'IA                      | Le modèle d'IA est disponible.
fr experts en IA                    | La banque recrute des experts en IA.
fr spécialistes de l'IA             | Le groupe embauche des spécialistes de l'IA.
fr ingénieurs en IA                 | Le groupe recrute des ingénieurs en IA.
es empresa de IA                    | La empresa de IA despide a 50.
es startup de IA                     | La startup de IA despide a 50.
es empresa de inteligencia artificial | La empresa de inteligencia artificial despide a 50.
es modelo de IA                     | El modelo de IA ya está disponible.
es expertos en IA                   | El banco contrata expertos en IA.
es ingenieros de IA                 | La empresa busca ingenieros de IA.
nl AI-bedrijf                       | Het AI-bedrijf ontslaat mensen.
nl AI-startup                        | De AI-startup ontslaat mensen.
nl AI-experts                       | De bank neemt AI-experts aan.
nl AI-specialisten                  | Het bedrijf zoekt AI-specialisten.
it modello di IA                    | Il modello di IA è disponibile.
it azienda di IA                     | L'azienda di IA taglia posti.
it startup di IA                     | La startup di IA licenzia.
it startup di intelligenza artificiale | La startup di intelligenza artificiale licenzia.
it esperti di IA                    | La banca assume esperti di IA.
it esperti di intelligenza artificiale | La banca assume esperti di intelligenza artificiale.
pt empresa de IA                    | A empresa de IA demite 50.
pt startup de IA                     | A startup de IA demite 50.
pt startup de inteligência artificial | A startup de inteligência artificial demitiu 500.
pt especialistas em IA              | O banco contrata especialistas em IA.
pt engenheiros de IA                | A empresa contrata engenheiros de IA.
`);
