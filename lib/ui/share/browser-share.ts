// The card in the browser (the one DOM and canvas part of lib/ui/share): SVG → <img> → <canvas>
// → PNG, then the clipboard or a download. Everything is drawn from a data: URL made here, with
// system fonts: nothing is fetched.
import { CARD_FONT, type CardImage, type CardTheme } from './card-svg';
import { estimateWidth, type Measure } from './measure';
import { withPngText } from './png-text';

export interface ShareActions {
  /** Real text widths for the card's layout (undefined: the estimate). */
  measure: Measure | undefined;
  theme(): CardTheme;
  render(card: CardImage, text: Record<string, string>, lang: string): Promise<Blob>;
  /** Rejects when the browser or the page will not take an image on the clipboard. */
  copy(png: Promise<Blob>): Promise<void>;
  save(png: Blob, fileName: string, near: Element): void;
}

let measuring: CanvasRenderingContext2D | null | undefined;

const canvasMeasure: Measure = (text, size, weight) => {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return estimateWidth(text, size, weight);
  measuring.font = `${weight} ${size}px ${CARD_FONT}`;
  return measuring.measureText(text).width;
};

async function render(card: CardImage, text: Record<string, string>, lang: string): Promise<Blob> {
  const image = new Image(card.width, card.height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(card.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = card.width;
  canvas.height = card.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, card.width, card.height);
  const drawn = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!drawn) throw new Error('the canvas made no PNG');
  // A copy of our own: in a Firefox content script the canvas's buffer belongs to the page, and its
  // typed-array methods (subarray, set) are not ours to call.
  const bytes = Uint8Array.from(new Uint8Array(await drawn.arrayBuffer()));
  return new Blob([withPngText(bytes, text, lang)], { type: 'image/png' });
}

interface PolicyDocument {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** False when the page's Permissions-Policy denies the clipboard (Chrome would log a violation in its console). */
function clipboardAllowed(): boolean {
  const policy = (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}

function copy(png: Promise<Blob>): Promise<void> {
  // The write starts inside the click, with the PNG still being drawn: the clipboard wants the
  // reader's gesture, and some browsers forget it before an image is ready. A browser without
  // images on its clipboard, or a page whose Permissions-Policy blocks it, rejects here.
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return Promise.reject(new Error('no image clipboard'));
  if (!clipboardAllowed()) return Promise.reject(new Error('the page does not allow the clipboard'));
  if (ClipboardItem.supports && !ClipboardItem.supports('image/png')) return Promise.reject(new Error('no PNG clipboard'));
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

function save(png: Blob, fileName: string, near: Element): void {
  const url = URL.createObjectURL(png);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Inside our shadow root, so the page never sees the link.
  near.append(link);
  link.click();
  link.remove();
  // The download reads the blob after this task; a minute is ample, and the URL dies with the page anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserShare: ShareActions = {
  measure: typeof document === 'undefined' ? undefined : canvasMeasure,
  theme: () => (globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  render,
  copy,
  save,
};
