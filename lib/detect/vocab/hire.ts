import { concept } from './define';

// A page whose own news is hiring ("Lloyds is hiring 300 AI experts", "Infosys to hire 20,000 freshers") often recalls
// earlier cuts or someone else's: hiring up top says the cut is background. A hiring freeze is `freeze`, not this.
export default concept('hire', 'Hiring or creating jobs', `
en hire                             | Infosys plans to hire 20,000 freshers this year.
en hires                            | The bank hires 300 AI experts.
en hiring                           | Lloyds is hiring 300 AI experts.
en recruit*                         | The group will recruit 1,000 engineers.
en new jobs                         | The plant will bring 500 new jobs.
en creat* ... jobs                  | The investment will create 2,000 jobs.
en add* ... jobs                    | The retailer will add 5,000 jobs.
en job openings                     | The firm posted 2,000 job openings.
de einstell*                        | Die Bank will 300 KI-Experten einstellen.
de stellt ... ein                   | Der Konzern stellt 500 Ingenieure ein.
de Neueinstellung*                  | Der Konzern plant 2.000 Neueinstellungen.
de neue Stellen                     | Das Werk schafft 500 neue Stellen.
de neue Arbeitsplätze               | Die Investition bringt 500 neue Arbeitsplätze.
de schafft ... Stellen              | Das Unternehmen schafft 500 Stellen.
de rekrutier*                       | Die Bank rekrutiert KI-Fachleute.
fr embauch*                         | Le groupe va embaucher 1 000 ingénieurs.
fr recrut*                          | La banque recrute 300 experts en IA.
fr créer ... emplois                | L'usine doit créer 500 emplois.
fr création* ... emplois            | Le plan prévoit la création de 500 emplois.
fr nouveaux emplois                 | L'investissement apporte 500 nouveaux emplois.
es contratar*                       | La empresa va a contratar 1.000 ingenieros.
es contrata                         | El banco contrata 300 expertos en IA.
es contratará                       | La empresa contratará 1.000 personas.
es contrataciones                   | La empresa anunció 500 nuevas contrataciones.
es reclut*                          | El banco recluta expertos en IA.
es crear* ... empleos               | La planta creará 500 empleos.
es nuevos empleos                   | La inversión traerá 500 nuevos empleos.
nl aannemen                         | De bank wil 300 AI-experts aannemen.
nl neemt ... aan                    | Het bedrijf neemt 500 nieuwe medewerkers aan.
nl werft ... aan                    | De bank werft 300 programmeurs aan.
nl werven                           | Het bedrijf wil 500 mensen werven.
nl nieuwe banen                     | De fabriek levert 500 nieuwe banen op.
nl vacatures                        | Het bedrijf heeft 2.000 vacatures.
nl in dienst nemen                  | Het bedrijf wil 500 mensen in dienst nemen.
it assumer*                         | Il gruppo assumerà 1.000 ingegneri.
it assunzion*                       | La banca prevede 500 nuove assunzioni.
it reclut*                          | La banca recluta esperti di IA.
it nuovi posti                      | L'investimento porta 500 nuovi posti di lavoro.
it crea* ... posti                  | Il nuovo stabilimento crea 500 posti di lavoro.
pt contratar                        | A empresa vai contratar 1.000 engenheiros.
pt contrata                         | O banco contrata 300 especialistas em IA.
pt contratações                     | A empresa anunciou 500 novas contratações.
pt recrut*                          | O banco recruta especialistas em IA.
pt novas vagas                      | A fábrica abre 500 novas vagas.
pt cria* ... empregos               | A fábrica vai criar 500 empregos.
pt novos empregos                   | O investimento traz 500 novos empregos.
`);
