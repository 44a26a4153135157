import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { registrationFor, serialSync } from './registration';

const withSites = (sites: string[]): Settings => ({ ...DEFAULT_SETTINGS, runOn: 'list', sites, paused: [] });
const tick = () => new Promise((r) => setTimeout(r, 1));

describe('serialSync', () => {
  it('runs one sync at a time, and the last run has the latest settings', async () => {
    let running = 0;
    let most = 0;
    const seen: string[][] = [];
    const sync = serialSync(async (s) => {
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(s.sites);
      running--;
      return s.sites.length;
    });
    // Five changes in a row, as a reader removing sites one by one, faster than a sync takes.
    const first = sync(withSites(['a.com', 'b.com', 'c.com', 'd.com']));
    while (running === 0) await Promise.resolve();
    const calls = [['a.com', 'b.com', 'c.com'], ['a.com', 'b.com'], ['a.com'], []].map((sites) => sync(withSites(sites)));
    await Promise.all([first, ...calls]);
    expect(most).toBe(1);
    expect(seen.at(-1)).toEqual([]);
    // The calls made while the first ran collapse into one run with the newest settings.
    expect(seen).toEqual([['a.com', 'b.com', 'c.com', 'd.com'], []]);
  });

  it('a failed sync does not stop the next', async () => {
    const seen: string[][] = [];
    const sync = serialSync(async (s) => {
      seen.push(s.sites);
      if (s.sites.includes('bad.com')) throw new Error('registration failed');
      return true;
    });
    await sync(withSites(['bad.com'])).catch(() => undefined);
    expect(await sync(withSites(['good.com']))).toBe(true);
    expect(seen).toEqual([['bad.com'], ['good.com']]);
  });
});

describe('registrationFor', () => {
  it('every site, the listed sites, or nothing; paused sites excluded', () => {
    expect(registrationFor({ ...DEFAULT_SETTINGS, runOn: 'all', paused: ['p.com'] })).toEqual({ matches: ['<all_urls>'], excludeMatches: ['*://p.com/*', '*://*.p.com/*'] });
    expect(registrationFor(withSites(['a.com']))!.matches).toEqual(['*://a.com/*', '*://*.a.com/*']);
    expect(registrationFor(withSites([]))).toBeNull();
    expect(registrationFor({ ...DEFAULT_SETTINGS, runOn: 'click' })).toBeNull();
  });
});
