// @vitest-environment happy-dom
// Property tests for the DOM text walker and the offsets-to-Range mapping on
// random DOM trees with hostile text: no exception, every block's text maps
// back to its Text nodes, nothing from skipped subtrees is read, and Ranges
// cover exactly the text asked for.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hostilePiece, hostileString } from '../../tests/fixtures/hostile';
import { collectBlocks, type TextBlock } from './blocks';
import { rangeFor } from './ranges';

// FC_RUNS=3000 for a longer hunt.
const RUNS = Number(process.env.FC_RUNS ?? 250);

const TAGS = ['p', 'div', 'span', 'a', 'em', 'strong', 'br', 'li', 'ul', 'h2', 'script', 'style', 'template', 'textarea', 'button', 'svg', 'code'] as const;
type Tag = (typeof TAGS)[number];
/** Skipped with everything inside, as README ("In the page") documents. */
const SKIPPED_TAGS = new Set<Tag>(['script', 'style', 'template', 'textarea', 'button']);
/** Also skipped by the current walker (SKIP_TAGS), but not documented: no assertion either way on their text. */
const UNSPECIFIED_TAGS = new Set<Tag>(['svg', 'code']);

type Attr = readonly [string, string];
const ATTRS: Attr[] = [
  ['hidden', ''], ['aria-hidden', 'true'], ['aria-hidden', 'false'], ['contenteditable', ''], ['contenteditable', 'true'],
  ['contenteditable', 'false'], ['contenteditable', 'plaintext-only'], ['class', 'x'], ['dir', 'rtl'], ['title', '<b>x</b>'],
];
const skippedByAttr = (attrs: readonly Attr[]) =>
  attrs.some(([k, v]) => k === 'hidden' || (k === 'aria-hidden' && v === 'true') || (k === 'contenteditable' && v !== 'false'));

type Spec = { tag: Tag; attrs: Attr[]; children: (Spec | string)[] };

const text = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostilePiece, weight: 3 },
  { arbitrary: fc.constantFrom('Russia freed 307 prisoners.', ' Kyiv said. ', 'U.S.', '', ' ', '\n', 'Dr. Smith', 'שלום', '中文'), weight: 3 },
);
const attrs = fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }).map((xs) => xs.filter((x, i) => xs.findIndex((y) => y[0] === x[0]) === i));
const { tree } = fc.letrec<{ tree: Spec; child: Spec | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.oneof({ arbitrary: fc.constant([] as Attr[]), weight: 4 }, { arbitrary: attrs, weight: 1 }),
    children: fc.array(tie('child'), { maxLength: 5 }),
  }),
  child: fc.oneof({ depthSize: 'small', maxDepth: 6 }, text, tie('tree')),
}));
const forest = fc.array(tree, { minLength: 1, maxLength: 5 });
// happy-dom 21 collapses a Range whose boundary points have a <template> with content between them
// (setStart(a, 0); setEnd(b, 3) with <template>x</template> between a and b gives a collapsed Range;
// browsers do not), so the Range properties use <textarea> (also skipped) in its place.
const noTemplate = (s: Spec): Spec => ({ ...s, tag: s.tag === 'template' ? 'textarea' : s.tag, children: s.children.map((c) => (typeof c === 'string' ? c : noTemplate(c))) });
const rangeForest = forest.map((specs) => specs.map(noTemplate));

interface Built {
  root: HTMLElement;
  /** Every Text node, in document order, with whether it must be skipped and whether its fate is unspecified. */
  texts: { node: Text; skipped: boolean; unspecified: boolean }[];
}

/** A marker no generated text holds: put before the text of skipped subtrees when `mark` is set. */
const SKIP_MARK = 'QZXSKIPPEDQZX';

function build(specs: Spec[], { mark = false } = {}): Built {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const texts: Built['texts'] = [];
  const add = (parent: Node, spec: Spec | string, skipped: boolean, unspecified: boolean) => {
    if (typeof spec === 'string') {
      const node = document.createTextNode(mark && skipped ? `${SKIP_MARK} ${spec}` : spec);
      parent.appendChild(node);
      texts.push({ node, skipped, unspecified });
      return;
    }
    const el = spec.tag === 'svg' ? document.createElementNS('http://www.w3.org/2000/svg', 'svg') : document.createElement(spec.tag);
    for (const [k, v] of spec.attrs) el.setAttribute(k, v);
    parent.appendChild(el);
    if (spec.tag === 'br') return; // void element: no children
    const skip = skipped || SKIPPED_TAGS.has(spec.tag) || skippedByAttr(spec.attrs);
    const unspec = unspecified || UNSPECIFIED_TAGS.has(spec.tag);
    for (const c of spec.children) add(el, c, skip, unspec);
  };
  for (const s of specs) add(root, s, false, false);
  return { root, texts };
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Block text index -> [segment index, offset in its node], or null for a BR space between segments. */
function charMap(block: TextBlock): ([number, number] | null)[] {
  const map: ([number, number] | null)[] = Array.from({ length: block.text.length }, () => null);
  block.segments.forEach((s, k) => {
    for (let i = 0; i < s.node.data.length; i++) map[s.at + i] = [k, i];
  });
  return map;
}

function expectWellFormed(block: TextBlock) {
  expect(block.segments.length).toBeGreaterThan(0);
  expect(block.text).toMatch(/[\p{L}\p{N}]/u);
  expect(block.segments[0]!.at).toBe(0);
  let end = 0;
  for (const [k, seg] of block.segments.entries()) {
    expect(seg.node.data.length).toBeGreaterThan(0);
    expect(block.text.slice(seg.at, seg.at + seg.node.data.length)).toBe(seg.node.data);
    // Between two segments, and after the last, only the spaces that <br> elements read as.
    expect(block.text.slice(end, seg.at)).toMatch(/^ *$/);
    if (k > 0) expect(block.segments[k - 1]!.node.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(block.element.contains(seg.node)).toBe(true);
    end = seg.at + seg.node.data.length;
  }
  expect(block.text.slice(end)).toMatch(/^ *$/);
}

describe('collectBlocks on random DOM trees', () => {
  it('never throws; each block is its segments\' node data at their offsets, with only BR spaces between', () => {
    fc.assert(
      fc.property(forest, (specs) => {
        const { root } = build(specs);
        for (const block of collectBlocks(root)) expectWellFormed(block);
        root.remove();
      }),
      { numRuns: RUNS },
    );
  });

  it('reads no text from script, style, template, textarea, button, hidden, aria-hidden or contenteditable subtrees, and all other text once', () => {
    let skippedSeen = 0;
    fc.assert(
      fc.property(forest, (specs) => {
        const { root, texts } = build(specs, { mark: true });
        const blocks = collectBlocks(root);
        for (const b of blocks) expect(b.text).not.toContain(SKIP_MARK);
        const read = new Map<Text, number>();
        for (const b of blocks) for (const s of b.segments) read.set(s.node, (read.get(s.node) ?? 0) + 1);
        const info = new Map(texts.map((t) => [t.node, t]));
        for (const [node, n] of read) {
          expect(n, JSON.stringify(node.data)).toBe(1);
          expect(info.has(node)).toBe(true);
          expect(info.get(node)!.skipped, `read skipped text ${JSON.stringify(node.data)}`).toBe(false);
        }
        for (const t of texts) {
          if (t.skipped && t.node.data) skippedSeen++;
          // Visible text with a letter or figure is always read (with none, its block may be dropped).
          if (!t.skipped && !t.unspecified && /[\p{L}\p{N}]/u.test(t.node.data)) expect(read.has(t.node), `lost ${JSON.stringify(t.node.data)}`).toBe(true);
        }
        root.remove();
      }),
      { numRuns: RUNS },
    );
    expect(skippedSeen).toBeGreaterThan(0);
  });

  it('the same tree gives the same blocks twice (no state kept between walks)', () => {
    fc.assert(
      fc.property(forest, (specs) => {
        const { root } = build(specs);
        const shape = (bs: TextBlock[]) => bs.map((b) => [b.text, b.element, b.segments.map((s) => [s.node, s.at])]);
        expect(shape(collectBlocks(root))).toEqual(shape(collectBlocks(root)));
        root.remove();
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('rangeFor on random blocks and offsets', () => {
  const offsets = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });

  it('starts at the first character asked for, ends after the last, and reads the block text without BR spaces when nothing hidden lies between', () => {
    let compared = 0;
    let acrossBr = 0;
    fc.assert(
      fc.property(rangeForest, offsets, (specs, pairs) => {
        const { root, texts } = build(specs);
        const order = texts.filter((t) => t.node.data).map((t) => t.node);
        for (const block of collectBlocks(root)) {
          const map = charMap(block);
          // Are this block's nodes consecutive among all non-empty Text nodes (no skipped text between them)?
          const first = order.indexOf(block.segments[0]!.node);
          const contiguous = block.segments.every((s, k) => order[first + k] === s.node);
          for (const [x, y] of pairs) {
            const n = block.text.length + 1;
            const [start, end] = [Math.min(x % n, y % n), Math.max(x % n, y % n)];
            const range = rangeFor(block, start, end, document);
            const inside = map.slice(start, end).filter((m) => m !== null);
            if (!inside.length) {
              expect(range, `${start}-${end} of ${JSON.stringify(block.text)}`).toBeNull();
              continue;
            }
            expect(range).not.toBeNull();
            const [k0, o0] = inside[0]!;
            const [k1, o1] = inside.at(-1)!;
            expect(range!.startContainer).toBe(block.segments[k0]!.node);
            expect(range!.startOffset).toBe(o0);
            // The end is just after the last character: in its node, or (same place) at the start of the next segment.
            const endNode = block.segments[k1]!.node;
            const atEnd = range!.endContainer === endNode && range!.endOffset === o1 + 1;
            const atNext = o1 + 1 === endNode.data.length && range!.endContainer === block.segments[k1 + 1]?.node && range!.endOffset === 0;
            expect(atEnd || atNext, `end of ${start}-${end} in ${JSON.stringify(block.text)}`).toBe(true);
            const expected = block.text.slice(start, end).split('').filter((_, i) => map[start + i] !== null).join('');
            if (contiguous) {
              expect(range!.toString()).toBe(expected);
              compared++;
              if (expected !== block.text.slice(start, end)) acrossBr++;
            }
          }
        }
        root.remove();
      }),
      { numRuns: RUNS },
    );
    // The generator must reach both cases: plain spans and spans across a <br>.
    expect(compared).toBeGreaterThan(RUNS / 2);
    expect(acrossBr).toBeGreaterThan(0);
  });

  it('gives null for an empty or reversed span', () => {
    fc.assert(
      fc.property(rangeForest, fc.nat(), (specs, x) => {
        const { root } = build(specs);
        for (const block of collectBlocks(root)) {
          const at = x % (block.text.length + 1);
          expect(rangeFor(block, at, at, document)).toBeNull();
          if (at > 0) expect(rangeFor(block, at, at - 1, document)).toBeNull();
        }
        root.remove();
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('regressions: defects found by these properties, fixed in src/page', () => {
  // Bug: rangeFor(block, start, end) with `end` exactly at the end of one Text node resolves the end to
  // offset 0 of the *next segment*, so the Range also covers any skipped inline text between the two
  // (aria-hidden icons, contenteditable or hidden spans): that text is highlighted with the sentence.
  it('a sentence that ends where a Text node ends does not reach over a following aria-hidden inline', () => {
    document.body.innerHTML = '<p><span>Russia freed 307 prisoners.</span><span aria-hidden="true">[icon]</span> Next one.</p>';
    const [block] = collectBlocks(document.body);
    expect(block!.text).toBe('Russia freed 307 prisoners. Next one.');
    const range = rangeFor(block!, 0, 'Russia freed 307 prisoners.'.length, document)!;
    // Observed: 'Russia freed 307 prisoners.[icon]' (end at offset 0 of " Next one.").
    expect(range.toString()).toBe('Russia freed 307 prisoners.');
  });

  // Bug: the walker's comment says "two [<br>] in a row end the block", but a <br> appends a space and the
  // check is `text.endsWith('\n')`, so <br><br> never ends a block: "Headline<br><br>Body" is one block
  // "Headline  Body", and a line without a full stop runs into the next sentence.
  it('two <br> in a row end the block', () => {
    document.body.innerHTML = '<p>Kyiv, Saturday<br><br>Russia freed 307 prisoners.</p>';
    // Observed: ['Kyiv, Saturday  Russia freed 307 prisoners.']
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Kyiv, Saturday', 'Russia freed 307 prisoners.']);
  });
});
