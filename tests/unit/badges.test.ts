// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadges as create, type BadgeOptions } from '../../lib/features/badges';

const terms = { amazon: ['Amazon', 'Amazon Web Services'], ibm: ['IBM'] };

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

const label = (_id: string, term: string) => `Show the numbers for ${term}`;
const createBadges = (root: Element, t: Record<string, string[]>, onOpen: (id: string) => void, options: Partial<BadgeOptions> = {}) =>
  create(root, t, onOpen, { label, ...options });

const badges = (root: ParentNode = document) => [...root.querySelectorAll('mdm-badge')];
const buttonOf = (badge: Element) => badge.shadowRoot!.querySelector('button')!;

describe('badges', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('inserts a badge right after the matched words without changing the text', () => {
    const root = page('<p>Yesterday Amazon said it would cut jobs.</p>');
    createBadges(root, terms, () => {}).scan();
    const [badge] = badges();
    expect(badge?.getAttribute('data-company')).toBe('amazon');
    expect(badge?.previousSibling?.textContent).toBe('Yesterday Amazon');
    expect(badge?.nextSibling?.textContent).toBe(' said it would cut jobs.');
    expect(root.textContent).toBe('Yesterday Amazon said it would cut jobs.');
  });

  it('matches whole words only, preferring the longest term', () => {
    const root = page('<p>Amazonian forests.</p><p>Amazon Web Services grew.</p>');
    createBadges(root, terms, () => {}).scan();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]?.previousSibling?.textContent).toBe('Amazon Web Services');
  });

  it('gives an accessible button in an open shadow root', () => {
    const root = page('<p>IBM cut jobs.</p>');
    createBadges(root, terms, () => {}).scan();
    expect(buttonOf(badges()[0]!).getAttribute('aria-label')).toBe('Show the numbers for IBM');
  });

  it('skips script, style, textarea, inputs and editable regions', () => {
    const root = page(`
      <script>var a = "Amazon";</script><style>.Amazon{}</style>
      <textarea>Amazon</textarea><input value="Amazon">
      <div contenteditable="true"><p>Amazon</p></div>`);
    createBadges(root, terms, () => {}).scan();
    expect(badges()).toHaveLength(0);
  });

  it('puts the badge after a link, not inside it', () => {
    const root = page('<p>Read about <a href="/amzn">Amazon layoffs</a> today.</p>');
    createBadges(root, terms, () => {}).scan();
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Amazon layoffs');
    expect(link.querySelector('mdm-badge')).toBeNull();
    expect(link.nextSibling?.nodeName.toLowerCase()).toBe('mdm-badge');
  });

  // Issue 18, point 6: ten badges on one story.
  it('badges the first mention of each company per section, and respects the total cap', () => {
    const root = page('<p>Amazon and IBM. Amazon again, IBM again.</p><p>Amazon.</p><p>Amazon.</p>');
    createBadges(root, terms, () => {}).scan();
    expect(badges().map((b) => b.getAttribute('data-company'))).toEqual(['amazon', 'ibm']);
    expect(badges(root.querySelector('p')!)).toHaveLength(2);

    const sections = page('<section><p>Amazon cut jobs.</p><p>Amazon again.</p></section><section><p>Later, Amazon said more.</p></section>');
    createBadges(sections, terms, () => {}).scan();
    expect([...sections.querySelectorAll('section')].map((section) => badges(section).length)).toEqual([1, 1]);

    const capped = page('<section><p>Amazon.</p></section><section><p>Amazon.</p></section><section><p>Amazon.</p></section>');
    createBadges(capped, terms, () => {}, { max: 2 }).scan();
    expect(badges()).toHaveLength(2);
  });

  it('never puts a badge inside a word: after a possessive, a compound or a domain', () => {
    for (const [html, before, after] of [
      ["<p>Amazon's shares rose.</p>", "Amazon's", ' shares rose.'],
      ['<p>Amazon’s chief spoke.</p>', 'Amazon’s', ' chief spoke.'],
      ['<p>The Amazon-owned unit cut staff.</p>', 'The Amazon-owned', ' unit cut staff.'],
      ['<p>Amazon.com cut staff.</p>', 'Amazon.com', ' cut staff.'],
      ['<p>Staff at Amazon. Then more.</p>', 'Staff at Amazon', '. Then more.'],
    ] as const) {
      const root = page(html);
      createBadges(root, terms, () => {}).scan();
      const [badge] = badges();
      expect([badge?.previousSibling?.textContent, badge?.nextSibling?.textContent]).toEqual([before, after]);
    }
  });

  it('leaves headings, lines that repeat the title, and credit lines alone', () => {
    const root = page(`
      <h1>Amazon to cut 14,000 jobs as it bets on AI</h1>
      <p class="repeat">Amazon to cut 14,000 jobs as it bets on AI</p>
      <p>With input from CNN, CNBC, BBC, Amazon</p>
      <h2>What Amazon said</h2>
      <p>Amazon said on Tuesday it would cut jobs.</p>`);
    createBadges(root, terms, () => {}, { titles: ['Amazon to cut 14,000 jobs as it bets on AI | The Ledger', 'Amazon to cut 14,000 jobs as it bets on AI'] }).scan();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.closest('p')!.textContent).toBe('Amazon said on Tuesday it would cut jobs.');
  });

  it('keeps the cap over the page\'s life when a feed removes badged items', () => {
    const root = page('');
    const controller = createBadges(root, terms, () => {}, { max: 3 });
    let made = 0;
    for (let i = 0; i < 10; i++) {
      root.replaceChildren();
      const item = document.createElement('p');
      item.textContent = 'Amazon posted again.';
      root.append(item);
      controller.scan([item]);
      made += badges().length;
    }
    expect(made).toBe(3);
    controller.clear();
    const fresh = document.createElement('p');
    fresh.textContent = 'Amazon once more.';
    root.append(fresh);
    controller.scan([fresh]);
    expect(badges()).toHaveLength(1);
  });

  it('is idempotent, and scan(nodes) handles only the new nodes', () => {
    const root = page('<p>Amazon cut jobs.</p>');
    const controller = createBadges(root, terms, () => {});
    controller.scan();
    controller.scan();
    expect(badges()).toHaveLength(1);

    const added = document.createElement('p');
    added.textContent = 'IBM too.';
    root.append(added);
    const untouched = document.createElement('p');
    untouched.textContent = 'IBM elsewhere.';
    root.append(untouched);
    controller.scan([added]);
    expect(badges(added)).toHaveLength(1);
    expect(badges(untouched)).toHaveLength(0);
    controller.scan(badges()); // our own badges coming back from a MutationObserver
    expect(badges()).toHaveLength(2);
  });

  it('clear removes every badge and restores the original text nodes', () => {
    const root = page('<p>Amazon and IBM cut jobs.</p>');
    const controller = createBadges(root, terms, () => {});
    controller.scan();
    expect(badges()).toHaveLength(2);
    controller.clear();
    expect(badges()).toHaveLength(0);
    const p = root.querySelector('p')!;
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe('Amazon and IBM cut jobs.');
  });

  it('calls onOpen on click and on Enter, without the page seeing the click', () => {
    const root = page('<p>IBM cut jobs.</p>');
    const onOpen = vi.fn();
    const pageClick = vi.fn();
    root.addEventListener('click', pageClick);
    createBadges(root, terms, onOpen).scan();
    const button = buttonOf(badges()[0]!);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpen.mock.calls).toEqual([['ibm'], ['ibm']]);
    expect(pageClick).not.toHaveBeenCalled();
  });
});
