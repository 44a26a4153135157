// Thin: the claim explorer page (explorer.html). The page itself is src/explorer/Explorer.tsx;
// it reads the claim index compiled into the extension and fetches nothing.
import { i18n } from '#i18n';
import { render } from 'preact';
import indexJson from '../../.generated/claim-index.json';
import type { ClaimIndex } from '../../src/claims/schema';
import { Explorer } from '../../src/explorer/Explorer';
// explorer.css starts with the shared base sheet, src/ui/extension-page.css.
import '../../src/explorer/explorer.css';

document.documentElement.lang = i18n.t('explorer.lang');
document.documentElement.dir = i18n.t('@@bidi_dir') || 'ltr';
document.title = i18n.t('explorer.pageTitle');
render(<Explorer index={indexJson as unknown as ClaimIndex} />, document.getElementById('app')!);
