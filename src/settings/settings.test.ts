import { describe, expect, it } from 'vitest';
import {
  resumed,
  togglePaused,
  withoutSite,
  DEFAULT_SETTINGS,
  hostMatches,
  migrateV1,
  normalizeHost,
  parseSettings,
  runsAutomaticallyOn,
  sitePatterns,
  type Settings,
} from './settings';

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, sites: [], paused: [], ...over });

describe('parseSettings', () => {
  it.each([null, undefined, 'garbage', '', 42, 0, Number.NaN, true, [], ['all'], () => 1])('gives the defaults for %s', (value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const v = { mark: 'problems', sensitivity: 'strict', runOn: 'list', sites: ['a.com', 'b.org'], paused: ['c.net'] };
    expect(parseSettings(v)).toEqual(v);
  });

  it('falls back field by field: wrong enum values, wrong types, keeps the rest', () => {
    expect(parseSettings({ mark: 'some', sensitivity: 'strict', runOn: 'list' })).toEqual(settings({ sensitivity: 'strict', runOn: 'list' }));
    expect(parseSettings({ mark: 'problems', sensitivity: 1, runOn: 'everywhere' })).toEqual(settings({ mark: 'problems' }));
    expect(parseSettings({ mark: ['problems'], sensitivity: 'STRICT', runOn: 'click' })).toEqual(settings({ runOn: 'click' }));
    expect(parseSettings({ mark: null, sites: 'a.com', paused: { 0: 'a.com' } })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ sites: null, paused: 7 })).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores unknown fields', () => {
    const out = parseSettings({ extra: 1, mark: 'problems', enabled: false, onlyConflicts: true });
    expect(out).toEqual(settings({ mark: 'problems' }));
    expect(Object.keys(out).sort()).toEqual(['mark', 'paused', 'runOn', 'sensitivity', 'sites']);
  });

  it('normalises hosts: scheme, path, query, port, upper case, www., trailing dot, wildcard', () => {
    const out = parseSettings({
      sites: ['https://News.Example.com/world/article?x=1#top', 'EXAMPLE.org:8080', 'www.bbc.co.uk', 'http://www.foo.com:443/', '*.bar.net', 'baz.io.'],
    });
    expect(out.sites).toEqual(['bar.net', 'baz.io', 'bbc.co.uk', 'example.org', 'foo.com', 'news.example.com']);
  });

  it('drops invalid hosts and non-strings, removes duplicates, sorts', () => {
    const out = parseSettings({
      paused: ['b.com', 'not a host', '', '   ', 'a_b.com', '-bad.com', 'bad-.com', 'x..y', 42, null, { host: 'c.com' }, ['d.com'], 'B.com', 'www.b.com', 'a.com', 'a.com', 'x'.repeat(254)],
    });
    expect(out.paused).toEqual(['a.com', 'b.com']);
  });

  it('keeps IPv4 addresses and single-label hosts, and keeps "www." when only a top-level domain would remain', () => {
    expect(parseSettings({ sites: ['192.168.0.1', 'localhost', 'www.com'] }).sites).toEqual(['192.168.0.1', 'localhost', 'www.com']);
  });

  it('caps a 10,000-entry list', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `site${i}.example`);
    const t = performance.now();
    const out = parseSettings({ sites: many, paused: many });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.sites.length).toBeGreaterThan(0);
    expect(out.sites.length).toBeLessThanOrEqual(1000);
    expect(out.paused.length).toBeLessThanOrEqual(1000);
    expect(new Set(out.sites).size).toBe(out.sites.length);
  });

  it('is idempotent', () => {
    const once = parseSettings({ mark: 'problems', sites: ['HTTPS://WWW.A.COM/x', 'b.com'], paused: ['c.com', 'junk junk'] });
    expect(parseSettings(once)).toEqual(once);
  });
});

describe('normalizeHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.example.com/path', 'example.com'],
    ['ftp://files.example.com', 'files.example.com'],
    ['example.com:8443', 'example.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s -> %s', (input, out) => expect(normalizeHost(input)).toBe(out));

  it.each([null, undefined, 1, {}, '', ' ', 'exa mple.com', 'example..com', 'http://', 'user@example.com', '[::1]', '.com'])('rejects %s', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('migrateV1', () => {
  it('maps the first draft’s fields', () => {
    expect(migrateV1({ enabled: true, onlyConflicts: true, strict: true, disabledSites: ['WWW.Example.com', 'bad host', 'b.org'] })).toEqual(
      settings({ mark: 'problems', sensitivity: 'strict', paused: ['b.org', 'example.com'] }),
    );
    expect(migrateV1({ onlyConflicts: false, strict: false })).toEqual(DEFAULT_SETTINGS);
  });

  it('only `true` switches an option on', () => {
    expect(migrateV1({ onlyConflicts: 'yes', strict: 1, disabledSites: 'a.com' })).toEqual(DEFAULT_SETTINGS);
  });

  it.each([null, undefined, 'garbage', 5, []])('gives the defaults for %s', (value) => {
    expect(migrateV1(value)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('hostMatches', () => {
  const sites = ['example.com', 'bbc.co.uk'];
  it('matches the site, www. and any subdomain', () => {
    expect(hostMatches('example.com', sites)).toBe(true);
    expect(hostMatches('www.example.com', sites)).toBe(true);
    expect(hostMatches('news.eu.example.com', sites)).toBe(true);
    expect(hostMatches('WWW.BBC.CO.UK', sites)).toBe(true);
  });

  it('does not match lookalikes that only share a suffix or prefix', () => {
    expect(hostMatches('notexample.com', sites)).toBe(false);
    expect(hostMatches('example.com.evil.net', sites)).toBe(false);
    expect(hostMatches('example.co', sites)).toBe(false);
    expect(hostMatches('co.uk', sites)).toBe(false);
    expect(hostMatches('xbbc.co.uk', sites)).toBe(false);
  });

  it('is false for no list and for a host that is not one', () => {
    expect(hostMatches('example.com', [])).toBe(false);
    expect(hostMatches('', sites)).toBe(false);
    expect(hostMatches('exa mple.com', sites)).toBe(false);
  });

  it('"www.com" on the list does not cover every .com site', () => {
    const list = parseSettings({ sites: ['www.com'] }).sites;
    expect(hostMatches('www.com', list)).toBe(true);
    expect(hostMatches('example.com', list)).toBe(false);
  });
});

describe('runsAutomaticallyOn', () => {
  it('every site unless paused', () => {
    const s = settings({ runOn: 'all', paused: ['paused.com'] });
    expect(runsAutomaticallyOn(s, 'example.com')).toBe(true);
    expect(runsAutomaticallyOn(s, 'paused.com')).toBe(false);
    expect(runsAutomaticallyOn(s, 'www.paused.com')).toBe(false);
    expect(runsAutomaticallyOn(s, 'notpaused.com')).toBe(true);
  });

  it('only listed sites (and their subdomains) in list mode; paused wins', () => {
    const s = settings({ runOn: 'list', sites: ['example.com', 'both.org'], paused: ['both.org'] });
    expect(runsAutomaticallyOn(s, 'example.com')).toBe(true);
    expect(runsAutomaticallyOn(s, 'news.example.com')).toBe(true);
    expect(runsAutomaticallyOn(s, 'other.com')).toBe(false);
    expect(runsAutomaticallyOn(s, 'both.org')).toBe(false);
    expect(runsAutomaticallyOn(settings({ runOn: 'list' }), 'example.com')).toBe(false);
  });

  it('never on its own in click mode', () => {
    expect(runsAutomaticallyOn(settings({ runOn: 'click', sites: ['example.com'] }), 'example.com')).toBe(false);
  });
});

describe('sitePatterns', () => {
  it('gives the site and its subdomains, any scheme', () => {
    expect(sitePatterns(['example.com'])).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });

  it('gives an IPv4 address alone (no subdomains)', () => {
    expect(sitePatterns(['10.0.0.1', 'a.org'])).toEqual(['*://10.0.0.1/*', '*://a.org/*', '*://*.a.org/*']);
  });

  it('gives nothing for no sites', () => {
    expect(sitePatterns([])).toEqual([]);
  });

  it('every pattern is a valid match pattern', () => {
    const re = /^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/;
    for (const p of sitePatterns(parseSettings({ sites: ['A.com', 'https://www.b.co.uk/x', '1.2.3.4', 'localhost'] }).sites)) expect(p).toMatch(re);
  });
});

describe('withoutSite, resumed and togglePaused', () => {
  it('remove one listed site, resume one paused site, and pause or resume the page a popup is on', () => {
    expect(withoutSite({ sites: ['a.example', 'b.example'] }, 'a.example')).toEqual({ sites: ['b.example'] });
    expect(resumed({ paused: ['a.example', 'b.example'] }, 'b.example')).toEqual({ paused: ['a.example'] });
    expect(togglePaused({ paused: [] }, 'news.example')).toEqual({ paused: ['news.example'] });
    // A page under a paused site resumes it, and every other paused site it falls under.
    expect(togglePaused({ paused: ['example', 'news.example', 'other.test'] }, 'www.news.example')).toEqual({ paused: ['other.test'] });
  });
});
