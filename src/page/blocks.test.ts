// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { registerOwn } from '../dom/own-ui';
import { blocksToText, collectBlocks } from './blocks';
import { rangeFor } from './ranges';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectBlocks', () => {
  it('keeps a sentence split across inline elements in one block, and ends blocks at block boundaries', () => {
    const body = dom('<p>Russia and <a href="#">Ukraine</a> freed <em>307</em> prisoners<br>each.</p><div>Next block.</div>');
    const blocks = collectBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual(['Russia and Ukraine freed 307 prisoners each.', 'Next block.']);
  });

  it('ends a block at two <br> with white space between, keeping that white space\'s own text where it is (found by the property test)', () => {
    const body = dom('<p><span><span>Russia freed 307 prisoners.<br> </span></span><br></p>');
    const [block] = collectBlocks(body);
    for (const seg of block!.segments) expect(block!.text.slice(seg.at, seg.at + seg.node.data.length)).toBe(seg.node.data);
    expect(block!.text.trim()).toBe('Russia freed 307 prisoners.');
    // Two <br> in a row still end the block without a trailing space.
    expect(collectBlocks(dom('<p>One line.<br><br>Next line.</p>')).map((b) => b.text)).toEqual(['One line.', 'Next line.']);
  });

  it('skips script, style, noscript, template, form fields, contenteditable, hidden and aria-hidden content and its own UI', () => {
    const body = dom(`<p>Visible.</p><script>var x = "Kyiv 307 prisoners";</script><style>p{}</style><noscript>no js</noscript>
      <template><p>tpl</p></template><textarea>typed text</textarea><div contenteditable="true">editing</div>
      <div hidden>hidden</div><div aria-hidden="true">aria hidden</div><div id="ours"></div><p>Also visible.</p>`);
    const ours = registerOwn(document.createElement('div'));
    ours.textContent = 'our card';
    body.querySelector('#ours')!.replaceWith(ours);
    expect(blocksToText(collectBlocks(body))).toBe('Visible.\n\nAlso visible.');
  });

  it('reads a page\'s element that carries Crosscheck\'s attribute: only what Crosscheck registered is its own', () => {
    const body = dom('<article data-crosscheck-ui><p>The page\'s own article.</p></article><div data-crosscheck-ui="">And its aside.</div>');
    expect(blocksToText(collectBlocks(body))).toBe('The page\'s own article.\n\nAnd its aside.');
  });

  it('reads open shadow roots', () => {
    const body = dom('<div id="host"></div>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the shadow.</p>';
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['Inside the shadow.']);
  });

  it('stops at the depth limit instead of overflowing the stack', () => {
    let html = '';
    for (let i = 0; i < 3000; i++) html += '<div>';
    html += 'deep text';
    const body = dom(html);
    expect(() => collectBlocks(body, { maxDepth: 200 })).not.toThrow();
    expect(collectBlocks(body, { maxDepth: 200 })).toEqual([]);
  });
});

describe('rangeFor', () => {
  it('maps block offsets to a Range whose text is the sentence, across inline elements', () => {
    const body = dom('<p>Intro here. Russia and <a href="#">Ukraine</a> freed <em>307</em> prisoners. Done.</p>');
    const [block] = collectBlocks(body);
    const sentence = 'Russia and Ukraine freed 307 prisoners.';
    const start = block!.text.indexOf(sentence);
    const range = rangeFor(block!, start, start + sentence.length, document)!;
    expect(range.toString()).toBe(sentence);
    expect(range.startContainer.textContent).toBe('Intro here. Russia and ');
    expect(range.endContainer.textContent).toBe(' prisoners. Done.');
  });

  it('starts a range in the next node when the offset falls on a node boundary', () => {
    const body = dom('<p><b>Bold.</b><i>Italic sentence.</i></p>');
    const [block] = collectBlocks(body);
    const range = rangeFor(block!, 5, block!.text.length, document)!;
    expect(range.toString()).toBe('Italic sentence.');
    expect(range.startContainer.parentElement!.tagName).toBe('I');
  });
});
