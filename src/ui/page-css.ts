/**
 * The one stylesheet Crosscheck adds to a page, injected by the background
 * (`scripting.insertCSS`) just before the annotator: the highlight styles, and
 * the rule that shows Crosscheck's layer, which is hidden by its own inline
 * style. The browser removes an extension's injected styles when the
 * extension is disabled, reloaded or removed, even where no script of it can
 * run any more to clean up (Firefox), so whatever is left of its layer and
 * highlights is then invisible.
 */
import { HIGHLIGHT_CSS } from './highlights';

export const LAYER_TAG = 'crosscheck-layer';

export const PAGE_CSS = `${LAYER_TAG} { display: block !important; }\n${HIGHLIGHT_CSS}`;
