// The share buttons' styles, added to the sidebar's shadow root next to SIDEBAR_CSS (whose
// colours and .mdm-button they use).
export const SHARE_CSS = `
.mdm-share { margin-top: 18px; padding-top: 12px; border-top: 1px solid var(--mdm-border); }
.mdm-share-shape { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0 0 10px; padding: 0; border: 0; font-size: 13px; }
.mdm-share-shape legend { float: left; margin-right: 4px; padding: 0; color: var(--mdm-muted); }
.mdm-share-shape label { display: inline-flex; align-items: center; gap: 5px; cursor: pointer; }
.mdm-share-shape input { margin: 0; accent-color: var(--mdm-accent); }
.mdm-share-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.mdm-share-status { margin: 8px 0 0; min-height: 1.45em; font-size: 13px; font-weight: 600; }
.mdm-share-status[data-status="failed"], .mdm-share-status[data-status="copyFellBack"] { color: var(--mdm-accent); }
`;
