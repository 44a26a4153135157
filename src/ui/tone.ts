/**
 * Whether the page is light or dark where it is read, so the marks keep their contrast on it: the page's
 * own background (the body's, else the root's), or, where it paints none, the colour of its text; where
 * it says nothing of either, the canvas, which is dark only when the page opts into a dark colour scheme
 * that the reader prefers.
 */
export type Tone = 'light' | 'dark';

/** An `rgb()` / `rgba()` or `#hex` colour as [r, g, b, alpha], or null. */
export function parseColor(value: string): [number, number, number, number] | null {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(value.trim());
  if (hex) {
    const h = hex[1]!.length <= 4 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Below this background luminance a page is dark (mid-grey, #777, is about 0.18). */
const DARK_BELOW = 0.18;

export function pageTone(doc: Document): Tone {
  try {
    const win = doc.defaultView;
    if (!win) return 'light';
    for (const el of [doc.body, doc.documentElement]) {
      if (!el) continue;
      const bg = parseColor(win.getComputedStyle(el).backgroundColor);
      if (bg && bg[3] >= 0.5) return luminance(bg) < DARK_BELOW ? 'dark' : 'light';
    }
    const text = doc.body && parseColor(win.getComputedStyle(doc.body).color);
    if (text && text[3] >= 0.5 && luminance(text) > 0.6) return 'dark';
    const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
    return /\bdark\b/.test(scheme) && win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/**
 * The attributes by which sites switch their theme on `<html>` or `<body>`: a class ("dark"), an inline
 * style, or a data attribute (`data-theme`, GitHub's `data-color-mode`, Bootstrap's `data-bs-theme`).
 */
export const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-mode', 'data-bs-theme'];

/** How long after a theme attribute changes the tone is read: a burst of changes is read once. */
export const THEME_SETTLE_MS = 50;

/**
 * Call `onChange` when the page may have switched its own theme: one of THEME_ATTRIBUTES changed on
 * `<html>` or `<body>` (a MutationObserver on those two elements only, with an attribute filter, so a page's
 * other changes cost nothing), or a transition on either ended (a theme that fades its background in is
 * read again once it is there). Once per burst, THEME_SETTLE_MS after its first change; nothing after
 * `signal` aborts, when the observer is disconnected.
 */
export function watchPageTheme(doc: Document, onChange: () => void, signal: AbortSignal, settleMs = THEME_SETTLE_MS): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, settleMs);
  };
  const observer = new win.MutationObserver(soon);
  for (const el of [doc.documentElement, doc.body]) if (el) observer.observe(el, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  doc.addEventListener('transitionend', (e) => (e.target === doc.documentElement || e.target === doc.body) && soon(), { signal, passive: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
