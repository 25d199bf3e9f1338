import { concept } from './define';

// Machines doing the employer's own work, with no word for AI: "processes are automated", robots in
// the warehouse. The labels count it as the cut's cause as they count AI, so every reading of AI reads
// these words too (features.ts joins them); kept apart so the model can weigh a cut tied only to
// automation on its own.
export default concept('automation', 'Automation and robots (read as AI, weighed apart)', `
en automat*                         | Automation will replace 200 roles.
en robot*                           | Robots now pack the orders.
de Automatisierung                  | Die Automatisierung kostet Stellen.
de automatisier*                    | Prozesse werden automatisiert.
de Roboter                          | Roboter übernehmen die Lagerarbeit.
fr automatisation                   | L'automatisation menace ces emplois.
fr automatis*                       | Les tâches seront automatisées.
fr robot*                           | Des robots remplacent les caristes.
es automatizaci*                    | La automatización destruye empleos.
es automatiz*                       | Los procesos se automatizan.
es robot*                           | Los robots sustituyen a los operarios.
nl automatiser*                     | Het bedrijf gaat processen automatiseren.
nl geautomatiseerd                  | Het werk wordt geautomatiseerd.
nl automatisering                   | Door automatisering verdwijnen banen.
nl robot*                           | Robots nemen het werk over.
it automazione                      | L'automazione riduce il personale.
it automatizz*                      | I processi vengono automatizzati.
it robot                            | I robot sostituiscono gli operai.
pt automação                        | A automação elimina vagas.
pt automatiza*                      | Os processos são automatizados.
pt robô*                            | Robôs substituem operários.
`);
