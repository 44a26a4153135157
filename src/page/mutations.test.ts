// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isInOwnUi, registerOwn } from '../dom/own-ui';
import { classifyMutations, MutationQueue, rescanRoots, type MutationLike } from './mutations';

const record = (r: Partial<MutationLike> & Pick<MutationLike, 'type' | 'target'>): MutationLike => ({ addedNodes: [], removedNodes: [], ...r });

describe('classifyMutations', () => {
  document.body.innerHTML = '<article><p id="p">Some <b id="b">307</b> text</p><section id="forged" data-crosscheck-ui=""><p id="page">y</p></section></article>';
  const p = document.getElementById('p')!;
  const layer = registerOwn(document.createElement('crosscheck-layer'));
  layer.innerHTML = '<i id="own">x</i>';
  document.querySelector('article')!.append(layer);
  const own = document.getElementById('own')!;
  const isOwn = isInOwnUi;

  it('reads edited text and added nodes as changed, and skips Crosscheck\'s own elements', () => {
    const text = p.firstChild!;
    const added = document.createElement('p');
    const ops = classifyMutations(
      [record({ type: 'characterData', target: text }), record({ type: 'childList', target: p, addedNodes: [added, own] }), record({ type: 'childList', target: own, addedNodes: [document.createElement('b')] })],
      isOwn,
    );
    expect(ops).toEqual({ changed: [text, added], rescan: [], removals: false });
  });

  it('reads the changes of a page\'s element that carries Crosscheck\'s attribute', () => {
    const forged = document.getElementById('forged')!;
    const inside = document.getElementById('page')!.firstChild!;
    const added = document.createElement('p');
    const ops = classifyMutations([record({ type: 'characterData', target: inside }), record({ type: 'childList', target: forged, addedNodes: [added] })], isOwn);
    expect(ops).toEqual({ changed: [inside, added], rescan: [], removals: false });
  });

  it('rescans where text or inline content left, and only notes a removed block', () => {
    const inline = document.createElement('b');
    const block = document.createElement('div');
    const ops = classifyMutations(
      [record({ type: 'childList', target: p, removedNodes: [inline] }), record({ type: 'childList', target: document.body, removedNodes: [block] })],
      isOwn,
    );
    expect(ops).toEqual({ changed: [], rescan: [p], removals: true });
  });
});

describe('MutationQueue', () => {
  it('hands out bounded batches of what is still in the document, then is empty', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const [a, b, c] = [...document.querySelectorAll('p')];
    const gone = document.createElement('p');
    const q = new MutationQueue();
    expect(q.hasWork).toBe(false);
    q.push({ changed: [a!, b!, gone], rescan: [c!], removals: true });
    q.push({ changed: [a!], rescan: [], removals: false });
    expect(q.take(2)).toEqual([a, b, c]);
    expect(q.hasWork).toBe(true); // the detached node is still queued
    expect(q.take(2)).toEqual([]);
    expect(q.hasWork).toBe(false);
  });
});

describe('rescanRoots', () => {
  it('gives the nearest block around each change, once, and not one inside another', () => {
    document.body.innerHTML = '<section id="s"><p id="p1">one <b id="b">two</b></p><p id="p2">three</p></section><p id="p3">four</p>';
    const $ = (id: string) => document.getElementById(id)!;
    expect(rescanRoots([$('b').firstChild!, $('p1'), $('p3').firstChild!]).map((e) => e.id)).toEqual(['p1', 'p3']);
    expect(rescanRoots([$('p2'), $('s')]).map((e) => e.id)).toEqual(['s']);
  });
});
