/**
 * For unit tests in happy-dom: a click as the reader makes it. Crosscheck acts only on trusted events (a
 * page script's `.click()` or dispatched event is ignored), and happy-dom cannot make one, so this marks a
 * click event trusted. The browser tests click for real (tests/e2e/attacks.e2e.test.ts).
 */
export function readerClick(el: Element): void {
  const e = new (el.ownerDocument.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

/** A key the reader presses on `el` (a trusted keydown, as readerClick's click). */
export function readerKey(el: Element, key: string): void {
  const e = new (el.ownerDocument.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}
