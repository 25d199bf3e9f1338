// All UI text goes through a Translate function: in the extension it is browser.i18n.getMessage,
// in tests and tools translateFrom() reads the same messages.json.

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Messages = Record<string, MessageEntry>;

/** The browser's rules: "$name$" → its placeholder's content, then "$1".."$9" → substitutions,
 * "$$" → "$"; an unknown key gives "" (as getMessage does). */
export function translateFrom(messages: Messages): Translate {
  const byLowerKey = new Map(Object.entries(messages).map(([key, entry]) => [key.toLowerCase(), entry]));
  return (key, substitutions) => {
    const entry = byLowerKey.get(key.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
      .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
