import { render } from 'preact';
import '../../src/ui/extension-page.css';
import '../../src/popup/popup.css';
import { Popup } from '../../src/popup/Popup';

// Thin: the popup is src/popup/Popup.tsx. `?tab=N` shows tab N (the popup opened as a page, in tests).
const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<Popup tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined} />, document.getElementById('app')!);
