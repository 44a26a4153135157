import { describe, expect, it } from 'vitest';
import { loadClaimBase } from '../claims/load-node';
import { shownVerdict } from '../verdict/verdict';
import { newDiscourse } from './antecedent';
import { Matcher } from './matcher';

const matcher = new Matcher(loadClaimBase());

/** The claims each sentence of `sentences`, read in order as one page, states; the page's context is the Ukraine war. */
function read(...sentences: string[]): string[][] {
  const discourse = newDiscourse();
  const context = matcher.contextTokens('Russia and Ukraine: the war');
  return sentences.map((s) => matcher.matchSentence(s, context, {}, undefined, discourse).map((a) => a.claimId));
}

const LAVROV = 'Sergey Lavrov spoke to reporters in Moscow on Friday.';
const DRAFT = 'He said a draft of the peace document would be handed to Kyiv as soon as the exchange is over.';

describe('a pronoun stands for the one person named before (antecedent.ts)', () => {
  it('"he" after a sentence naming Lavrov gives Lavrov his words; alone, the sentence names no one', () => {
    expect(read(LAVROV, DRAFT)[1]).toEqual(['talks.lavrov-draft']);
    expect(read(DRAFT)[0]).toEqual([]);
  });

  it('the chain goes on through pronoun sentences and quotations, and ends at a sentence that names no one', () => {
    expect(read(LAVROV, 'He spoke for an hour.', DRAFT)[2]).toEqual(['talks.lavrov-draft']);
    expect(read(LAVROV, '"We are ready," the minister told them.', DRAFT)[2]).toEqual(['talks.lavrov-draft']);
    expect(read(LAVROV, '"We are ready."', DRAFT)[2]).toEqual(['talks.lavrov-draft']);
    expect(read(LAVROV, 'The talks were held behind closed doors.', DRAFT)[2]).toEqual([]);
  });

  it('two people named before, or a pronoun of the other gender, stand for no one', () => {
    expect(read('Lavrov and Peskov spoke to reporters on Friday.', DRAFT)[1]).toEqual([]);
    expect(read(LAVROV, DRAFT.replace('He', 'She'))[1]).toEqual([]);
  });

  it('a possessive names whose, not who: "Trump\'s envoy Witkoff" names Witkoff', () => {
    expect(read("Donald Trump's foreign minister, Sergey Lavrov's rival, spoke.", DRAFT)[1]).toEqual([]);
    expect(read("Putin's foreign minister Sergey Lavrov spoke on Friday.", DRAFT)[1]).toEqual(['talks.lavrov-draft']);
  });

  it('someone else given words in between ends the chain: a name or an indefinite speaker beside a verb of saying', () => {
    expect(read(LAVROV, 'Petrenko said he had waited all night.', DRAFT)[2]).toEqual([]);
    expect(read(LAVROV, 'One of the soldiers said he had lost weight.', DRAFT)[2]).toEqual([]);
    expect(read(LAVROV, '"We are ready," a diplomat told them.', DRAFT)[2]).toEqual([]);
    expect(read(LAVROV, 'Officials said he would speak again.', DRAFT)[2]).toEqual([]);
    expect(read(LAVROV, 'In a statement, he thanked Turkey.', DRAFT)[2]).toEqual(['talks.lavrov-draft']);
  });

  it('a subject "he" before a name goes on; a name before the pronoun takes over', () => {
    expect(read(LAVROV, 'He told Peskov a draft of the peace document would follow once the exchange is over.')[1]).toEqual(['talks.lavrov-draft']);
    expect(read(LAVROV, 'Peskov said he expected a draft of the peace document once the exchange is over.')[1]).toEqual([]);
  });

  it('a mark through a pronoun agrees, and never says the page differs', () => {
    const before = 'Tymur Tkachenko, who heads the city military administration, gave an update on Saturday.';
    expect(read(before, 'He said six people needed medical care.')[1]).toEqual(['strike.tkachenko-medical-care']);
    const agreeing = matcher.matchText(`${before} He said six people needed medical care.`, 'Kyiv strike').annotations;
    expect(shownVerdict(agreeing)).toBe('single');
    // Nine is no report's figure: named, the sentence differs; through "he", it gets no mark.
    expect(shownVerdict(matcher.matchText('Tkachenko said nine people needed medical care.', 'Kyiv strike').annotations)).toBe('differs');
    expect(read(before, 'He said nine people needed medical care.')[1]).toEqual([]);
  });

  it('words of a speaker claim given to "she" or "he" standing for someone else get no mark', () => {
    const before = 'The EU envoy Katarina Mathernova visited the site on Saturday.';
    // Lammy's words, in the mouth of Mathernova: they may be her own.
    expect(read(before, '"Another night of terror for Ukrainian civilians," she wrote.')[1]).toEqual([]);
    expect(read('David Lammy spoke in London.', '"Another night of terror for Ukrainian civilians," he wrote.')[1]).toEqual(['strike.lammy-night-of-terror']);
  });

  it('"there" and "the area" stand for the one place named before, for two sentences; another place rules a claim out', () => {
    const tula = 'Ukrainian drones struck the Tula region overnight.';
    expect(read(tula, 'Three people were injured there, the governor said.')[1]).toEqual(['strike.tula-injured']);
    expect(read('Drones hit the Solomianskyi district of the capital.', 'A block of flats was ablaze in the area.')[1]).toEqual(['strike.solomianskyi-fires']);
    // Alone, "there" names no place.
    expect(read('Three people were injured there, the governor said.')[0]).toEqual([]);
    // "There were" is the there of being; three sentences on, the place is forgotten.
    expect(read(tula, 'There were three people injured, the governor said.')[1]).toEqual([]);
    expect(read(tula, 'The governor spoke.', 'He gave no details.', 'Three people were injured there.')[3]).toEqual([]);
    // Kharkiv named before: "there" is Kharkiv, not the page's Kyiv.
    expect(read('Russia attacked Kyiv overnight.', 'Drones also hit Kharkiv.', 'At least 15 people were injured there.')[2]).toEqual([]);
    expect(read('Russia attacked Kyiv overnight.', 'At least 15 people were injured there.')[1]).toEqual(['strike.kyiv-injured']);
  });

  it('a capital that speaks for its government ("Moscow claimed") sets no scene; a place people speak in does', () => {
    const port = "The number of people killed in Friday's strike on the port has risen to three, officials said.";
    const odesa = 'Russian missiles hit port infrastructure in Odesa on Friday.';
    expect(read(odesa, 'Moscow, for its part, claimed the target had been a vessel carrying military cargo.', port)[2]).toEqual(['strike.odesa-port-dead']);
    expect(read(odesa, 'Drones also hit Moscow overnight.', port)[2]).toEqual([]);
    expect(read('Drones hit the Obolon district of Kyiv.', 'People I spoke to in Obolon said they heard drones.', 'One building there took the worst of it, and five people were hurt in it.')[2]).toContain('strike.obolon-injured');
  });

  it('a few words of a speaker claim given to a "he" who stands for no one named get no mark', () => {
    // Sybiha's "no greater joy", in the mouth of a "he" the page never names among the base's people.
    expect(read('The pontiff spoke to pilgrims in Rome.', 'There is no greater joy, he said, than a mother embracing her son.')[1]).toEqual([]);
    expect(read('Andriy Sybiha spoke on Friday.', 'There is no greater joy, he said, than a mother embracing her son.')[1]).toEqual(['exchange.quote-no-greater-joy']);
  });

  it('someone the base does not know takes the pronoun: a name outside it, or "a marine", "an official"', () => {
    const after = (...lines: string[]) => read(...lines).at(-1);
    const claim = 'He said six people needed medical care.';
    const tkachenko = 'Tymur Tkachenko, who heads the city military administration, gave an update on Saturday.';
    expect(after(tkachenko, claim)).toEqual(['strike.tkachenko-medical-care']);
    expect(after(tkachenko, 'Deputy Mayor Petro Panteleev visited the site.', claim)).toEqual([]);
    expect(after('German Foreign Minister Johann Wadephul, who met Tkachenko in Kyiv, condemned the attack.', claim)).toEqual([]);
    expect(after(tkachenko, 'Among the injured was a marine on leave.', claim)).toEqual([]);
    expect(after(tkachenko, 'A senior city official, who asked not to be named, spoke too.', claim)).toEqual([]);
    // What someone is ("he is a former senator") brings no one in; nor do letters ("the U.S. role").
    expect(after(tkachenko, 'He is a former army officer.', claim)).toEqual(['strike.tkachenko-medical-care']);
    expect(after(tkachenko, 'He praised the U.S. role.', claim)).toEqual(['strike.tkachenko-medical-care']);
  });

  it('no warning through a pronoun, and no title: a side of a dispute or a title is the sentence\'s own to give', () => {
    const sybiha = 'Andrii Sybiha spoke on Saturday.';
    // Named, the wording takes a side (000 against 004); through "he", it gets no mark.
    expect(shownVerdict(matcher.matchText('Sybiha called the attack clear proof that sanctions pressure on Moscow must increase.', 'Russia strikes Kyiv').annotations)).toBe('dispute');
    expect(read(sybiha, 'He called the attack clear proof that sanctions pressure on Moscow must increase.')[1]).not.toContain('strike.sybiha-sanctions-wording');
    expect(read(sybiha, 'He sent a deputy foreign minister to Rome in his place.')[1]).toEqual([]);
  });

  it('what a second review found: another place named, a name opening the sentence, a possessed person, the news site', () => {
    // The claim's own place named before does not hide another named in the sentence.
    expect(read('Russian drones struck Kyiv overnight.', 'Rescuers worked there through the morning, and across the country 15 people were injured.')[1]).toEqual([]);
    expect(read('Ukrainska Pravda reported explosions in Kyiv.', 'According to the site, 15 people were injured across Ukraine.')[1]).toEqual([]);
    // "Kellogg met Zelensky": a name the base does not know, opening the sentence, is its subject.
    const urged = 'He urged the European Union and the United States to step up punitive measures against Russia.';
    expect(read('Zelensky spoke in Kyiv.', urged)[1]).toEqual(['strike.zelensky-punitive-measures']);
    expect(read('Kellogg met Zelensky in Kyiv on Saturday.', urged)[1]).toEqual([]);
    // "Trump's special envoy" is the envoy, not Trump.
    expect(read("Trump's special envoy arrived in Moscow on Thursday.", 'He warned that sanctions could be tightened if Moscow blocked peace.')[1]).toEqual([]);
    // A place the base does not know: "there" is Tirana, not Istanbul.
    expect(read('The talks were held in Istanbul.', 'Zelensky, meanwhile, flew to Tirana.', 'Speaking there, he said Ukraine had agreed to the swap.')[2]).not.toContain('talks.istanbul-agreed');
  });

  it('a credit names no one of the story: the chain goes on past "a photo by AP photographer Efrem Lukatsky"', () => {
    const lines = ['Katarina Mathernova, the EU\'s ambassador to Ukraine, was in Kyiv during the attack.', 'She posted a photo by AP photographer Efrem Lukatsky.', 'She wrote on X that Russia wants war to continue.'];
    expect(read(...lines)[2]).toEqual(['strike.mathernova-war-continue']);
  });
});


describe('a meeting elsewhere sets the news of the sentences after it (Setting)', () => {
  const verdicts = (...sentences: string[]) => {
    const discourse = newDiscourse();
    const context = matcher.contextTokens('Russia and Ukraine: the war');
    return sentences.map((s) => shownVerdict(matcher.matchSentence(s, context, {}, undefined, discourse)) ?? 'none');
  };
  const SWAP = 'The two sides agreed to exchange 314 prisoners.';

  it('a sentence naming another meeting place, and not the claim\'s, states none of its claims', () => {
    expect(verdicts('The Geneva meeting was not the first direct contact between the two sides since 2022.')[0]).toBe('none');
    expect(verdicts('The Istanbul meeting was not the first direct contact between the two sides since 2022.')[0]).toBe('differs');
    // Its own venue named beside the other: the claim's meeting is still in the sentence.
    expect(verdicts('Unlike the Riyadh contacts, the Istanbul talks were the first direct talks since 2022.')[0]).toBe('agree');
  });

  it('the sentences after it that name no meeting place of their own warn of nothing; one that names its own may', () => {
    expect(verdicts(SWAP)[0]).toBe('differs');
    expect(verdicts('Delegations met in Abu Dhabi on Thursday.', SWAP)[1]).toBe('none');
    expect(verdicts('Delegations met in Abu Dhabi.', 'Officials said little.', 'Reporters waited outside.', SWAP)[3]).toBe('none');
    // Three sentences on, or a sentence naming Istanbul, is read alone again.
    expect(verdicts('Delegations met in Abu Dhabi.', 'Officials said little.', 'Reporters waited.', 'Nothing leaked.', SWAP)[4]).toBe('differs');
    expect(verdicts('Delegations met in Abu Dhabi.', 'ISTANBUL: the two sides agreed to exchange 314 prisoners.')[1]).toBe('differs');
    // A day named sets no meeting: the one before still holds.
    expect(verdicts('Delegations met in Abu Dhabi on Thursday.', 'On Friday, the two sides agreed to exchange 314 prisoners.')[1]).toBe('none');
  });

  it('an aside about another month or year sets nothing: the story goes on after it', () => {
    expect(verdicts('The last raid of comparable size, in April, combined 200 drones with 40 missiles.', 'In Kyiv, 15 people were injured, the city said.')[1])
      .toBe('dispute');
  });
});
