/**
 * Visible text of a DOM, as blocks (paragraph-like runs of text) whose every
 * character maps back to a Text node and offset. Inline elements (<a>, <em>,
 * <span>, <br>) stay inside a block, so a sentence split across them is one
 * sentence; block boundaries end sentences.
 *
 * Works on any DOM implementation (the page, happy-dom in the CLI and tests):
 * it only uses Node/Element APIs and, where available, getComputedStyle.
 */
import { isOwnElement } from '../dom/own-ui';

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

export interface BlockOptions {
  /** Treat elements as hidden when computed style says so (needs a rendering DOM). */
  useComputedStyle?: boolean;
  /** Maximum depth walked; deeper content is ignored (hostile pages). */
  maxDepth?: number;
}

function isSkipped(el: Element, opts: BlockOptions): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Crosscheck's own layer and hosts, by its private registry: a page's element with the same attribute is read.
  if (isOwnElement(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (opts.useComputedStyle) {
    const view = el.ownerDocument?.defaultView;
    try {
      const style = view?.getComputedStyle?.(el);
      // content-visibility: hidden is skipped like display: none (its text is not shown, and reading it forces layout).
      if (style && (style.display === 'none' || style.visibility === 'hidden' || style.getPropertyValue('content-visibility') === 'hidden')) return true;
    } catch {
      // A DOM implementation that cannot compute it (happy-dom on very deep trees): read the text as visible.
    }
  }
  return false;
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

type Step = { node: Node; depth: number } | null;

/**
 * Walk `root` and yield its visible text as blocks, in document order. The
 * walk is iterative (an explicit stack, so 10,000-deep nesting cannot
 * overflow the call stack) and lazy: a caller can stop between blocks and
 * yield to the page, so a 200,000-node page is read in slices.
 */
export function* walkBlocks(root: Node, opts: BlockOptions = {}): Generator<TextBlock, void, undefined> {
  const maxDepth = opts.maxDepth ?? 500;
  let current: TextBlock | null = null;
  /** A <br> was the last thing in the current block (white space aside). */
  let afterBr = false;
  /** Where that <br>'s space stands in the block's text. */
  let brSpaceAt = -1;
  const close = (): TextBlock | null => {
    const done: TextBlock | null = current && /[\p{L}\p{N}]/u.test(current.text) ? current : null;
    current = null;
    afterBr = false;
    return done;
  };
  const blockOf = (n: Node): Element => {
    let el = n.parentElement;
    while (el && isInline(el) && el.parentElement) el = el.parentElement;
    return el ?? (n as Element);
  };
  // `null` on the stack closes the current block (the end of a block-level element).
  const stack: Step[] = [{ node: root, depth: 0 }];
  const pushChildren = (first: ChildNode | null, depth: number) => {
    const kids: Node[] = [];
    for (let c = first; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth });
  };
  while (stack.length) {
    const step = stack.pop()!;
    if (step === null) {
      const b = close();
      if (b) yield b;
      continue;
    }
    const { node, depth } = step;
    if (depth > maxDepth) continue;
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      if (!data) continue;
      if (!current) current = { text: '', segments: [], element: blockOf(t) };
      const cur: TextBlock = current;
      if (/\S/.test(data)) afterBr = false;
      cur.segments.push({ node: t, at: cur.text.length });
      cur.text += data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType !== 1) {
      pushChildren(node.firstChild, depth + 1);
      continue;
    }
    const el = node as Element;
    const inline = isInline(el);
    if (isSkipped(el, opts)) {
      if (!inline) {
        const b = close();
        if (b) yield b;
      }
      continue;
    }
    if (el.tagName.toUpperCase() === 'BR') {
      // A line break inside a paragraph reads as a space; two in a row (nothing but white space between) end the block.
      const cur = current as TextBlock | null;
      if (cur && afterBr) {
        // The first <br>'s space, where nothing came after it: it is not in any Text node. (Where white
        // space text came after it, that text's segment follows, and the space stays between.)
        if (brSpaceAt === cur.text.length - 1) cur.text = cur.text.slice(0, -1);
        const b = close();
        if (b) yield b;
      } else if (cur) {
        brSpaceAt = cur.text.length;
        cur.text += ' ';
        afterBr = true;
      }
      continue;
    }
    if (!inline) {
      const b = close();
      if (b) yield b;
      stack.push(null);
    }
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      pushChildren(shadow.firstChild, depth + 1);
      if (!inline) stack.push(null);
    }
    pushChildren(el.firstChild, depth + 1);
  }
  const b = close();
  if (b) yield b;
}

/** Walk `root` and return its visible text as blocks. */
export function collectBlocks(root: Node, opts: BlockOptions = {}): TextBlock[] {
  return [...walkBlocks(root, opts)];
}

/** Plain text of a DOM: blocks joined by blank lines, white space inside a block collapsed. */
export function blocksToText(blocks: TextBlock[]): string {
  return blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n\n');
}
