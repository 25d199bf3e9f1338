// The reader part of the content script, which only pages that pass the quick check load: the
// background injects it when the always-on part (content/index.ts) asks (see lib/ext/page-ui.ts).
// It reads the article for the detector (Readability and the page's metadata), and nothing else,
// so that the page can be sent for analysis before the UI part has been evaluated.
import { providePart } from '@/lib/ext/page-ui';
import { readPage } from '@/lib/page/read';

export default defineUnlistedScript(() => providePart('reader', { readPage }));
