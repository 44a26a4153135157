// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// Hostile pages at the module level: 10,000-deep nesting, 200,000 nodes, 5 MB
// of text, text that looks like HTML and script, right-to-left and CJK text.
// No exception, bounded time and memory, and markup in page text is only text.
// The pages come from tests/fixtures/hostile.ts, so end-to-end tests can serve
// the same ones to real browsers.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendDeepNesting,
  bigText,
  bigTextParagraphs,
  CLAIM_SENTENCES,
  deepNesting,
  HTML_LOOKING,
  htmlLookingText,
  htmlPage,
  manyNodes,
  markerText,
  NODES_PER_PARAGRAPH,
  removeDeep,
  RTL_CJK,
  rtlAndCjk,
} from '../../tests/fixtures/hostile';
import { loadClaimBase } from '../claims/load-node';
import { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { Card } from '../ui/card';
import { factVerdict } from '../verdict/verdict';
import { collectBlocks } from './blocks';
import { htmlToText, matchHtml } from './parse-html';
import { rangeFor } from './ranges';

const index = loadClaimBase();
const matcher = new Matcher(index);
const sources = new Map(index.sources.map((s) => [s.id, s]));
const claims = new Map(index.claims.map((c) => [c.id, c]));
const MiB = 1024 * 1024;

type Pwned = Window & { __pwned?: unknown; __control?: unknown };
const win = () => window as unknown as Pwned;

// Clearing 200,000 nodes takes happy-dom seconds, more on a loaded 2-core machine: a budget, not an assertion.
afterEach(() => {
  document.body.replaceChildren();
  delete win().__pwned;
  delete win().__control;
}, 60_000);

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

/** Nodes under `root` (itself excluded), counted without recursion. */
function countNodes(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    for (let c = stack.pop()!.firstChild; c; c = c.nextSibling) {
      n++;
      stack.push(c);
    }
  }
  return n;
}

function depthOf(node: Node, root: Node): number {
  let d = 0;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) d++;
  return d;
}

describe('(a) 10,000-deep nesting', () => {
  const MARKERS = [1, 10, 100, 250, 498, 499, 500, 501, 1000, 5000];
  let deep: HTMLElement | null = null;
  afterEach(() => {
    if (deep) removeDeep(deep);
    deep = null;
  });
  /** The nest inside a <div> of its own in <body>, built one element at a time (see appendDeepNesting). */
  const nest = (depth: number, opts: { tags?: string[]; markers?: number[] }) => {
    deep = document.createElement('div');
    document.body.appendChild(deep);
    return appendDeepNesting(deep, depth, opts);
  };

  it('appendDeepNesting builds the DOM that deepNesting writes as HTML', () => {
    for (const tags of [['div'], ['div', 'span']]) {
      nest(600, { tags, markers: MARKERS });
      expect(deep!.innerHTML).toBe(deepNesting(600, { tags, markers: MARKERS }));
      removeDeep(deep!);
    }
  });

  for (const tags of [['div'], ['div', 'span'], ['span']]) {
    it(`<${tags.join('>/<')}> nested 10,000 deep: no stack overflow, bounded time; text below depth 500 is ignored`, () => {
      const bottom = nest(10_000, { tags, markers: MARKERS });
      expect(depthOf(bottom.lastChild!, deep!)).toBe(10_001);

      const [blocks, ms] = timed(() => collectBlocks(deep!));
      console.log(`collectBlocks, ${tags.join('/')} nested 10,000 deep: ${ms.toFixed(1)} ms, ${blocks.length} blocks`);
      expect(ms).toBeLessThan(10_000);
      const text = blocks.map((b) => b.text).join('\n');
      // Walking from the container, the text of the element at level L is at depth L + 1: read up to
      // depth 500 (the default maxDepth), ignored below it, and the walk goes on after the nest.
      for (const level of MARKERS) expect(text.includes(markerText(level)), `level ${level}`).toBe(level + 1 <= 500);
      expect(text).not.toContain('Bottom of the page.');
      expect(blocks.at(-1)!.text).toBe('After the nest.');
      if (tags.length === 1 && tags[0] === 'div') {
        expect(blocks.map((b) => b.text)).toEqual([...MARKERS.filter((l) => l + 1 <= 500).map(markerText), 'After the nest.']);
      }
    });
  }

  it('with a larger maxDepth the walk reads all 10,000 levels without overflowing the stack', () => {
    nest(10_000, { tags: ['div', 'span'], markers: MARKERS });
    const [blocks, ms] = timed(() => collectBlocks(deep!, { maxDepth: 1_000_000 }));
    console.log(`collectBlocks, nested 10,000 deep, maxDepth 1e6: ${ms.toFixed(1)} ms`);
    const text = blocks.map((b) => b.text).join('\n');
    for (const level of MARKERS) expect(text).toContain(markerText(level));
    expect(text).toContain('Bottom of the page.');
  });

  // Bug (CLI path, src/page/scan.ts blocksInPriorityOrder via parse-html.ts matchHtml): on a 10,000-deep
  // page, happy-dom's querySelectorAll (recursive) throws RangeError: Maximum call stack size exceeded, and
  // `npm run check -- deep.html ok.html` dies with it instead of reporting ok.html (check.ts rethrows
  // anything but InputError). collectBlocks and htmlToText cope; the ARTICLE_SELECTORS lookup does not.
  it('matchHtml (npm run check) reads a 10,000-deep page without throwing', () => {
    const claim = CLAIM_SENTENCES[0]!;
    const html = htmlPage('Deep', `${deepNesting(10_000, { tags: ['div', 'span'] })}<p>${claim.text}</p>`);
    expect(htmlToText(html)).toContain(claim.text); // the plain walk copes
    expect(matchHtml(html, matcher).annotations.map((a) => a.claimId)).toContain(claim.claimId); // observed: RangeError
  }, 60_000);

  it('a Range for a sentence 400 levels deep maps back to its Text node', () => {
    nest(10_000, { markers: [400] });
    const block = collectBlocks(deep!).find((b) => b.text === markerText(400))!;
    const range = rangeFor(block, 0, block.text.length, document)!;
    expect(range.toString()).toBe(markerText(400));
    expect(depthOf(range.startContainer, deep!)).toBe(401);
  });
});

describe('(b) 200,000 nodes', () => {
  it('collectBlocks reads 25,000 paragraphs with inline children, one block each', () => {
    const [, parseMs] = timed(() => {
      document.body.innerHTML = manyNodes(200_000);
    });
    const [nodes, countMs] = timed(() => countNodes(document.body));
    expect(nodes).toBeGreaterThanOrEqual(200_000);
    const [blocks, ms] = timed(() => collectBlocks(document.body));
    console.log(`counted in ${countMs.toFixed(0)} ms`);
    console.log(`collectBlocks, ${nodes} nodes: ${ms.toFixed(0)} ms (parse ${parseMs.toFixed(0)} ms), ${blocks.length} blocks`);
    const paragraphs = 200_000 / NODES_PER_PARAGRAPH;
    expect(blocks).toHaveLength(paragraphs);
    expect(blocks[0]!.text).toBe('Paragraph 0 links here and stresses this.');
    expect(blocks.at(-1)!.text).toBe(`Paragraph ${paragraphs - 1} links here and stresses this.`);
    expect(blocks.every((b) => b.segments.length === 5)).toBe(true);
  }, 120_000);
});

describe('(c) 5 MB of text through the matcher', () => {
  it('no exception; every claim sentence is still matched and nothing in the noise is; heap growth is bounded', () => {
    const paragraphs = bigTextParagraphs(5 * MiB);
    const bytes = paragraphs.reduce((n, p) => n + new TextEncoder().encode(p).length + 1, 0);
    expect(bytes).toBeGreaterThanOrEqual(5 * MiB);
    // As the content script does: the page context (title, opening) normalised once, then block by block.
    const context = matcher.contextTokens(`Morning news\n${paragraphs.slice(0, 3).join('\n')}`);
    const heapBefore = process.memoryUsage().heapUsed;
    const [found, ms] = timed(() => paragraphs.map((p) => matcher.matchText(p, context).annotations));
    const heapAfter = process.memoryUsage().heapUsed;
    const sentences = found.flat();
    console.log(
      `matchText on ${(bytes / MiB).toFixed(2)} MiB in ${paragraphs.length} paragraphs: ${ms.toFixed(0)} ms, ` +
        `${sentences.length} annotations, heap ${(heapBefore / MiB).toFixed(1)} -> ${(heapAfter / MiB).toFixed(1)} MiB ` +
        `(${((heapAfter - heapBefore) / MiB).toFixed(1)} MiB growth, rss ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB)`,
    );
    let claimParagraphs = 0;
    paragraphs.forEach((p, i) => {
      const claim = CLAIM_SENTENCES.find((c) => p.includes(c.text));
      if (!claim) {
        expect(found[i], p).toEqual([]);
        return;
      }
      claimParagraphs++;
      const hit = found[i]!.find((a) => a.claimId === claim.claimId);
      expect(hit, p).toBeDefined();
      expect(hit!.sentence).toContain(claim.text);
      for (const a of found[i]!) expect(p.slice(a.start, a.end)).toBe(a.sentence);
    });
    expect(claimParagraphs).toBeGreaterThan(100);
    // The matcher keeps nothing per sentence: what grows is the annotations and garbage not yet collected.
    expect(heapAfter - heapBefore).toBeLessThan(512 * MiB);
  }, 180_000);

  it('bigText() as a page reads back, block by block, as the paragraphs bigTextParagraphs() gives', () => {
    const paragraphs = bigTextParagraphs(256 * 1024, { seed: 7 });
    document.body.innerHTML = bigText(256 * 1024, { seed: 7 });
    // NUL in text: browsers' parsers drop it, happy-dom keeps it. Everything else comes back as written.
    const noNul = (t: string) => t.replace(/\0/g, '');
    expect(collectBlocks(document.body).map((b) => noNul(b.text))).toEqual(paragraphs.map(noNul));
  });

  it('a 5 MB paragraph with no full stop (one 5 MB sentence) is matched in bounded time', () => {
    const claim = CLAIM_SENTENCES[0]!.text.slice(0, -1);
    const filler = ' and the garden music played by the river in the morning'.repeat(90_000);
    const text = `${claim},${filler}.`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const [result, ms] = timed(() => matcher.matchText(text));
    console.log(`matchText on one ${(text.length / MiB).toFixed(1)} MiB sentence: ${ms.toFixed(0)} ms`);
    expect(result.sentences).toHaveLength(1);
    expect(result.annotations.map((a) => a.claimId)).toContain('exchange.saturday-count');
  }, 120_000);
});

describe('(d) text that looks like HTML and script', () => {
  function renderCard(a: Annotation) {
    const claim = claims.get(a.claimId)!;
    const root = document.createElement('div');
    document.body.appendChild(root);
    render(h(Card, { facts: [{ annotation: a, claim, kind: factVerdict(a) }], kind: factVerdict(a), sources, coverage: '', onClose: () => {} }), root);
    return root;
  }

  /** Elements a card does not render today; any of them would come from page text parsed as markup. */
  const FOREIGN = 'img, script, svg, iframe, style, object, embed, template, textarea, math';
  const shape = (root: Element) => [...root.querySelectorAll('*')].map((el) => `${el.tagName}[${el.getAttributeNames().sort().join(',')}]`);
  /** The card for `a` has the same elements and attributes as the card for `plain` (same annotation, harmless text), and shows `text` as text. */
  const expectInert = (a: Annotation, plain: Annotation, text: string) => {
    const root = renderCard(a);
    const baseline = renderCard(plain);
    expect(root.querySelectorAll(FOREIGN)).toHaveLength(0);
    expect(shape(root)).toEqual(shape(baseline));
    for (const el of root.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
    expect(root.textContent).toContain(text);
    root.remove();
    baseline.remove();
  };

  it('controls: this environment runs scripts (JavaScript evaluation is on for this file), and parsing the strings as HTML would create elements', () => {
    const s = document.createElement('script');
    s.textContent = 'window.__control = 1';
    document.body.appendChild(s);
    expect(win().__control).toBe(1);
    const div = document.createElement('div'); // detached: nothing in it runs
    div.innerHTML = HTML_LOOKING.join(' ');
    expect(div.querySelectorAll('img, script, svg, iframe, a').length).toBeGreaterThanOrEqual(5);
    expect(win().__pwned).toBeUndefined();
  });

  it('a sentence with markup in it still matches its claim, and the annotation holds the markup as text', () => {
    for (const markup of HTML_LOOKING) {
      const sentence = `Russia and Ukraine released a further 307 prisoners ${markup} each on Saturday.`;
      const a = matcher.matchText(sentence).annotations.find((x) => x.claimId === 'exchange.saturday-count');
      expect(a, markup).toBeDefined();
      expect(a!.sentence).toContain(markup);
      expect(a!.stance, markup).toBe('agrees');
    }
  });

  it('the page value the matcher quotes from such a sentence shows in the card as text', async () => {
    // The value runs from the qualifier to the figure; anything without letters or digits between them stays in it.
    const sentence = 'Russia and Ukraine released more than"><!--<>--><   1,200 prisoners each on Saturday.';
    const a = matcher.matchText(sentence).annotations.find((x) => x.claimId === 'exchange.saturday-count')!;
    expect(a.stance).toBe('differs');
    expect(a.pageValue).toBe('more than"><!--<>--><   1,200');
    expectInert(a, { ...a, pageValue: 'more than 1,200' }, a.pageValue!);
    await new Promise((r) => setTimeout(r, 20));
    expect(win().__pwned).toBeUndefined();
  });

  it('markup and script in every string the card shows from an annotation render as text, and nothing runs', async () => {
    const base = matcher.matchText(CLAIM_SENTENCES[0]!.text).annotations.find((x) => x.claimId === CLAIM_SENTENCES[0]!.claimId)!;
    expect(base.stance).toBe('agrees');
    for (const markup of HTML_LOOKING) {
      const sentence = `Russia and Ukraine released a further 307 prisoners ${markup} each on Saturday.`;
      // As the page's value (a differing figure) and as the statement (an agreeing sentence).
      const differs: Annotation = { ...base, sentence, stance: 'differs', variantId: null, agree: [], agreeSources: [], pageValue: markup };
      const agrees: Annotation = { ...base, sentence, statement: markup };
      expectInert(differs, { ...differs, pageValue: '1,200' }, markup);
      expectInert(agrees, { ...agrees, statement: 'Each side freed 307.' }, markup);
    }
    await new Promise((r) => setTimeout(r, 50)); // an onerror or onload would have fired by now
    expect(win().__pwned).toBeUndefined();
  });

  it('a page of such text (htmlLookingText) reads as text blocks that still match, and none of it runs', async () => {
    document.body.innerHTML = htmlLookingText();
    expect(document.body.querySelectorAll('img, script, svg, iframe')).toHaveLength(0);
    const blocks = collectBlocks(document.body);
    expect(blocks).toHaveLength(HTML_LOOKING.length);
    HTML_LOOKING.forEach((markup, i) => {
      expect(blocks[i]!.text).toContain(markup);
      const a = matcher.matchText(blocks[i]!.text).annotations.find((x) => x.claimId === 'exchange.saturday-count');
      expect(a, markup).toBeDefined();
      expect(rangeFor(blocks[i]!, a!.start, a!.end, document)!.toString()).toBe(a!.sentence);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(win().__pwned).toBeUndefined();
  });
});

describe('(e) right-to-left and CJK text', () => {
  const claim = CLAIM_SENTENCES[0]!;

  it('an English claim sentence among Arabic, Hebrew, Persian and CJK paragraphs is still matched, nothing else is', () => {
    document.body.innerHTML = rtlAndCjk();
    const blocks = collectBlocks(document.body);
    expect(blocks).toHaveLength(7);
    const found = blocks.map((b) => matcher.matchText(b.text).annotations);
    const withClaim = blocks.map((b) => b.text.includes(claim.text));
    expect(withClaim.filter(Boolean)).toHaveLength(2);
    blocks.forEach((b, i) => {
      if (!withClaim[i]) return expect(found[i], b.text).toEqual([]);
      const a = found[i]!.find((x) => x.claimId === claim.claimId)!;
      expect(a, b.text).toBeDefined();
      expect(a.sentence).toContain(claim.text);
      expect(rangeFor(b, a.start, a.end, document)!.toString()).toBe(a.sentence);
    });
  });

  it('in one paragraph with RTL and CJK sentences and direction marks around it, the sentence is still matched', () => {
    const marks = ['', '\u200F', '\u200E', '\u202B', '\u202C', '\u2067', '\u2069', '\u061C', '\uFEFF'];
    for (const [i, other] of RTL_CJK.entries()) {
      for (const [k, mark] of marks.entries()) {
        const around = RTL_CJK[(i + k) % RTL_CJK.length]!;
        for (const text of [`${other} ${mark}${claim.text}${mark} ${around}`, `${mark}${claim.text}${mark}\n${other}${around}`]) {
          const a = matcher.matchText(text).annotations.find((x) => x.claimId === claim.claimId);
          expect(a, JSON.stringify(text)).toBeDefined();
          expect(a!.sentence).toContain(claim.text);
          expect(a!.stance).toBe('agrees');
        }
      }
    }
  });
});
