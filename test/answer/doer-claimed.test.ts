import { describe, expect, it } from 'vitest';
import { doerClaimed } from '../../src/answer/doer-claimed.ts';

describe('claims naming who did it, put to the bot to check', () => {
  it('splits the claim into the doer it names and what it says was acted on', () => {
    expect(doerClaimed("is it true that russia hacked cambodia's election?")).toEqual({ doer: 'russia', actedOn: "cambodia's election" });
    expect(doerClaimed("iran's apt33 was behind the cambodian election hacks. ?")).toEqual({ doer: "iran's apt33", actedOn: 'the cambodian election hacks' });
    expect(doerClaimed("'the cambodia election hack was done by russia'")).toEqual({ doer: 'russia', actedOn: 'the cambodia election hack' });
    expect(doerClaimed('the cambodia hackers were APT28.')).toEqual({ doer: 'apt28', actedOn: 'cambodia' });
    expect(doerClaimed('it was Russia, not China?')).toEqual({ doer: 'russia', actedOn: '' });
    expect(doerClaimed("it was vietnam's government that spied on cambodia's 2018 election?")?.doer).toBe("vietnam's government");
    // Put as a negative question, the claim leads the bot to agree; it is the claim all the same.
    expect(doerClaimed("wasn't it really russia that hacked cambodia in 2018?")).toEqual({ doer: 'russia', actedOn: 'cambodia in 2018' });
    expect(doerClaimed("was not it actually hun sen's own people spying on the opposition?")).toEqual({ doer: "hun sen's own people", actedOn: 'the opposition' });
    expect(doerClaimed("didn't north korea hack the election commission?")).toEqual({ doer: 'north korea', actedOn: 'the election commission' });
    expect(doerClaimed("isn't it true that russia hacked it?")).toEqual({ doer: 'russia', actedOn: '' });
  });

  it('reads a claim typed as chat types it, with no closing stop, and whose account it goes by', () => {
    expect(doerClaimed('the nec was hacked by russia')).toEqual({ doer: 'russia', actedOn: 'the nec' });
    expect(doerClaimed('fireeye said it was russia')).toEqual({ doer: 'russia', actedOn: '' });
    expect(doerClaimed('the report says it was north korea that hit the senate')?.doer).toBe('north korea');
    // Blame goes to the doer claimed.
    expect(doerClaimed('fireeye blamed vietnam')).toEqual({ doer: 'vietnam', actedOn: '' });
    expect(doerClaimed('they pinned it on russia.')).toEqual({ doer: 'russia', actedOn: '' });
    // Keywords are still no claim, and unpunctuated, what the hackers were describes them rather than names a doer.
    expect(doerClaimed('nec compromised fireeye')).toBeUndefined();
    expect(doerClaimed('the hackers were teenagers')).toBeUndefined();
    expect(doerClaimed('fireeye said who hacked the nec')).toBeUndefined();
  });

  it('leaves questions asked outright, and claims naming no doer, whole', () => {
    // Asked outright, the question is no claim repeated: the sources say nothing of Russia, and the bot says so.
    expect(doerClaimed("did russia hack cambodia's election?")).toBeUndefined();
    expect(doerClaimed('who hacked the senate?')).toBeUndefined();
    expect(doerClaimed('was it russia?')).toBeUndefined();
    expect(doerClaimed("wasn't the nec hacked?")).toBeUndefined();
    // The victim named, not the doer.
    expect(doerClaimed('the nec was hacked in 2018?')).toBeUndefined();
    expect(doerClaimed('is it true that the senate was hacked?')).toBeUndefined();
    expect(doerClaimed('nobody hacked the nec')).toBeUndefined();
    // Keywords are no claim put to the bot, nor is a question asking which, though its words run like one.
    expect(doerClaimed('cambodia 2018 hacked ministries')).toBeUndefined();
    expect(doerClaimed('in which countries were the two targeted cambodian diplomats posted?')).toBeUndefined();
    expect(doerClaimed("another chinese group also hit cambodia that year but it's not the same one which?")).toBeUndefined();
    expect(doerClaimed('opposition party was one of our members of parliament on the compromised list?')).toBeUndefined();
    // What the doer was, not who.
    expect(doerClaimed('the hackers were based in beijing?')).toBeUndefined();
  });
});
