import { describe, expect, it } from 'vitest';
import { spokenFormsAsWritten } from '../../src/understand/spoken-forms.ts';
import { readMessage } from '../../src/understand/read-message.ts';

describe('letters, identifiers, addresses and domains said aloud', () => {
  it('writes a run of letter names as the letters', () => {
    expect(spokenFormsAsWritten('was the en ee see hacked')).toBe('was the NEC hacked');
    expect(spokenFormsAsWritten('what does see en are pee stand for')).toBe('what does CNRP stand for');
    expect(spokenFormsAsWritten('who did the dee oh jay indict')).toBe('who did the DOJ indict');
    expect(spokenFormsAsWritten('what tee tee pees do they use')).toBe('what TTPs do they use');
    expect(spokenFormsAsWritten('after the ee you and the you ess pulled out')).toBe('after the EU and the US pulled out');
    expect(spokenFormsAsWritten('is it on double you double you double you')).toBe('is it on WWW');
  });

  it('writes an identifier said letter by letter and digit by digit as the knowledge writes it', () => {
    expect(spokenFormsAsWritten('tee one five six six point zero zero one what is that')).toBe('T1566.001 what is that');
    expect(spokenFormsAsWritten('gee zero zero six five')).toBe('G0065');
    expect(spokenFormsAsWritten('who is tee ay four two three')).toBe('who is TA423');
    expect(spokenFormsAsWritten('the name ay tee kay twenty nine')).toBe('the name ATK29');
    expect(spokenFormsAsWritten('see vee ee twenty seventeen eleven eight eight two')).toBe('CVE-2017-11882');
    expect(spokenFormsAsWritten('see vee ee twenty seventeen zero one nine nine')).toBe('CVE-2017-0199');
    expect(spokenFormsAsWritten('what is ay ay twenty one two hundred ay')).toBe('what is AA21-200A');
    expect(spokenFormsAsWritten('the em dee five of it')).toBe('the MD5 of it');
    // "apt forty" is left to the reading of numbers in words, which writes "apt 40".
    expect(spokenFormsAsWritten('what is ay pee tee forty')).toBe('what is APT forty');
  });

  it('joins digits said one by one to letters typed before them, when the letters are no everyday word', () => {
    expect(spokenFormsAsWritten('apt four zero who are they')).toBe('apt40 who are they');
    expect(spokenFormsAsWritten('g zero zero six five')).toBe('g0065');
    expect(spokenFormsAsWritten('itg zero nine')).toBe('itg09');
    expect(spokenFormsAsWritten('cve twenty seventeen eleven eight eight two')).toBe('cve-2017-11882');
    expect(spokenFormsAsWritten('the sha two fifty six')).toBe('the sha256');
    for (const text of ['is one two three', 'page one two', 'a one two', 'version two point one', 'apt forty', 'nec two diplomats', 'in twenty eighteen']) {
      expect(spokenFormsAsWritten(text)).toBe(text);
    }
  });

  it('writes numbers said with dots between them as an address', () => {
    expect(spokenFormsAsWritten('what is one one two dot six six dot one eight eight dot two eight')).toBe('what is 112.66.188.28');
    expect(spokenFormsAsWritten('hosted on sixty eight dot sixty five dot one twenty three dot two thirty')).toBe('hosted on 68.65.123.230');
    expect(spokenFormsAsWritten('one ninety three dot one eighty dot two fifty five dot two')).toBe('193.180.255.2');
  });

  it('writes domains, e-mail addresses and file names read aloud as typed', () => {
    expect(spokenFormsAsWritten('what is scs news today dot com')).toBe('what is scsnewstoday.com');
    expect(spokenFormsAsWritten('what was on scs news today dot com slash news')).toBe('what was on scsnewstoday.com/news');
    expect(spokenFormsAsWritten('em el see daily news dot com what was it')).toBe('MLCdailynews.com what was it');
    expect(spokenFormsAsWritten('what is thyssenkrupp dash marine systems dot org')).toBe('what is thyssenkrupp-marinesystems.org');
    expect(spokenFormsAsWritten('mail from licadho dot survey at gmail dot com')).toBe('mail from licadho.survey@gmail.com');
    expect(spokenFormsAsWritten('who registered party forum seasia dot com')).toBe('who registered partyforumseasia.com');
    expect(spokenFormsAsWritten('who owns mlcdailynews dot com these days')).toBe('who owns mlcdailynews.com these days');
    expect(spokenFormsAsWritten('interview dash questions dot docx dot js')).toBe('interview-questions.docx.js');
    expect(spokenFormsAsWritten('the interview questions dot docx file')).toBe('the interview questions.docx file');
  });

  it('leaves everyday words that sound like letters, and dots that are no address', () => {
    for (const text of [
      'did you see them', 'see you are right', 'are you a bot', 'why oh why', 'what do you see', 'my ex said so',
      'the en ee see two diplomats', 'the dot com bubble', 'connect the dots', 'is temp dot periscope the same as temp dot jumper',
      'what happened in twenty eighteen', 'one of the two', 'did they see em', 'oh and what about the senate',
    ]) {
      expect(spokenFormsAsWritten(text)).toBe(text.replace('en ee see', 'NEC'));
    }
  });

  it('is part of reading a message, before numbers in words are read', () => {
    expect(readMessage('who are ay pee tee four zero').questions[0]?.text).toBe('who are APT40');
    expect(readMessage('what is ay pee tee forty').questions[0]?.text).toBe('what is APT 40');
    expect(readMessage('was the en ee see hacked in twenty eighteen').questions[0]?.text).toBe('was the nec hacked in 2018');
  });
});

describe("a dictated message's hesitations and trailing words", () => {
  it('drops "um", "uh" and "erm" anywhere, a "like" opening a question, and a trailing "so yeah" or "or whatever"', () => {
    expect(readMessage('like how did fireeye even find out about this um so yeah').questions[0]?.text).toBe('how did fireeye even find out about this');
    expect(readMessage('what did they steal from the um foreign ministry').questions[0]?.text).toBe('what did they steal from the foreign ministry');
    expect(readMessage('which ministries got hit erm interior or whatever').questions[0]?.text).toBe('which ministries got hit interior');
  });

  it('keeps "like" that is a word of the question, and "uh oh" before what the asker did', () => {
    expect(readMessage('what was it like').questions[0]?.text).toBe('what was it like');
    expect(readMessage('what does the lure look like').questions[0]?.text).toBe('what does the lure look like');
    expect(readMessage('uh oh i opened the attachment').questions[0]?.text).toBe('i opened the attachment');
  });
});
