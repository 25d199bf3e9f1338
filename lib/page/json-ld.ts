// JSON-LD blocks flattened into a list of objects: pages nest them in arrays and @graph.

export type JsonLdNode = Record<string, unknown>;

export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  return nodes;
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (isNode(value)) {
    into.push(value);
    if ('@graph' in value) collect(value['@graph'], into);
  }
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null;
}

/** The node's @type values ("NewsArticle"), without any schema.org prefix. */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

/** A string property, or the `name` of an object property (publisher: {name}). */
export function jsonLdString(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['name'] === 'string') return value['name'];
  return undefined;
}
