// @vitest-environment happy-dom
// The share buttons as a reader meets them: copy, save, the shape, the messages when the clipboard
// says no; and the browser edge's clipboard rules.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { UiContext } from '../../lib/ui/context';
import { translateFrom } from '../../lib/ui/i18n';
import { browserShare, type ShareActions } from '../../lib/ui/share/browser-share';
import { cardModel } from '../../lib/ui/share/card-model';
import { ShareButtons, ShareContext } from '../../lib/ui/share/ShareButtons';
import { mountSidebar } from '../../lib/ui/sidebar';
import { acme, flagged } from './ui-fixtures';

const t = translateFrom(en);
function fakeActions(overrides: Partial<ShareActions> = {}): ShareActions {
  return {
    measure: undefined,
    theme: () => 'light',
    render: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
    copy: vi.fn(async (png: Promise<Blob>) => void (await png)),
    save: vi.fn(),
    ...overrides,
  };
}

function setup(actions: ShareActions) {
  render(
    <UiContext.Provider value={{ t, locale: 'en-US' }}>
      <ShareContext.Provider value={actions}>
        <ShareButtons view={acme} />
      </ShareContext.Provider>
    </UiContext.Provider>,
  );
  return { status: () => screen.getByTestId('share-status') };
}

afterEach(cleanup);

describe('share buttons', () => {
  it('copies the wide card as a PNG and says so', async () => {
    const actions = fakeActions();
    const { status } = setup(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as image' }));
    await waitFor(() => expect(status().textContent).toBe('Image copied: paste it wherever you share.'));
    expect(status().getAttribute('role')).toBe('status');
    const [card, text, lang] = vi.mocked(actions.render).mock.calls[0]!;
    expect([card.width, card.height]).toEqual([1200, 675]);
    expect(text.Title).toBe("Acme Corp: Job cuts blamed on AI vs. the company's own numbers");
    expect(text.Description).toBe(card.text.join('\n'));
    expect(text.Software).toBe("The Math Doesn't Math");
    expect(lang).toBe('en-US');
    expect(actions.save).not.toHaveBeenCalled();
  });

  it('saves the square card when the reader picks it', async () => {
    const actions = fakeActions();
    const { status } = setup(actions);
    fireEvent.click(screen.getByRole('radio', { name: 'Square' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }));
    await waitFor(() => expect(status().textContent).toBe('Image saved to your downloads.'));
    const [card] = vi.mocked(actions.render).mock.calls[0]!;
    expect([card.width, card.height]).toEqual([1080, 1080]);
    expect(vi.mocked(actions.save).mock.calls[0]![1]).toBe('math-doesnt-math-acme-square.png');
  });

  it('falls back to saving, and says why, when the clipboard refuses the image', async () => {
    const actions = fakeActions({ copy: vi.fn(async () => Promise.reject(new DOMException('blocked', 'NotAllowedError'))) });
    const { status } = setup(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as image' }));
    await waitFor(() => expect(status().dataset.status).toBe('copyFellBack'));
    expect(status().textContent).toBe(
      "This page or browser won't let us put an image on the clipboard, so the image was saved to your downloads instead.",
    );
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(vi.mocked(actions.save).mock.calls[0]![1]).toBe('math-doesnt-math-acme-wide.png');
  });

  it('says plainly when the image cannot be made, and saves nothing', async () => {
    const actions = fakeActions({
      render: vi.fn(async () => Promise.reject(new Error('tainted canvas'))),
      copy: vi.fn(async (png: Promise<Blob>) => void (await png)),
    });
    const { status } = setup(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as image' }));
    await waitFor(() => expect(status().dataset.status).toBe('failed'));
    expect(status().textContent).toBe("The image couldn't be made. Copy the text instead.");
    expect(actions.save).not.toHaveBeenCalled();
  });

  it('ignores a second press while the image is being made, keeping the focus on the button', async () => {
    let finish: (blob: Blob) => void = () => undefined;
    const actions = fakeActions({ render: vi.fn(() => new Promise<Blob>((done) => (finish = done))) });
    const { status } = setup(actions);
    const save = screen.getByRole('button', { name: 'Save image' });
    save.focus();
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(status().textContent).toBe('Making the image…'));
    expect(document.activeElement).toBe(save);
    finish(new Blob(['png']));
    await waitFor(() => expect(status().dataset.status).toBe('saved'));
    expect(actions.render).toHaveBeenCalledTimes(1);
  });

  it('labels the shape choice as a group', () => {
    setup(fakeActions());
    expect(screen.getByRole('group', { name: 'Shape' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Wide' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('the card in the sidebar', () => {
  it('shows the sidebar’s own figure and cut strings', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const handle = mountSidebar(container, {
      result: flagged([acme]),
      t,
      locale: 'en-US',
      autoOpen: true,
      onEvidence: vi.fn(),
      onCopy: vi.fn(async () => {}),
      onOpenChoice: vi.fn(),
    });
    const shown = [...container.querySelectorAll('.mdm-line-value')].map((el) => el.textContent);
    const model = cardModel(acme, t, 'en-US');
    const values = model.figures.flatMap((figure) => figure.value ?? []);
    expect(values.length).toBe(2);
    for (const value of values) expect(shown).toContain(value);
    expect(container.querySelector('.mdm-company .mdm-facts')?.textContent).toBe(model.cut);
    expect(container.querySelector('[data-testid="share-copy"]')).not.toBeNull();
    handle.unmount();
    container.remove();
  });
});

describe('the browser clipboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses at once without ClipboardItem (no image clipboard)', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    await expect(browserShare.copy(Promise.resolve(new Blob()))).rejects.toThrow('no image clipboard');
  });

  it('refuses without calling the clipboard when the page’s Permissions-Policy denies it', async () => {
    const write = vi.fn(async () => undefined);
    vi.stubGlobal('ClipboardItem', class {});
    vi.stubGlobal('navigator', { clipboard: { write } });
    // Chrome's document.featurePolicy (happy-dom has none): this page allows everything but the clipboard.
    Object.defineProperty(document, 'featurePolicy', {
      configurable: true,
      value: { allowsFeature: (feature: string) => feature !== 'clipboard-write' },
    });
    try {
      await expect(browserShare.copy(Promise.resolve(new Blob()))).rejects.toThrow('does not allow');
      expect(write).not.toHaveBeenCalled();
    } finally {
      delete (document as unknown as { featurePolicy?: unknown }).featurePolicy;
    }
  });

  it('hands the PNG to the clipboard as a promise, inside the click', async () => {
    const items: unknown[] = [];
    const write = vi.fn(async (list: unknown[]) => void items.push(...list));
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly data: Record<string, Promise<Blob>>) {}
      },
    );
    vi.stubGlobal('navigator', { clipboard: { write } });
    const png = Promise.resolve(new Blob(['x'], { type: 'image/png' }));
    await browserShare.copy(png);
    expect(write).toHaveBeenCalledTimes(1);
    expect((items[0] as { data: Record<string, unknown> }).data['image/png']).toBe(png);
  });
});
