// The reader and UI parts of the content script: asked for in one message, injected once, each
// ready as soon as it has run (lib/ext/page-ui.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPart, providePart, type PageReader, type PageUi } from '../../lib/ext/page-ui';
import type { UiPart } from '../../lib/messages';

const reader: PageReader = { readPage: () => ({ url: '', title: '', text: '', kind: 'unknown' }) };
const ui: PageUi = { show: async () => ({ settingsChanged: () => undefined }) };
const apis = { reader, ui };

describe('loadPart', () => {
  let asked: UiPart[][];
  beforeEach(() => {
    delete (globalThis as Record<string, unknown>).__mathDoesntMathParts;
    fakeBrowser.reset();
    asked = [];
    // The background injects each part asked for, in order; each provides itself as it runs.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { parts: UiPart[] }) => {
      asked.push(message.parts);
      for (const part of message.parts) providePart(part, apis[part] as never);
    }) as never);
  });

  it('asks for the reader and the UI part in one message, and the UI part is not asked for again', async () => {
    expect(await loadPart('reader', 'ui')).toBe(reader);
    expect(await loadPart('ui')).toBe(ui);
    expect(await loadPart('reader', 'ui')).toBe(reader);
    expect(asked).toEqual([['reader', 'ui']]);
  });

  it('asks only for the parts not yet in the frame', async () => {
    providePart('reader', reader);
    expect(await loadPart('reader', 'ui')).toBe(reader);
    expect(asked).toEqual([['ui']]);
  });

  it('is ready as soon as the part has run, before the background answers', async () => {
    let answer!: () => void;
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementationOnce(((message: { parts: UiPart[] }) => {
      providePart(message.parts[0]!, apis[message.parts[0]!] as never);
      return new Promise<void>((resolve) => (answer = resolve));
    }) as never);
    expect(await loadPart('reader', 'ui')).toBe(reader);
    answer();
  });

  it('fails both parts when the background cannot inject them, and a later run asks again', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Could not establish connection'));
    const both = [loadPart('reader', 'ui'), loadPart('ui')];
    await expect(both[0]).rejects.toThrow();
    await expect(both[1]).rejects.toThrow();
    expect(await loadPart('ui')).toBe(ui);
    expect(asked).toEqual([['ui']]);
  });
});
