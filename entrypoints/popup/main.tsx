import { render } from 'preact';
import '@/lib/ui/extension-page.css';
import { Popup } from '@/lib/ui/popup/Popup';
import { browserPopupDeps } from '@/lib/ui/popup/browser-deps';

render(<Popup deps={browserPopupDeps()} />, document.getElementById('app')!);
