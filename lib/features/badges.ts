// Badges: the first mention of each company the sidebar has a panel for, in each section of the
// article, gets a small button placed right after the word, which opens the sidebar on that
// company. Never inside a word ("Amazon's" is badged after the "'s"), nor in headings, lines that
// repeat the page's title, or credit lines ("With input from CNN, CNBC, BBC, Amazon"). The page's
// text is never replaced: a text node is split at most, and abort joins it back. New content (a
// feed, a late paragraph) is badged as it comes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { escapeRegExp } from '../escape-regexp';
import type { PageResult } from '../messages';
import { BADGE_TAG, SIDEBAR_TAG } from '../own-elements';
import { panelCompanies, UNLISTED_ID } from '../page-status';
import { articleRoot, BLOCK_SELECTOR } from '../page/blocks';
import { isCreditLine } from '../page/credit-lines';
import { TITLE_SEPARATOR, titleLines } from '../page/metadata';
import { createBadgeElement, removeBadge } from '../ui/badge/badge-element';
import type { Translate } from '../ui/i18n';
import { later, onAbort } from './lifetime';

export interface BadgesOptions {
  result: PageResult;
  t: Translate;
  onOpen(companyId: string): void;
}

const MUTATION_DEBOUNCE_MS = 150;
const MAX_ADDED_NODES_PER_BATCH = 500;

export function start(ctx: ContentScriptContext, signal: AbortSignal, { result, t, onOpen }: BadgesOptions): void {
  const root = articleRoot(document);
  if (!root) return;
  const names = new Map(panelCompanies(result).map((c) => [c.id, c.name]));
  const badges = createBadges(root, badgeTerms(result), onOpen, {
    label: (id, term) => t(id === UNLISTED_ID ? 'badgeLabelUnlisted' : 'badgeLabel', names.get(id) ?? term),
    titles: titleLines(document).flatMap((line) => [line, ...line.split(TITLE_SEPARATOR)]),
  });
  // In a task of their own: the sidebar's mount and the page's relayout around new badges would
  // otherwise make one long task, and the sidebar need not wait for the badges.
  later(ctx, signal, () => badges.scan(), 0);

  let pending: Node[] = [];
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (pending.length < MAX_ADDED_NODES_PER_BATCH) pending.push(node);
    }
    if (scheduled) return;
    scheduled = true;
    later(ctx, signal, () => {
      scheduled = false;
      const nodes = pending;
      pending = [];
      // Our own badges are mutations too; scanning them would only wake us again.
      badges.scan(nodes.filter((n) => n.isConnected && n.nodeName.toLowerCase() !== BADGE_TAG));
    }, MUTATION_DEBOUNCE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  onAbort(signal, () => {
    observer.disconnect();
    badges.clear();
  });
}

/** Only the companies the sidebar has a panel for, by the words the page names them with: a badge
 * must lead somewhere. A cutting company outside the dataset goes by its name too. */
function badgeTerms(result: PageResult): Record<string, string[]> {
  const terms: Record<string, string[]> = {};
  for (const company of result.analysis.companies) {
    if (result.views.some((view) => view.id === company.id)) terms[company.id] = company.terms;
  }
  const { unlisted } = result;
  if (unlisted) {
    const named = result.analysis.companies.filter((c) => c.name === unlisted.name && !terms[c.id]);
    terms[UNLISTED_ID] = [unlisted.name, ...named.flatMap((c) => c.terms)];
  }
  return terms;
}

export interface BadgeController {
  /** Badges new matches under the given nodes (default: the whole root). Safe to call repeatedly. */
  scan(nodes?: Node[]): void;
  /** Removes every badge and restores the text nodes as they were. */
  clear(): void;
}

export interface BadgeOptions {
  /** Accessible name of a badge: the translated "Show the numbers for $1". */
  label(companyId: string, term: string): string;
  /** Most badges placed over the page's life (until clear()), so an endless feed cannot keep us busy. */
  max?: number;
  /** The page's title lines: a paragraph that repeats one is not the story. */
  titles?: string[];
}

// Never badge inside these: code, form fields, editors, hidden text, headings, our own UI.
const SKIP = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre',
  'svg', 'math', 'iframe', '[contenteditable]:not([contenteditable="false"])', '[hidden]', '[aria-hidden="true"]',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role="heading"]', BADGE_TAG, SIDEBAR_TAG,
].join(',');
/** A company is badged once per section of the article. */
const SECTION = 'section, article, aside, main';
/** What follows a name inside the same word: "'s", "’s", "-owned", ".com". */
const WORD_TAIL = /^(?:[-.'’][\p{L}\p{N}]+)*/u;
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const DEFAULT_MAX = 50;
/** Shorter title segments ("News", a site's name) say nothing about a paragraph. */
const MIN_TITLE_CHARS = 12;

interface Placed {
  badge: Element;
  /** The text node splitText created after the badge, joined back on clear(). */
  rest: Text | null;
}

interface Match {
  companyId: string;
  term: string;
  end: number;
}

export function createBadges(
  root: Element,
  terms: Record<string, string[]>,
  onOpen: (companyId: string) => void,
  options: BadgeOptions,
): BadgeController {
  const { label } = options;
  const max = options.max ?? DEFAULT_MAX;
  const titles = new Set((options.titles ?? []).map(normalize).filter((title) => title.length >= MIN_TITLE_CHARS));
  const companyOf = new Map<string, string>();
  for (const [companyId, surfaces] of Object.entries(terms)) {
    for (const term of surfaces) if (term.trim() && !companyOf.has(term)) companyOf.set(term, companyId);
  }
  // Longest first, so "Amazon Web Services" wins over "Amazon"; whole words only.
  const alternatives = [...companyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
    : null;
  let placed: Placed[] = [];
  let created = 0;

  const within = (text: Text, selector: string): Element => {
    const found = text.parentElement?.closest(selector);
    return found && root.contains(found) ? found : root;
  };
  const hasBadge = (section: Element, companyId: string) =>
    section.querySelector(`${BADGE_TAG}[data-company="${CSS.escape(companyId)}"]`) !== null;
  // Whether a paragraph is the story's own text, once per paragraph.
  const storyText = new WeakMap<Element, boolean>();
  const isStory = (block: Element): boolean => {
    let story = storyText.get(block);
    if (story === undefined) {
      const text = normalize(block.textContent ?? '');
      story = block === root || (!titles.has(text) && !isCreditLine(text));
      storyText.set(block, story);
    }
    return story;
  };

  function textNodesUnder(node: Node): Text[] {
    if (!root.contains(node)) return [];
    if (node instanceof Text) return node.parentElement?.closest(SKIP) ? [] : [node];
    if (!(node instanceof Element) || node.closest(SKIP)) return [];
    const found: Text[] = [];
    const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n instanceof Element ? (n.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n as Text);
    return found;
  }

  /** The matches to badge in one text node: the first per company, unless its section has one. */
  function matchesIn(text: Text): Match[] {
    if (!pattern || !isStory(within(text, BLOCK_SELECTOR))) return [];
    const section = within(text, SECTION);
    const seen = new Set<string>();
    const matches: Match[] = [];
    for (const m of text.data.matchAll(pattern)) {
      const companyId = companyOf.get(m[0]);
      if (!companyId || seen.has(companyId) || hasBadge(section, companyId)) continue;
      seen.add(companyId);
      const end = m.index + m[0].length;
      matches.push({ companyId, term: m[0], end: end + (WORD_TAIL.exec(text.data.slice(end))?.[0].length ?? 0) });
    }
    return matches;
  }

  function place(text: Text, match: Match): void {
    const badge = createBadgeElement(text.ownerDocument, match.companyId, label(match.companyId, match.term), () =>
      onOpen(match.companyId),
    );
    // Inside a link the badge goes after the link, so the link keeps its text and target.
    const link = text.parentElement?.closest('a');
    if (link && root.contains(link)) {
      link.after(badge);
      placed.push({ badge, rest: null });
      return;
    }
    const rest = match.end < text.length ? text.splitText(match.end) : null;
    text.parentNode?.insertBefore(badge, rest ?? text.nextSibling);
    placed.push({ badge, rest });
  }

  return {
    scan(nodes = [root]) {
      placed = placed.filter((p) => p.badge.isConnected);
      for (const text of nodes.flatMap(textNodesUnder)) {
        // Right to left, so the offsets of earlier matches stay valid after each split.
        for (const match of matchesIn(text).reverse()) {
          if (created >= max) return;
          created++;
          place(text, match);
        }
      }
    },
    clear() {
      for (const { badge, rest } of placed.reverse()) removeBadge(badge, rest);
      placed = [];
      created = 0;
    },
  };
}
