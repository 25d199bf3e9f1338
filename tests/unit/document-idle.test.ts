// @vitest-environment happy-dom
// The always-on content script starts at document_end and reads the page when a document_idle
// script would: once the page has loaded, or 200 ms after the DOM was complete.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentIdle, IDLE_AFTER_DOM_MS } from '../../lib/ext/document-idle';

describe('documentIdle', () => {
  let state: DocumentReadyState;
  beforeEach(() => {
    vi.useFakeTimers();
    state = 'interactive';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const track = () => {
    let idle = false;
    void documentIdle().then(() => (idle = true));
    return () => idle;
  };

  it('resolves on the load event, and its timer is gone', async () => {
    const idle = track();
    await vi.advanceTimersByTimeAsync(50);
    expect(idle()).toBe(false);
    state = 'complete';
    window.dispatchEvent(new Event('load'));
    await Promise.resolve();
    expect(idle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves 200 ms after document_end when the page is still loading, and a late load changes nothing', async () => {
    const idle = track();
    await vi.advanceTimersByTimeAsync(IDLE_AFTER_DOM_MS - 1);
    expect(idle()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('load'));
    expect(vi.getTimerCount()).toBe(0); // its listener is gone
  });

  it('resolves at once on a page that has already loaded', async () => {
    state = 'complete';
    const idle = track();
    await Promise.resolve();
    expect(idle()).toBe(true);
  });
});
