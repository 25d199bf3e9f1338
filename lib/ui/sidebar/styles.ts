// The sidebar's stylesheet, injected into its shadow root (so the page's CSS and ours never mix).
// Colours are custom properties with a light and a dark set; sizes are in px because the page's
// root font size is not ours to rely on.
export const SIDEBAR_CSS = `
.mdm-root {
  --mdm-bg: #ffffff;
  --mdm-surface: #f5f6f8;
  --mdm-fg: #1b1d21;
  --mdm-muted: #545a66;
  --mdm-border: #d5d9e0;
  --mdm-accent: #b3261e;
  --mdm-accent-fg: #ffffff;
  --mdm-link: #0b57d0;
  --mdm-focus: #0b57d0;
  --mdm-reported-bg: #e3efff;
  --mdm-reported-fg: #0a3d8f;
  --mdm-derived-bg: #fff1d6;
  --mdm-derived-fg: #6b4200;
  --mdm-denial-bg: #fff4e5;
  --mdm-series-1: #b3261e;
  --mdm-series-2: #0b57d0;
  --mdm-series-3: #5f6368;
  --mdm-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
  all: initial;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: var(--mdm-fg);
}
@media (prefers-color-scheme: dark) {
  .mdm-root {
    --mdm-bg: #1c1e22;
    --mdm-surface: #26292f;
    --mdm-fg: #eceef1;
    --mdm-muted: #aab0bb;
    --mdm-border: #3c414a;
    --mdm-accent: #ff8a80;
    --mdm-accent-fg: #1c1e22;
    --mdm-link: #8ab4f8;
    --mdm-focus: #8ab4f8;
    --mdm-reported-bg: #1e3354;
    --mdm-reported-fg: #c6dbff;
    --mdm-derived-bg: #4a3510;
    --mdm-derived-fg: #ffe0a6;
    --mdm-denial-bg: #3d2f17;
    --mdm-series-1: #ff8a80;
    --mdm-series-2: #8ab4f8;
    --mdm-series-3: #c4c7cc;
    --mdm-shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
  }
}
.mdm-root *, .mdm-root *::before, .mdm-root *::after { box-sizing: border-box; }
.mdm-root :focus-visible { outline: 3px solid var(--mdm-focus); outline-offset: 2px; border-radius: 3px; }
.mdm-root a { color: var(--mdm-link); }
.mdm-root button { font: inherit; color: inherit; cursor: pointer; }
.mdm-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.mdm-panel, .mdm-reopen { z-index: 2147483646; }
.mdm-panel {
  position: fixed; top: 0; right: 0; bottom: 0; width: 360px; max-width: 100vw;
  display: flex; flex-direction: column;
  background: var(--mdm-bg); border-left: 1px solid var(--mdm-border); box-shadow: var(--mdm-shadow);
}
@media (max-width: 699px) {
  .mdm-panel { width: 100vw; border-left: 0; }
}
.mdm-header {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 12px 12px 12px 16px; border-bottom: 3px solid var(--mdm-accent);
}
.mdm-title { margin: 0; font-size: 17px; font-weight: 750; letter-spacing: -0.01em; }
.mdm-title:focus { outline: none; }
.mdm-title:focus-visible { outline: 3px solid var(--mdm-focus); }
.mdm-icon-button {
  flex: none; width: 36px; height: 36px; border-radius: 50%;
  border: 1px solid var(--mdm-border); background: var(--mdm-surface); font-size: 15px; line-height: 1;
}
.mdm-icon-button:hover { border-color: var(--mdm-fg); }
.mdm-body { flex: 1; overflow-y: auto; overscroll-behavior: contain; padding: 4px 16px 24px; }

.mdm-section { margin: 14px 0; }
.mdm-section-title {
  margin: 0 0 6px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--mdm-muted);
}
.mdm-why .mdm-section { margin: 10px 0 0; }
.mdm-reasons { margin: 0 0 8px; padding-left: 18px; }
.mdm-evidence-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.mdm-evidence {
  display: block; width: 100%; text-align: left; padding: 8px 10px;
  background: var(--mdm-surface); border: 1px solid var(--mdm-border); border-left: 3px solid var(--mdm-accent);
  border-radius: 4px; font-size: 13px; font-style: italic;
}
/* Long quotes would push the numbers out of sight; the full sentence is one click away. The clamp
   sits on a box without padding, so it cuts after the third line, not inside the fourth. */
.mdm-evidence-text {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden;
}
.mdm-evidence:hover { border-color: var(--mdm-fg); border-left-color: var(--mdm-accent); }
.mdm-facts { font-weight: 600; margin: 0 0 4px; }
.mdm-layoff p { margin: 0 0 4px; }
.mdm-history-list { margin: 0; padding-left: 18px; font-size: 12px; }
.mdm-history-list > li { margin-bottom: 4px; }
.mdm-denial {
  margin: 0 0 10px; padding: 8px 10px; border-radius: 4px;
  background: var(--mdm-denial-bg); border: 1px solid var(--mdm-border);
}

.mdm-tabs {
  display: flex; gap: 4px; overflow-x: auto; margin: 16px -16px 0; padding: 0 16px;
  border-bottom: 1px solid var(--mdm-border);
}
.mdm-tab {
  flex: none; padding: 8px 12px; background: none; border: 0; border-bottom: 3px solid transparent;
  color: var(--mdm-muted); font-weight: 600; margin-bottom: -1px;
}
.mdm-tab[aria-selected="true"] { color: var(--mdm-fg); border-bottom-color: var(--mdm-accent); }
.mdm-tab:hover { color: var(--mdm-fg); }

.mdm-company { padding-top: 12px; }
.mdm-company:focus-visible { outline-offset: 4px; }
.mdm-company-name { margin: 0; font-size: 20px; font-weight: 750; }
.mdm-ceo { margin: 2px 0 0; color: var(--mdm-muted); }
.mdm-no-data {
  margin: 12px 0; padding: 10px 12px; border-radius: 4px; background: var(--mdm-surface);
  border: 1px dashed var(--mdm-border);
}


.mdm-lines { list-style: none; margin: 0; padding: 0; }
.mdm-line { padding: 10px 0; border-top: 1px solid var(--mdm-border); }
.mdm-line:first-child { border-top: 0; }
.mdm-line-value { margin: 0; font-size: 20px; font-weight: 750; font-variant-numeric: tabular-nums; }
.mdm-line-label { margin: 0; font-size: 14px; }
.mdm-line-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; margin: 6px 0 0; font-size: 12px; }
.mdm-kind { padding: 1px 7px; border-radius: 999px; font-weight: 700; font-size: 11px; letter-spacing: 0.03em; }
.mdm-kind-reported { background: var(--mdm-reported-bg); color: var(--mdm-reported-fg); }
.mdm-kind-derived { background: var(--mdm-derived-bg); color: var(--mdm-derived-fg); }
.mdm-source { font-size: 12px; }
.mdm-line-details { margin-top: 6px; font-size: 13px; }
.mdm-line-details > summary, .mdm-chart-table > summary {
  cursor: pointer; color: var(--mdm-link); font-size: 12px; width: fit-content;
}
.mdm-line-details > p { margin: 6px 0; }
.mdm-term { font-weight: 700; }
.mdm-caveat { margin: 4px 0 0; color: var(--mdm-muted); font-size: 13px; }
.mdm-inputs { margin: 4px 0 0; padding-left: 18px; }
.mdm-inputs > li { margin-bottom: 8px; }
.mdm-snippet {
  margin: 4px 0; padding: 2px 0 2px 8px; border-left: 2px solid var(--mdm-border);
  color: var(--mdm-muted); font-size: 12px;
}
.mdm-retrieved { color: var(--mdm-muted); font-size: 11px; }

.mdm-figure { margin: 18px 0 0; padding: 12px; border: 1px solid var(--mdm-border); border-radius: 6px; }
.mdm-figure-title { font-weight: 700; margin-bottom: 8px; }
.mdm-figure-sources { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 6px 0; }
.mdm-chart { display: block; width: 100%; height: auto; overflow: visible; }
.mdm-chart text { fill: var(--mdm-fg); font-size: 11px; font-family: inherit; }
.mdm-chart .mdm-tick, .mdm-chart .mdm-bar-value { fill: var(--mdm-muted); }
.mdm-chart .mdm-bar-value { font-weight: 700; }
.mdm-axis { stroke: var(--mdm-muted); stroke-width: 1; }
.mdm-grid { stroke: var(--mdm-border); stroke-width: 1; stroke-dasharray: 2 3; }
.mdm-figure-single { margin: 4px 0; }
.mdm-series polyline { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.mdm-series-1 polyline { stroke: var(--mdm-series-1); }
.mdm-series-2 polyline { stroke: var(--mdm-series-2); }
.mdm-series-3 polyline { stroke: var(--mdm-series-3); }
.mdm-series-1 .mdm-point, .mdm-bar.mdm-series-1 { fill: var(--mdm-series-1); }
.mdm-series-2 .mdm-point, .mdm-bar.mdm-series-2 { fill: var(--mdm-series-2); }
.mdm-series-3 .mdm-point, .mdm-bar.mdm-series-3 { fill: var(--mdm-series-3); }
.mdm-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 6px 0 0; padding: 0; font-size: 12px; }
.mdm-legend li::before {
  content: ""; display: inline-block; width: 14px; height: 3px; margin-right: 6px; vertical-align: middle;
  background: var(--mdm-series-1);
}
.mdm-legend .mdm-series-2::before { background: var(--mdm-series-2); }
.mdm-legend .mdm-series-3::before { background: var(--mdm-series-3); }
.mdm-chart-table table { width: 100%; border-collapse: collapse; margin-top: 6px; font-size: 12px; }
.mdm-chart-table th, .mdm-chart-table td { padding: 3px 4px; border-bottom: 1px solid var(--mdm-border); }
.mdm-chart-table th { text-align: left; font-weight: 500; }
.mdm-chart-table td { text-align: right; font-variant-numeric: tabular-nums; }
.mdm-unknown { margin: 16px 0 0; color: var(--mdm-muted); font-size: 13px; }

.mdm-copy { display: flex; align-items: center; flex-wrap: wrap; gap: 10px; margin-top: 18px; }
.mdm-button { padding: 8px 14px; border-radius: 6px; border: 1px solid var(--mdm-border); background: var(--mdm-surface); font-weight: 600; }
.mdm-button-primary { background: var(--mdm-accent); border-color: var(--mdm-accent); color: var(--mdm-accent-fg) !important; }
.mdm-button-primary:hover { filter: brightness(1.08); }
.mdm-copy-status { font-size: 13px; font-weight: 600; }
.mdm-copy-failed { color: var(--mdm-accent); }

/* Small enough for the margin beside a news column at common desktop widths. */
.mdm-reopen {
  position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px;
  max-width: min(240px, calc(100vw - 32px)); padding: 6px 14px 6px 8px;
  border: 1px solid var(--mdm-accent); border-radius: 12px;
  background: var(--mdm-accent); color: var(--mdm-accent-fg) !important; box-shadow: var(--mdm-shadow);
  font-size: 12px; line-height: 1.3; text-align: left;
}
.mdm-reopen:hover { filter: brightness(1.08); }
.mdm-reopen-mark {
  flex: none; display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 22px;
  border-radius: 50%; background: var(--mdm-accent-fg); color: var(--mdm-accent); font-size: 14px; line-height: 1;
}
/* Two short lines: the article keeps the rest of the screen. */
.mdm-reopen-text { min-width: 0; }
.mdm-reopen-name, .mdm-reopen-what { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mdm-reopen-name { font-weight: 700; font-size: 13px; }
@media (prefers-reduced-motion: no-preference) {
  .mdm-panel { animation: mdm-slide-in 160ms ease-out; }
}
@keyframes mdm-slide-in { from { transform: translateX(24px); opacity: 0; } to { transform: none; opacity: 1; } }
@media print { .mdm-root { display: none; } }
@media (forced-colors: active) {
  .mdm-kind, .mdm-reopen, .mdm-evidence { border: 1px solid CanvasText; }
}
`;
