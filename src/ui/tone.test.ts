// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { luminance, pageTone, parseColor, THEME_SETTLE_MS, watchPageTheme } from './tone';

afterEach(() => {
  for (const el of [document.body, document.documentElement]) for (const a of ['style', 'class', 'data-theme', 'id']) el.removeAttribute(a);
  document.head.innerHTML = '';
});

const settle = () => new Promise((r) => setTimeout(r, THEME_SETTLE_MS + 30));

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

describe('watchPageTheme', () => {
  it('a theme switched by a class on <html> is read again, once per burst', async () => {
    document.head.innerHTML = '<style>html.dark body { background-color: rgb(13, 17, 23); color: rgb(230, 237, 243); }</style>';
    const tones: string[] = [];
    const ctl = new AbortController();
    watchPageTheme(document, () => tones.push(pageTone(document)), ctl.signal);
    expect(pageTone(document)).toBe('light');
    document.documentElement.classList.add('dark');
    document.documentElement.classList.add('theme-switched'); // same burst: one reading
    await settle();
    expect(tones).toEqual(['dark']);
    document.documentElement.classList.remove('dark');
    await settle();
    expect(tones).toEqual(['dark', 'light']);
    ctl.abort();
  });

  it('and by the body\'s inline style or a data-theme attribute of either', async () => {
    document.head.innerHTML = '<style>[data-theme="night"] { background-color: rgb(20, 20, 20); }</style>';
    const onChange = vi.fn();
    const ctl = new AbortController();
    watchPageTheme(document, onChange, ctl.signal);
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.removeAttribute('style');
    document.documentElement.setAttribute('data-theme', 'night');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(pageTone(document)).toBe('dark');
    ctl.abort();
  });

  it('ignores other attributes and other elements, and nothing is heard after its signal aborts', async () => {
    const onChange = vi.fn();
    const ctl = new AbortController();
    watchPageTheme(document, onChange, ctl.signal);
    document.body.id = 'page';
    document.documentElement.setAttribute('lang', 'en-GB');
    const p = document.createElement('p');
    document.body.append(p);
    p.className = 'dark';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    document.documentElement.className = 'dark';
    ctl.abort(); // before the burst settles: its reading is dropped too
    await settle();
    document.body.className = 'dark';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    p.remove();
    document.documentElement.removeAttribute('lang');
  });
});
