// @vitest-environment happy-dom
// The always-on script's own content-script context (entrypoints/content/context.ts), in place of
// WXT's: a newer copy of the script stops the older (Firefox's build: the handshake is tried here
// on its own, as tests run the Chromium build), and a context whose extension is gone is invalid.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, stopForNewerCopy } from '../../entrypoints/content/context';

describe('ContentScriptContext (always-on part)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** A context as Firefox's build makes it. */
  const started = (name: string) => {
    const ctx = new ContentScriptContext(name);
    stopForNewerCopy(ctx, name);
    return ctx;
  };

  it('is stopped by a newer copy of the same script, not by itself or another script', () => {
    const old = started('content');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    expect(old.isInvalid).toBe(false);
    started('other');
    expect(old.isInvalid).toBe(false);
    const newer = started('content');
    expect(old.isInvalid).toBe(true);
    expect(old.signal.aborted).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
  });

  it('stops listening once stopped, and a listener can be taken back', () => {
    const ctx = started('content');
    const kept = vi.fn();
    const dropped = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(dropped)();
    started('content');
    started('content');
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('is invalid once the extension is gone (an update or a reload in Chromium)', () => {
    const ctx = new ContentScriptContext('content', { matches: [] });
    expect(ctx.options).toEqual({ matches: [] });
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
  });
});
