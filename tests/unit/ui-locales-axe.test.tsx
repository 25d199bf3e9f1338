// @vitest-environment happy-dom
// The sidebar in every UI language, with every kind of counterpoint line, caveat and chart: axe finds
// nothing (colour contrast needs real layout and is checked in the browsers, in German and French),
// and no visible text is left empty.
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { UI_LANGUAGES } from '../../lib/locales';
import { translateFrom, type Messages } from '../../lib/ui/i18n';
import { mountSidebar } from '../../lib/ui/sidebar';
import { acme, everyLineViews, flagged } from './ui-fixtures';

describe.each([...UI_LANGUAGES])('the sidebar in %s', (lang) => {
  it('has no axe violations and no empty button or heading', async () => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
    const container = document.createElement('div');
    container.lang = lang;
    document.body.append(container);
    const handle = mountSidebar(container, {
      result: flagged([everyLineViews()[0]!, acme]),
      t: translateFrom(messages),
      locale: lang,
      autoOpen: true,
      onEvidence: vi.fn(),
      onCopy: vi.fn(async () => {}),
      onOpenChoice: vi.fn(),
    });
    try {
      const found = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(found.violations).toEqual([]);
      const named = [...container.querySelectorAll('button, h2, h3, h4, legend, label')].filter((el) => !el.textContent?.trim() && !el.getAttribute('aria-label'));
      expect(named).toEqual([]);
      const unsaid = [...container.querySelectorAll('.mdm-line-label, .mdm-caveat, .mdm-figure-title, .mdm-bar-label, [data-testid="unknown"]')].filter(
        // A substitution that went missing leaves "()" or a double space behind.
        (el) => !el.textContent?.trim() || /\(\)| {2}/.test(el.textContent),
      );
      expect(container.querySelectorAll('.mdm-line-label').length).toBeGreaterThan(20);
      expect(unsaid).toEqual([]);
    } finally {
      handle.unmount();
      container.remove();
    }
  });
});
