// A request whose port is opened before the message is ready (lib/ext/messaging.ts): answered over
// the port, and by sendMessage when the port cannot be opened or closes before the answer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRequest, REQUEST_PORT } from '../../lib/ext/messaging';
import type { PageResult } from '../../lib/messages';

const page = { url: 'https://news.example/a', title: 'A', text: 'Text.', kind: 'news' as const };
const answer = { analysis: { label: 'other' }, views: [] } as unknown as PageResult;
const viaSendMessage = { analysis: { label: 'other' }, views: [], unlisted: null } as unknown as PageResult;

/** A port whose other end the test plays: what was posted, and its two events. */
function fakePort() {
  const listeners = { message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[] };
  return {
    posted: [] as unknown[],
    disconnected: false,
    name: '',
    onMessage: { addListener: (f: (m: unknown) => void) => listeners.message.push(f) },
    onDisconnect: { addListener: (f: () => void) => listeners.disconnect.push(f) },
    postMessage(m: unknown) {
      this.posted.push(m);
    },
    disconnect() {
      this.disconnected = true;
    },
    answer: (m: unknown) => listeners.message.forEach((f) => f(m)),
    close: () => listeners.disconnect.forEach((f) => f()),
  };
}

describe('openRequest', () => {
  let port: ReturnType<typeof fakePort>;
  let names: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    port = fakePort();
    names = [];
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name: string }) => {
      names.push(info.name);
      return port;
    }) as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(viaSendMessage as never);
  });

  it('opens the port at once, sends the request over it and closes it with the answer', async () => {
    const send = openRequest<'analyze'>();
    expect(names).toEqual([REQUEST_PORT]);
    const result = send({ type: 'analyze', page });
    expect(port.posted).toEqual([{ type: 'analyze', page }]);
    port.answer(answer);
    expect(await result).toBe(answer);
    expect(port.disconnected).toBe(true);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('asks again with sendMessage when the port closes before the answer (a background restarted)', async () => {
    const result = openRequest<'analyze'>()({ type: 'analyze', page });
    port.close();
    expect(await result).toBe(viaSendMessage);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'analyze', page });
  });

  it('uses sendMessage when no port can be opened, and fails as it does', async () => {
    vi.mocked(fakeBrowser.runtime.connect).mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(openRequest<'analyze'>()({ type: 'analyze', page })).rejects.toThrow('invalidated');
  });
});
