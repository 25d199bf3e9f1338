// The small "$" button put after a company's name in the page. It lives in its own open shadow
// root, so the page's CSS cannot restyle it and ours cannot leak.
//
// The element is not registered with customElements: content scripts have no registry (it is null
// in Chrome's isolated world and unreliable in Firefox's), and a valid custom-element name accepts
// attachShadow without registration, so the same code runs everywhere.

import { BADGE_TAG } from '../../own-elements';

const BADGE_CSS = `
:host { all: initial; display: inline; }
button {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  min-width: 1.25em; height: 1.25em; margin: 0 0.15em 0 0.25em; padding: 0 0.3em; vertical-align: 0.1em;
  border-radius: 999px; background: #b3261e; color: #fff; cursor: pointer;
  font: 700 0.72em/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.6);
}
button:hover { background: #8c1d18; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  button { background: #ff8a80; color: #1c1e22; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.5); }
  button:hover { background: #ffb4ab; }
}
@media (forced-colors: active) { button { border: 1px solid ButtonText; } }
`;

export function createBadgeElement(doc: Document, companyId: string, label: string, onOpen: () => void): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-company', companyId);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = '$';
  button.setAttribute('aria-label', label);
  button.title = label;
  // The page must not react to our clicks (e.g. a paragraph that expands on click).
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onOpen();
  });
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    // Handled here, so the browser's own Enter-to-click must not fire a second time.
    event.preventDefault();
    event.stopPropagation();
    onOpen();
  });
  shadow.append(style, button);
  return host;
}

/** Takes a badge out and joins back the text node it split off (`rest`, what followed it). */
export function removeBadge(badge: Element, rest: Node | null): void {
  const before = badge.previousSibling;
  badge.remove();
  if (rest instanceof Text && rest.isConnected && before instanceof Text && rest.previousSibling === before) {
    before.appendData(rest.data);
    rest.remove();
  }
}
