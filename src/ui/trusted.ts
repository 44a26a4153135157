/**
 * Only the reader acts on Crosscheck's marks and cards. A page script can call `.click()` on a button it
 * reaches, or dispatch any event it likes (a click, an Escape key, a pointerdown): such events are not
 * trusted (`isTrusted` is false), and every handler of the markers and the card ignores them. Only what the
 * reader does with the mouse, the keyboard or touch opens, closes or follows anything.
 */
export function trusted<E extends Event>(act: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) act(e);
  };
}
