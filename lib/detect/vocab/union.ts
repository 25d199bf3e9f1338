import { concept } from './define';

export default concept('union', 'Unions and staff representatives, who speak for the workers', `
en union*                           | The union said AI is behind the cuts.
en works council                    | The works council was informed.
en labor group*                     | Labor groups criticised the plan.
de Gewerkschaft*                    | Die Gewerkschaft kritisiert den Abbau.
de Betriebsrat                      | Der Betriebsrat wurde informiert.
de =Verdi                           | Verdi kritisiert den Stellenabbau.
de =IG Metall                       | Die IG Metall protestiert.
fr syndicat*                        | Les syndicats dénoncent le plan.
fr =CGT                             | La CGT dénonce le plan.
fr =CFDT                            | La CFDT demande des garanties.
fr représentants du personnel       | Les représentants du personnel ont été consultés.
es sindicato*                       | Los sindicatos critican el ERE.
es =CCOO                            | CCOO rechaza el ERE.
es =UGT                             | UGT negocia el ERE.
es comité de empresa                | El comité de empresa fue informado.
nl vakbond*                         | De vakbond is kritisch.
nl =FNV                             | De FNV protesteert.
nl ondernemingsraad                 | De ondernemingsraad is ingelicht.
it sindacat*                        | I sindacati protestano.
it =CGIL                            | La Cgil protesta. La CGIL protesta.
it =Fiom                            | La Fiom protesta.
pt sindicato*                       | O sindicato critica as demissões.
`);
