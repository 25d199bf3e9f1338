// The background is woken while a page loads only when its headline may be an AI-layoff story and
// the extension is on there (lib/ext/wake-background.ts).
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wakeBackgroundFor } from '../../lib/ext/wake-background';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';

const page = (title: string) => parseHTML(`<html><head><title>${title}</title></head><body><p>Text.</p></body></html>`).document as unknown as Document;
const on: Settings = { ...DEFAULT_SETTINGS };

describe('wakeBackgroundFor', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => { sent.push(message); }) as never);
  });

  it('wakes the background for a headline that may be an AI-layoff story', async () => {
    expect(await wakeBackgroundFor(page('Globex to cut 4,000 jobs as AI takes over customer support'), 'https://news.example/globex', Promise.resolve(on))).toBe(true);
    expect(sent).toEqual([{ type: 'wake' }]);
  });

  it('sends nothing for an ordinary headline', async () => {
    expect(await wakeBackgroundFor(page('The best pasta recipes for a weeknight'), 'https://food.example/pasta', Promise.resolve(on))).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends nothing where the extension is off, globally or for the site', async () => {
    const story = page('Globex to cut 4,000 jobs as AI takes over customer support');
    expect(await wakeBackgroundFor(story, 'https://news.example/globex', Promise.resolve({ ...on, enabled: false }))).toBe(false);
    expect(await wakeBackgroundFor(story, 'https://news.example/globex', Promise.resolve({ ...on, disabledSites: ['news.example'] }))).toBe(false);
    expect(sent).toEqual([]);
  });

  it('stays quiet when the background cannot be reached', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(wakeBackgroundFor(page('Globex to cut 4,000 jobs as AI takes over customer support'), 'https://news.example/globex', Promise.resolve(on))).resolves.toBe(true);
  });
});
