/**
 * What marks Crosscheck's own elements in a page: the walker that reads the page's text (src/page) skips
 * them, the overlay that draws marks and cards (src/ui) sets it. Neither depends on the other for it.
 */

/** The attribute Crosscheck puts on its own UI so the walker never reads it. */
export const OWN_UI_ATTRIBUTE = 'data-crosscheck-ui';
