// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTone, parseColor } from './tone';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageTone', () => {
  it('reads the body\'s background, else the root\'s', () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    expect(pageTone(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(250, 250, 247)';
    expect(pageTone(document)).toBe('light');
    document.body.style.backgroundColor = 'transparent';
    document.documentElement.style.backgroundColor = '#1e1e1e';
    expect(pageTone(document)).toBe('dark');
  });

  it('with no background of its own, light text means a dark page; nothing at all, a light one', () => {
    document.body.style.color = 'rgb(230, 230, 230)';
    expect(pageTone(document)).toBe('dark');
    document.body.style.color = 'rgb(20, 20, 20)';
    expect(pageTone(document)).toBe('light');
  });

  it('parses colours and weighs them as the eye does', () => {
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('#1e1e1e')).toEqual([30, 30, 30, 1]);
    expect(parseColor('#fff8')).toEqual([255, 255, 255, 0x88 / 255]);
    expect(parseColor('red')).toBeNull();
    expect(luminance([255, 255, 255, 1])).toBeCloseTo(1);
    expect(luminance([0, 0, 0, 1])).toBe(0);
    expect(luminance([0, 255, 0, 1])).toBeGreaterThan(luminance([0, 0, 255, 1]));
  });
});
