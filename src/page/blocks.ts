/**
 * Visible text of a DOM, as blocks (paragraph-like runs of text) whose every
 * character maps back to a Text node and offset. Inline elements (<a>, <em>,
 * <span>, <br>) stay inside a block, so a sentence split across them is one
 * sentence; block boundaries end sentences.
 *
 * Works on any DOM implementation (the page, happy-dom in the CLI and tests):
 * it only uses Node/Element APIs and, where available, getComputedStyle.
 */

export interface TextSegment {
  node: Text;
  /** Offset of this node's text within the block's text. */
  at: number;
}

export interface TextBlock {
  text: string;
  segments: TextSegment[];
  /** The nearest block-level element holding the text. */
  element: Element;
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'CODE', 'PRE', 'KBD', 'SAMP',
]);

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'S',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR', 'BIG', 'TT', 'STRIKE',
]);

/** The attribute Crosscheck puts on its own UI so the walker never reads it. */
export const OWN_UI_ATTRIBUTE = 'data-crosscheck-ui';

export interface BlockOptions {
  /** Treat elements as hidden when computed style says so (needs a rendering DOM). */
  useComputedStyle?: boolean;
  /** Maximum depth walked; deeper content is ignored (hostile pages). */
  maxDepth?: number;
}

function isSkipped(el: Element, opts: BlockOptions): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (opts.useComputedStyle) {
    const view = el.ownerDocument?.defaultView;
    const style = view?.getComputedStyle?.(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** Walk `root` and return its visible text as blocks. */
export function collectBlocks(root: Node, opts: BlockOptions = {}): TextBlock[] {
  const maxDepth = opts.maxDepth ?? 500;
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const close = () => {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) blocks.push(current);
    current = null;
  };
  const blockOf = (n: Node): Element => {
    let el = n.parentElement;
    while (el && isInline(el) && el.parentElement) el = el.parentElement;
    return el ?? (n as Element);
  };
  const visit = (node: Node, depth: number) => {
    if (depth > maxDepth) return;
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      if (!data) return;
      if (!current) current = { text: '', segments: [], element: blockOf(t) };
      current.segments.push({ node: t, at: current.text.length });
      current.text += data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, opts)) {
        if (!isInline(el)) close();
        return;
      }
      if (el.tagName.toUpperCase() === 'BR') {
        // A line break inside a paragraph reads as a space; two in a row end the block.
        if (current && current.text.endsWith('\n')) close();
        else if (current) current.text += ' ';
        return;
      }
      const inline = isInline(el);
      if (!inline) close();
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        if (!inline) close();
        for (let c = shadow.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
      }
      if (!inline) close();
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
  };
  visit(root, 0);
  close();
  return blocks;
}

/** Plain text of a DOM: blocks joined by blank lines, white space inside a block collapsed. */
export function blocksToText(blocks: TextBlock[]): string {
  return blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n\n');
}
