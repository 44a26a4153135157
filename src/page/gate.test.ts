// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import gatePattern from '../../.generated/topic-gate.json';
import { compileGate } from '../match/topic-gate';
import { runGate } from './gate';

const gate = compileGate(gatePattern);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runGate', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.title = '';
  });

  it('passes at once on a page that names the topic, in the title or the text', () => {
    document.body.innerHTML = '<p>Prisoners were exchanged in Kyïv on Saturday.</p>';
    const onPass = vi.fn();
    expect(runGate(document, gate, onPass, { signal: new AbortController().signal }).passed).toBe(true);
    expect(onPass).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<p>Nothing here.</p>';
    document.title = 'Ukraine war: live';
    const again = vi.fn();
    expect(runGate(document, gate, again, { signal: new AbortController().signal }).passed).toBe(true);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('waits on an off-topic page and passes once when a topic paragraph is added', async () => {
    document.body.innerHTML = '<p>The council met on Tuesday about road repairs.</p>';
    const onPass = vi.fn();
    const ctl = new AbortController();
    expect(runGate(document, gate, onPass, { signal: ctl.signal, intervalMs: 10 }).passed).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Weather: sunny.';
    document.body.appendChild(p);
    await wait(40);
    expect(onPass).not.toHaveBeenCalled();
    const q = document.createElement('p');
    q.textContent = 'Russia and Ukraine released 307 prisoners each.';
    document.body.appendChild(q);
    await wait(40);
    const r = document.createElement('p');
    r.textContent = 'Moscow said more would follow.';
    document.body.appendChild(r);
    await wait(40);
    expect(onPass).toHaveBeenCalledTimes(1);
    ctl.abort();
  });

  it('stops watching when its context is aborted', async () => {
    document.body.innerHTML = '<p>Off topic.</p>';
    const onPass = vi.fn();
    const ctl = new AbortController();
    runGate(document, gate, onPass, { signal: ctl.signal, intervalMs: 10 });
    ctl.abort();
    const q = document.createElement('p');
    q.textContent = 'Russia and Ukraine released 307 prisoners each.';
    document.body.appendChild(q);
    await wait(40);
    expect(onPass).not.toHaveBeenCalled();
  });
});
