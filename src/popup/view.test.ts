import { describe, expect, it } from 'vitest';
import type { PageSummary, TabState } from '../messages/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { popupView, type TabInfo } from './view';

const tab: TabInfo = { id: 7, url: 'https://news.example/story', host: 'news.example', readable: true };
const settings = (s: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...s });
const summary = (s: Partial<PageSummary> = {}): PageSummary => ({
  sentences: 0, claims: 0, counts: { agree: 0, dispute: 0, differs: 0, single: 0 }, items: [], status: 'running', ...s,
});
const state = (...frames: PageSummary[]): TabState => ({ tabId: 7, frames: Object.fromEntries(frames.map((f, i) => [String(i), f])) });

describe('popupView: the status ladder', () => {
  it('says a paused site is paused before anything it found', () => {
    const paused = popupView(tab, settings({ paused: ['news.example'] }), state(summary({ sentences: 3 })), true, false);
    expect(paused).toMatchObject({ paused: true, statusLine: { key: 'paused' }, action: null, empty: false });
  });

  it('counts what the frames found, the top frame giving the status', () => {
    const v = popupView(tab, settings(), state(summary({ sentences: 2, claims: 3, counts: { agree: 1, dispute: 1, differs: 0, single: 0 } }), summary({ sentences: 1, claims: 1, status: 'off' })), true, false);
    expect(v).toMatchObject({ sentences: 3, claims: 4, status: 'running', statusLine: { key: 'found', count: 3 }, action: 'rescan' });
    expect(v.counts).toEqual({ agree: 1, dispute: 1, differs: 0, single: 0 });
  });

  it('tells a page with nothing to mark from one Crosscheck does not run on, and why', () => {
    expect(popupView(tab, settings(), state(summary()), true, false)).toMatchObject({ statusLine: { key: 'none' }, empty: true });
    expect(popupView(tab, settings(), null, true, true).statusLine.key).toBe('checking');
    expect(popupView(tab, settings({ runOn: 'click' }), null, false, false)).toMatchObject({ statusLine: { key: 'click' }, askAccess: false, action: 'check' });
    expect(popupView(tab, settings({ runOn: 'list', sites: ['other.example'] }), null, true, false).statusLine.key).toBe('notListed');
    expect(popupView(tab, settings(), null, true, false).statusLine.key).toBe('nothing');
  });

  it('asks for site access only where the reader\'s mode needs it and it is missing', () => {
    expect(popupView(tab, settings(), null, false, false).askAccess).toBe(true);
    expect(popupView(tab, settings(), null, null, false).askAccess).toBe(false);
    expect(popupView(tab, settings(), null, true, false).askAccess).toBe(false);
  });
});
