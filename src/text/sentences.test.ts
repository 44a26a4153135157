import { describe, expect, it } from 'vitest';
import { readingText, splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('Russia freed 307. Ukraine freed 307! Did they? Yes.')).toEqual(['Russia freed 307.', 'Ukraine freed 307!', 'Did they?', 'Yes.']);
  });

  it('splits before a sentence in a script without case (Arabic, Hebrew, CJK)', () => {
    expect(texts('Russia freed 307 prisoners. قال المتحدث إن المحادثات ستستمر. 東京で会議があった.')).toEqual([
      'Russia freed 307 prisoners.',
      'قال المتحدث إن المحادثات ستستمر.',
      '東京で会議があった.',
    ]);
  });

  it('keeps a quoted exclamation or question with who said it', () => {
    expect(texts('"Stay in shelters!" Mayor Klitschko wrote on Telegram. "Why now?" Sybiha asked. Then it ended!" The end.')).toEqual([
      '"Stay in shelters!" Mayor Klitschko wrote on Telegram.',
      '"Why now?" Sybiha asked.',
      'Then it ended!"',
      'The end.',
    ]);
    // Not a new sentence of reported speech after the quote.
    expect(texts('"Stay in shelters!" Zelensky said 13 civilians were killed.')).toEqual(['"Stay in shelters!"', 'Zelensky said 13 civilians were killed.']);
    // A clause of when after the tag still ends it.
    expect(texts('"Stay in shelters!" Tkachenko told Kyiv residents on Telegram as the first drones approached the city. Next.')).toEqual([
      '"Stay in shelters!" Tkachenko told Kyiv residents on Telegram as the first drones approached the city.',
      'Next.',
    ]);
  });

  it('gives each sentence of a longer quotation the words after it that name its speaker', () => {
    const quote = '"We can\'t force Ukraine. We can\'t force Russia. They must want it," Trump envoy Steve Witkoff told reporters. Then he left.';
    expect(splitSentences(quote).map((s) => [s.text, s.attribution])).toEqual([
      ['"We can\'t force Ukraine.', 'Trump envoy Steve Witkoff told reporters.'],
      ["We can't force Russia.", 'Trump envoy Steve Witkoff told reporters.'],
      ['They must want it," Trump envoy Steve Witkoff told reporters.', undefined],
      ['Then he left.', undefined],
    ]);
    expect(splitSentences(quote).map((s) => !!s.continuesQuote)).toEqual([false, true, true, false]);
    expect(splitSentences(quote).map(readingText)).toEqual([
      '"We can\'t force Ukraine," Trump envoy Steve Witkoff told reporters.',
      '"We can\'t force Russia," Trump envoy Steve Witkoff told reporters.',
      '"They must want it," Trump envoy Steve Witkoff told reporters.',
      'Then he left.',
    ]);
    expect(splitSentences('“We expect more. It is good,” said Zelensky.').map((s) => s.attribution)).toEqual(['said Zelensky.', undefined]);
    expect(splitSentences('“We expect more. It is good,” said Zelensky.').map(readingText)).toEqual(['“We expect more,” said Zelensky.', '“It is good,” said Zelensky.']);
    // Only the clause that names the speaker: no further quotation or sentence rides along with it.
    const next = '“Such big news. Like fresh air,” she said.. ” "There is no greater joy," Sybiha wrote.';
    expect(splitSentences(next)[0]!.attribution).toBe('she said.');
    // An abbreviation in the speaker's words is kept.
    expect(splitSentences('"We cannot force them. It is up to them," U.S. envoy Steve Witkoff said.')[0]!.attribution).toBe('U.S. envoy Steve Witkoff said.');
    // Its length is read with each run of spaces as one: tabs or double spaces change nothing (a property test found it).
    const words = '"Big news. Fresh air," she said, as Kyiv and Moscow prepared to swap a thousand people each in a deal agreed at talks in Istanbul.';
    expect(splitSentences(words.replace(/ /g, ' \t '))[0]!.attribution).toBe(splitSentences(words)[0]!.attribution!.replace(/ /g, ' '));
    // A quotation that closes with its own full stop, with no speaker after it, or in the next paragraph names none.
    for (const text of ['"It was bad. Very bad." Then he left.', '"It was bad. Very bad," and then it ended.', '"It was bad.\nVery bad," he said.'])
      expect(splitSentences(text).map((s) => s.attribution), text).toEqual(splitSentences(text).map(() => undefined));
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(texts('U.S. President Donald Trump spoke. Dr. Smith and J. Doe agreed on Jan. 5 to meet.')).toEqual([
      'U.S. President Donald Trump spoke.',
      'Dr. Smith and J. Doe agreed on Jan. 5 to meet.',
    ]);
    expect(texts('The U.K. Foreign Secretary David Lammy posted on X.')).toHaveLength(1);
  });

  it('ends a sentence at the end of a line and keeps closing quotes', () => {
    expect(texts('"Stay in shelters!" he urged.\nThe next paragraph')).toEqual(['"Stay in shelters!" he urged.', 'The next paragraph']);
    expect(texts('He said: “We expect more to come tomorrow.” Then he left.')).toEqual(['He said: “We expect more to come tomorrow.”', 'Then he left.']);
  });

  it('does not split decimals, domains or lower-case continuations', () => {
    expect(texts('It grew 1.5 percent at example.com. e.g. this stays.')).toHaveLength(1);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = '  First one.  Second one?\n\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('drops fragments with no letters or figures', () => {
    expect(texts('... \n * \n Real text.')).toEqual(['Real text.']);
  });
});
