// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { Matcher, publishedBefore } from '../match/matcher';
import { calendarDate, publishedDate } from './published';

const docOf = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('publishedDate', () => {
  it.each([
    ['<meta property="article:published_time" content="2015-04-01T10:00:00Z">', '2015-04-01'],
    ['<meta name="date" content="2016/12/13">', '2016-12-13'],
    ['<meta itemprop="datePublished" content="2025-05-24">', '2025-05-24'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-12-06T08:00:00+00:00"}]}</script>', '2025-12-06'],
    ['<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2024-02-29"}]</script>', '2024-02-29'],
  ])('reads %s', (head, want) => expect(publishedDate(docOf(head))).toBe(want));

  it('reads microdata in the body, and trusts the article meta tag over a generic one', () => {
    expect(publishedDate(docOf('', '<time itemprop="datePublished" datetime="2025-05-23T12:00">23 May</time>'))).toBe('2025-05-23');
    expect(publishedDate(docOf('<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2025-05-25">'))).toBe('2025-05-25');
  });

  it('gives null for no date, a date in the text, broken JSON-LD and impossible dates', () => {
    expect(publishedDate(docOf('<title>x</title>', '<p>Published 1 May 2015</p><time datetime="2015-05-01">then</time>'))).toBeNull();
    expect(publishedDate(docOf('<script type="application/ld+json">{"datePublished": </script>'))).toBeNull();
    expect(publishedDate(docOf('<meta name="date" content="2015-02-30">'))).toBeNull();
    expect(publishedDate(docOf('<meta name="date" content="yesterday">'))).toBeNull();
  });

  it('calendarDate takes the date part only of a real date', () => {
    expect(calendarDate('2025-05-24T23:59:59-05:00')).toBe('2025-05-24');
    expect(calendarDate('0001-01-01')).toBeNull();
    expect(calendarDate(null)).toBeNull();
  });
});

describe('publishedBefore and the matcher', () => {
  it('a page a month and more before a topic\'s month was written before its events', () => {
    expect(publishedBefore('2015-04-01', '2025-05')).toBe(true);
    expect(publishedBefore('2025-03-30', '2025-05')).toBe(true);
    expect(publishedBefore('2025-04-15', '2025-05')).toBe(false); // on the eve: talks announced
    expect(publishedBefore('2025-05-24', '2025-05')).toBe(false);
    expect(publishedBefore('2026-06-01', '2025-05')).toBe(false); // later pages look back
  });

  it('skips the claims of topics that began after the page was published, and only those', () => {
    const matcher = new Matcher(loadClaimBase());
    const sentence = 'Russia and Ukraine released a further 307 prisoners each on Saturday.';
    expect(matcher.matchText(sentence).annotations.length).toBeGreaterThan(0);
    expect(matcher.matchText(sentence, '', { published: '2025-05-24' }).annotations.length).toBeGreaterThan(0);
    expect(matcher.matchText(sentence, '', { published: '2016-12-13' }).annotations).toEqual([]);
    expect(matcher.matchText(sentence, '', { published: null }).annotations.length).toBeGreaterThan(0);
  });
});
