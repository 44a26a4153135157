/**
 * What marks Crosscheck's own elements in a page: the walker that reads the page's text (src/page) skips
 * them, the overlay that draws marks and cards (src/ui) registers them. Neither depends on the other for it.
 *
 * Only the registry counts. It lives in the content script's isolated world, where no page script reaches:
 * a page can copy the attribute onto its own elements (`<article data-crosscheck-ui>`), but that does not
 * make them Crosscheck's, so they are still read and marked.
 */

/**
 * The attribute Crosscheck puts on its own hosts, for the tests and for anyone reading the DOM. Nothing
 * trusts it: see `isOwnElement`.
 */
export const OWN_UI_ATTRIBUTE = 'data-crosscheck-ui';

/** The elements Crosscheck created for its own UI (its layer and hosts), weakly: a removed one can go. */
const own = new WeakSet<Node>();

/** Register `el`, which Crosscheck just created, as its own (and mark it with the attribute). */
export function registerOwn<T extends Element>(el: T): T {
  own.add(el);
  el.setAttribute(OWN_UI_ATTRIBUTE, '');
  return el;
}

/** Whether Crosscheck created `node` as its own: the registry's word, never an attribute. */
export function isOwnElement(node: Node): boolean {
  return own.has(node);
}

/** Whether `node` is one of Crosscheck's own elements or inside one (across shadow roots). */
export function isInOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (own.has(n)) return true;
    // A shadow root's parent is its host.
    n = n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null);
  }
  return false;
}
