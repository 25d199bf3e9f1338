// Drops <script> (but not JSON-LD), <style> and comments from an HTML string before Node parses
// it: they are most of a modern page's bytes, none of its text, and linkedom pays for each node
// again when Readability clones the tree. Linear time: an unclosed element runs to the end, as in
// a browser, and attributes are only scanned so far.
const OPENER = /<(script|style)\b([^>]{0,500})>|<!--/gi;
const CLOSER = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, comment: /-->/g };

export function stripNonText(html: string): string {
  const kept: string[] = [];
  let from = 0;
  OPENER.lastIndex = 0;
  for (let open = OPENER.exec(html); open; open = OPENER.exec(html)) {
    const tag = (open[1]?.toLowerCase() ?? 'comment') as keyof typeof CLOSER;
    const closer = CLOSER[tag];
    closer.lastIndex = OPENER.lastIndex;
    const close = closer.exec(html);
    const end = close ? closer.lastIndex : html.length;
    if (!(tag === 'script' && /ld\+json/i.test(open[2] ?? ''))) {
      kept.push(html.slice(from, open.index));
      from = end;
    }
    if (!close) break;
    OPENER.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
