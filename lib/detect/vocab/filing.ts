import { concept } from './define';

export default concept('filing', 'The marks of a filing that reports job cuts (its title is often only a form number)', `
en 8-K                              | FORM 8-K CURRENT REPORT
en Item 2.05                        | Item 2.05 Costs Associated with Exit or Disposal Activities.
en exit or disposal                 | Costs associated with exit or disposal activities.
en Form 6-K                         | Report of Foreign Private Issuer on Form 6-K.
de Ad-hoc-Mitteilung                | Ad-hoc-Mitteilung nach Artikel 17 MAR.
fr communiqué de presse             | Communiqué de presse : plan de transformation.
`);
