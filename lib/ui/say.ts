// Says what the math says (lib/math/message.ts) in the reader's language: the message from
// messages.json, its numbers and periods formatted by Intl for the reader's locale, its nested
// messages said the same way. The sidebar, the share card and the copied text all say it here.
import { formatPeriod, formatValue } from '../math/format';
import { isMessage, type Arg, type Message } from '../math/message';
import type { Translate } from './i18n';

export type Say = (message: Message) => string;

function argText(arg: Arg, say: Say, locale: string): string {
  if (typeof arg === 'string') return arg;
  if (isMessage(arg)) return say(arg);
  if ('period' in arg) return formatPeriod(arg.period, locale);
  // Numbers in words and formulas are given in full, for a reader to check by hand.
  return formatValue(arg.value, arg.format, { currency: arg.currency, locale, precise: true });
}

export function sayWith(t: Translate, locale: string): Say {
  const say: Say = (message) => t(message.key, message.args.map((arg: Arg) => argText(arg, say, locale)));
  return say;
}
