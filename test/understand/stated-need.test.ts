import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/understand/read-message.ts';
import { splitStatedNeed } from '../../src/understand/stated-need.ts';

describe('a need stated instead of a question', () => {
  it('asks about the thing the asker has to describe, name or list, and keeps the task and its audience as context', () => {
    expect(readMessage('need to describe eviltech to the security team in a sentence').questions)
      .toEqual([{ text: 'describe eviltech', context: 'need to to the security team in a sentence' }]);
    expect(readMessage('writing a memo and need to name the security company that found this').questions[0]?.text)
      .toBe('name the security company that found this');
    expect(readMessage('for the slides i have to list the malware they used').questions[0]?.text).toBe('list the malware they used');
    expect(readMessage("i'm supposed to name the firm behind the report in my piece").questions)
      .toEqual([{ text: 'name the firm behind the report', context: "i'm supposed to in my piece" }]);
  });

  it('asks what a form of answer is to be about', () => {
    expect(readMessage('need a one-liner for the team on who was behind the cambodia election hacks').questions)
      .toEqual([{ text: 'who was behind the cambodia election hacks', context: 'need a one-liner for the team' }]);
    expect(readMessage('need to get up to speed fast on the cambodia election hacking story before a meeting').questions[0]?.text)
      .toBe('the cambodia election hacking story');
  });

  it('reads walking someone through a question as the question', () => {
    expect(readMessage('need to walk the team through how the phishing worked').questions)
      .toEqual([{ text: 'how the phishing worked', context: 'need to walk the team through' }]);
  });

  it('reads words to pass on to others about a thing as guidance on it', () => {
    expect(readMessage('need something to tell volunteers about attachments').questions)
      .toEqual([{ text: 'advice about attachments', context: 'need something to tell volunteers' }]);
  });

  it('leaves what the asker means to do, a pronoun and a question word to the other readings', () => {
    expect(splitStatedNeed('I want to explain why the vote mattered')).toBeUndefined();
    expect(splitStatedNeed('need to explain it to my boss')).toBeUndefined();
    expect(splitStatedNeed('need to explain who kem sokha is')).toBeUndefined();
  });
});

describe('what the asker holds an answer for, and what they need of the topic', () => {
  it('reads "for context in my article" as context', () => {
    expect(readMessage('need the election date for context in my article').questions)
      .toEqual([{ text: 'need the election date.', context: 'for context in my article' }]);
  });

  it('reads "I need the name of…" as the request, not as the asker introducing themselves', () => {
    expect(readMessage('i need the name of the opposition party for my brief').questions)
      .toEqual([{ text: 'i need the name of the opposition party.', context: 'for my brief' }]);
  });

  it('starts a sentence at "i need" after a comma', () => {
    expect(readMessage('someone in the team asked what scanbox is, i need a quick answer').questions[0]?.text).toBe('what scanbox is.');
  });

  it('keeps a possessive report apart from a report the answer is for', () => {
    expect(readMessage("for the report's introduction i need who at fireeye talked to the press").questions[0]?.text)
      .toBe('who at fireeye talked to the press');
  });

  it('drops "trying to work out" with no subject before a question word', () => {
    expect(readMessage('trying to work out whether our election commission friends were actually breached').questions[0]?.text)
      .toBe('our election commission friends were actually breached');
  });
});
