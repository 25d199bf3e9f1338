// The reader part is asked for while a page loads only when its headline may be an AI-layoff story
// and the extension is on there (lib/ext/early-reader.ts); the quick check's later request then
// asks only for what is still missing.
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReaderEarly } from '../../lib/ext/early-reader';
import { loadPart, providePart, type PageReader } from '../../lib/ext/page-ui';
import type { UiPart } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';

const page = (title: string) => parseHTML(`<html><head><title>${title}</title></head><body><p>Text.</p></body></html>`).document as unknown as Document;
const on: Settings = { ...DEFAULT_SETTINGS };
const story = 'Globex to cut 4,000 jobs as AI takes over customer support';
const reader: PageReader = { readPage: () => ({ url: '', title: '', text: '', kind: 'unknown' }) };

describe('loadReaderEarly', () => {
  let sent: unknown[];
  beforeEach(() => {
    delete (globalThis as Record<string, unknown>).__mathDoesntMathParts;
    fakeBrowser.reset();
    sent = [];
    // The background injects the parts asked for; the reader provides itself as it runs.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { parts: UiPart[] }) => {
      sent.push(message);
      if (message.parts.includes('reader')) providePart('reader', reader);
    }) as never);
  });

  it('asks for the reader part for a headline that may be an AI-layoff story', async () => {
    expect(await loadReaderEarly(page(story), 'https://news.example/globex', Promise.resolve(on))).toBe(true);
    expect(sent).toEqual([{ type: 'load-ui', parts: ['reader'] }]);
    // Once the page passes the quick check, only the UI part is still to come.
    expect(await loadPart('reader', 'ui')).toBe(reader);
    expect(sent).toEqual([{ type: 'load-ui', parts: ['reader'] }, { type: 'load-ui', parts: ['ui'] }]);
  });

  it('sends nothing for an ordinary headline', async () => {
    expect(await loadReaderEarly(page('The best pasta recipes for a weeknight'), 'https://food.example/pasta', Promise.resolve(on))).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends nothing where the extension is off, globally or for the site', async () => {
    expect(await loadReaderEarly(page(story), 'https://news.example/globex', Promise.resolve({ ...on, enabled: false }))).toBe(false);
    expect(await loadReaderEarly(page(story), 'https://news.example/globex', Promise.resolve({ ...on, disabledSites: ['news.example'] }))).toBe(false);
    expect(sent).toEqual([]);
  });

  it('stays quiet when the background cannot be reached, and the page asks again once checked', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(loadReaderEarly(page(story), 'https://news.example/globex', Promise.resolve(on))).resolves.toBe(true);
    expect(await loadPart('reader', 'ui')).toBe(reader);
    expect(sent).toEqual([{ type: 'load-ui', parts: ['reader', 'ui'] }]);
  });
});
