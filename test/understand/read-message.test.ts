import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/understand/read-message.ts';

/** The text of the first question a message is read as. */
const firstQuestion = (message: string) => readMessage(message).questions[0]?.text;

describe('reading a chat message', () => {
  it('takes a reported lead-in off a request that is not shaped like a question', () => {
    const { questions } = readMessage('my boss wants to know how to secure our accounts');
    expect(questions).toEqual([{ text: 'how to secure our accounts', context: 'my boss' }]);
    // "…whether…" or "…if…" asks yes or no, and says so to the search.
    expect(readMessage("my boss at the election office wants to know if the chinese got inside our national election body's computers").questions)
      .toEqual([{ text: "whether the chinese got inside our national election body's computers", context: 'my boss at the election office' }]);
    expect(firstQuestion('as a lawyer, I want to know whether human rights activists were among those hacked?'))
      .toBe('whether human rights activists were among those hacked?');
    // Whoever it is asked for is not what a short question is about.
    expect(readMessage('my boss wants to know who did it').questions).toEqual([{ text: 'who is responsible', context: 'my boss' }]);
    expect(readMessage('my editor needs to know which ministries were hit').questions).toEqual([{ text: 'which ministries were hit', context: 'my editor' }]);
    // Someone of the asker's who wants a thing: the thing is the question; a thing that needs something is not someone.
    expect(readMessage('my editor wants the name they used in 2017').questions).toEqual([{ text: 'the name they used in 2017', context: 'my editor' }]);
    expect(readMessage('my laptop needs a password reset').questions).toEqual([{ text: 'my laptop needs a password reset', context: '' }]);
    // A question with no word of its own still takes them as its topic rather than vanishing.
    expect(readMessage('my boss wants to know what now').questions).toHaveLength(1);
  });

  it('takes what the asker has to do with the answer off the question it leads into', () => {
    const { questions } = readMessage('need to brief new staff on what this group did before cambodia?');
    expect(questions).toEqual([{ text: 'what this group did before cambodia?', context: 'need to brief new staff' }]);
    expect(firstQuestion('we have to warn our members about how they got in')).toBe('how they got in');
    // Without a question after "about", the request is the question.
    expect(firstQuestion('need to brief staff about phishing')).toBe('need to brief staff about phishing');
    // After a verb that tells someone something, the question follows without "on" or "about".
    expect(readMessage('I have to tell the minister what the hackers wanted').questions)
      .toEqual([{ text: 'what the hackers wanted', context: 'I have to tell the minister' }]);
    expect(readMessage('I need to explain to readers why beijing would bother with cambodia').questions)
      .toEqual([{ text: 'why beijing would bother with cambodia', context: 'I need to explain to readers' }]);
    expect(firstQuestion('I have to present to the board what happened to the election')).toBe('what happened to the election');
    // Who is told holds no question word: the first one starts the question.
    expect(firstQuestion('we must warn our staff how they got in')).toBe('how they got in');
  });

  it('takes what the answer is for, and that the asker needs it, off what they need', () => {
    expect(readMessage("for the minister's note I need the list of government bodies that were compromised").questions)
      .toEqual([{ text: 'the list of government bodies that were compromised', context: "for the minister's note I need" }]);
    expect(firstQuestion('for the cabinet meeting I need to say since when this group is active')).toBe('since when this group is active');
    expect(firstQuestion('for a sidebar we need what the attachment was called')).toBe('what the attachment was called');
    // What closes a question as its purpose ("for the graphic", "for our donor report") is context too.
    expect(readMessage('which outlets were on the list for our donor report?').questions)
      .toEqual([{ text: 'which outlets were on the list?', context: 'for our donor report' }]);
    expect(readMessage('what is the date of the election for the graphic').questions[0]?.context).toBe('for the graphic');
    expect(readMessage('when did the report come out, for my timeline slide').questions[0]?.context).toBe('for my timeline slide');
    // Whom the asker will show the answer to is context the same way.
    expect(readMessage('which files did they attach so we can show our trainees').questions)
      .toEqual([{ text: 'which files did they attach.', context: 'we can show our trainees' }]);
    expect(firstQuestion('which files did they attach so we can decide')).toBe('which files did they attach so we can decide');
    // A quiz or trivia lead-in says what the question is for, not what it asks.
    expect(firstQuestion('quiz q what malware did they use')).toBe('what malware did they use');
    expect(firstQuestion('pop quiz: who found the servers?')).toBe('who found the servers?');
    expect(firstQuestion('trivia for my class - what malware did the js files carry')).toBe('what malware did the js files carry');
    expect(firstQuestion('quiz')).toBe('quiz');
    // A question of order whose options follow a colon is one question; another colon still ends a sentence.
    expect(readMessage('which came first: the arrest or the dissolution?').questions.map((q) => q.text)).toEqual(['which came first, the arrest or the dissolution?']);
    expect(readMessage('quick one: who did it?').questions.map((q) => q.text)).not.toContain('quick one: who did it?');
    // A closing "for …" that is not what the asker writes stays in the question.
    expect(firstQuestion('which domain was used for the scanbox server?')).toBe('which domain was used for the scanbox server?');
  });

  it('reads someone who wants or asks a thing without "my" or "our", and who asked the asker', () => {
    expect(readMessage('the secretary general wants the name of the firm that found it').questions)
      .toEqual([{ text: 'the name of the firm that found it', context: 'the secretary general' }]);
    expect(readMessage('editor wants one line on who is behind this').questions[0]?.context).toBe('editor');
    expect(readMessage('our election commission board wants what the spies could do inside').questions)
      .toEqual([{ text: 'what the spies could do inside', context: 'our election commission board' }]);
    expect(readMessage('the deputy minister asked me which country the attackers are from').questions)
      .toEqual([{ text: 'which country the attackers are from', context: 'the deputy minister' }]);
    // What the asker writes needs it too; a thing that is neither person nor writing is what is asked about.
    expect(readMessage('our mission report needs the official result of the vote').questions)
      .toEqual([{ text: 'the official result of the vote', context: 'our mission report' }]);
    expect(readMessage('the server needs a patch').questions[0]?.context).toBe('');
  });

  it("ends the asker's introduction at a comma before a yes-or-no question", () => {
    expect(readMessage('I run comms for the opposition abroad, was one of our MPs hacked?').questions[0]?.context).toBe('I run comms for');
    // Not after what is not an introduction.
    expect(readMessage('if they got in, was the data taken?').questions).toEqual([{ text: 'if they got in, was the data taken?', context: '' }]);
  });

  it('sets aside what the asker excludes ("besides airbreak") as context, not as what is asked', () => {
    expect(readMessage('what other tools does apt40 use besides airbreak?').questions).toEqual([{ text: 'what other tools does apt40 use?', context: 'airbreak', setAside: 'airbreak' }]);
    expect(readMessage('What evidence points to China, beyond motive?').questions).toEqual([{ text: 'What evidence points to China?', context: 'motive', setAside: 'motive' }]);
    expect(readMessage("Besides Kem's daughter, was there another phish?").questions).toEqual([{ text: 'was there another phish?', context: "Kem's daughter", setAside: "Kem's daughter" }]);
    expect(readMessage('apart from elections what sectors do they target?').questions).toEqual([{ text: 'what sectors do they target?', context: 'elections', setAside: 'elections' }]);
    // "beyond" without a comma is "more than": nothing is set aside.
    expect(readMessage('was the attack beyond the NEC?').questions[0]?.context).toBe('');
    // Set aside before a question word, the rest is still one question, and a generic one does not take back
    // what was set aside as its subject.
    expect(readMessage('besides government, who else got hit').questions).toEqual([{ text: 'who else got hit', context: 'government', setAside: 'government' }]);
    // A participle closing the question is what it asks, not part of what is set aside.
    expect(readMessage('was anyone besides the election commission hit?').questions).toEqual([
      { text: 'was anyone hit?', context: 'the election commission', setAside: 'the election commission' },
    ]);
    expect(readMessage('were ministries other than the interior hacked too?').questions[0]?.text).toBe('were ministries hacked too?');
  });

  it('reads "besides us" as setting aside the organisation the asker said they are at', () => {
    expect(readMessage("I'm at the Ministry of Interior. besides us, which other ministries did FireEye name?").questions).toEqual([
      { text: 'which other ministries did FireEye name?', context: "I'm at the Ministry of Interior.", setAside: 'the Ministry of Interior', introduction: "I'm at the Ministry of Interior." },
    ]);
    // With no organisation said, "us" stays what is set aside.
    expect(readMessage('besides us, who else got hit?').questions[0]?.setAside).toBe('us');
    // A question about the asker's own organisation still takes its introduction as its subject.
    expect(firstQuestion('I work at a rights group in Phnom Penh. are we likely targets?')).toContain('rights group');
  });

  it('drops a signature line after the question, and the campaign named again at its end', () => {
    expect(readMessage('which other ministries were hit?\nbest, S.').questions).toEqual([{ text: 'which other ministries were hit?', context: '' }]);
    expect(readMessage('who was targeted?\nKind regards, Dara Sok').questions).toEqual([{ text: 'who was targeted?', context: '' }]);
    expect(readMessage('who was targeted?\n- Sam').questions).toEqual([{ text: 'who was targeted?', context: '' }]);
    // Only the message's last line signs it: a line in the middle stays.
    expect(JSON.stringify(readMessage('who was targeted?\n- Sam\nthe NEC staff are asking').questions)).toContain('Sam');
    // "best practice" is no signature: it stays the asker's words.
    expect(JSON.stringify(readMessage('what should we do?\nbest practice for a small office').questions)).toContain('best practice');
    expect(firstQuestion('which ministries got popped in the Cambodia op?')).toBe('which ministries got hacked?');
  });

  it('keeps examples given after a dash as part of the question they end', () => {
    expect(readMessage('who was targeted — journalists, activists?').questions).toEqual([{ text: 'who was targeted, journalists, activists?', context: '' }]);
    expect(readMessage('besides government, who else got hit - journos?').questions).toEqual([{ text: 'who else got hit, journos?', context: 'government', setAside: 'government' }]);
    // A dash before a question of its own, or after what is not a question, still ends a sentence.
    expect(readMessage('who found it — was it fireeye?').questions.map((q) => q.text)).toEqual(['who found it', 'was it fireeye?']);
    expect(firstQuestion('I work at the NEC — our mail, safe?')).not.toContain('nec,');
  });

  it('keeps a sentence about the asker as context of a keyword request', () => {
    const { questions } = readMessage('I work at the NEC. indicators to block');
    expect(questions).toEqual([{ text: 'indicators to block', context: 'I work at the nec.' }]);
  });

  it('splits a question joined to another and carries the first as context', () => {
    const { questions } = readMessage('who was targeted, and who found it?');
    expect(questions.map((q) => q.text)).toEqual(['who was targeted?', 'who found it?']);
    expect(readMessage('since when has FireEye tracked them, and from when were the servers active?').questions.map((q) => q.text))
      .toEqual(['since when has FireEye tracked them?', 'from when were the servers active?']);
    // A second question opening "since when", with no question mark, is still a question.
    expect(readMessage('when did proofpoint publish leviathan and since when do they say the group is active').questions.map((q) => q.text))
      .toEqual(['when did proofpoint publish leviathan?', 'since when do they say the group is active']);
    // A question word after a preposition opens a question too, whose "ask" reports no question of someone else's.
    expect(readMessage('how many seats did the cnrp win in 2013, and on what date did the government ask the court to dissolve it?').questions.map((q) => q.text))
      .toEqual(['how many seats did the cnrp win in 2013?', 'on what date did the government ask the court to dissolve it?']);
    expect(firstQuestion('in which year did they ask the court to ban the party?')).toBe('in which year did they ask the court to ban the party?');
    expect(firstQuestion('for what it\'s worth, my boss asks which ministries were hit')).toBe('which ministries were hit');
    expect(questions[1]?.context).toContain('who was targeted');
    expect(readMessage("what's china's stake + did fireeye think they swung the vote").questions.map((q) => q.text))
      .toEqual(["what's china's stake?", 'did fireeye think they changed the result']);
  });

  it('keeps a second question of everyday words that points back, read with the first', () => {
    const { questions } = readMessage("why would china care about cambodia's election and what did they want");
    expect(questions.map((q) => q.text)).toEqual(["why would china care about cambodia's election?", 'what did they want']);
    expect(questions[1]?.context).toContain('why would china care');
    // With no question before it, one that asks about no one is still small talk.
    expect(readMessage('how are you?').questions).toEqual([]);
  });

  it('reads a request joined to a question as asked of its own, and two joined requests as one', () => {
    expect(readMessage('which group is it and recommend me a good antivirus').questions.map((q) => q.text))
      .toEqual(['which group is it?', 'recommend me a good antivirus?']);
    expect(readMessage('what did the lure say and translate it into khmer for me').questions.map((q) => q.text))
      .toEqual(['what did the lure say?', 'translate it into khmer for me?']);
    // A verb sharing the question's object stays in it.
    expect(readMessage('what did they steal and translate into chinese?').questions).toHaveLength(1);
    expect(readMessage('register a lookalike domain for me and tell me how to host a payload on it').questions).toHaveLength(1);
  });

  it('asks a yes-or-no question of each of two things when the second is named after "and" with the rest left out', () => {
    const read = (message: string) => readMessage(message).questions.map((q) => q.text);
    expect(read('was the senate hit and the interior ministry too?')).toEqual(['was the senate hit?', 'was the interior ministry hit?']);
    expect(read('was the senate targeted, and the ministry of economy as well?')).toEqual(['was the senate targeted?', 'was the ministry of economy targeted?']);
    expect(read('did they hack the senate and the nec?')).toEqual(['did they hack the senate?', 'did they hack the nec?']);
    expect(read('was kem sokha arrested and the cnrp dissolved?')).toEqual(['was kem sokha arrested?', 'was the cnrp dissolved?']);
    expect(readMessage('did they hack the senate and the nec?').questions[1]?.context).toContain('did they hack the senate');
    // One name with "and" inside, or two things the verb closes on, is one question.
    expect(read('was the ministry of economy and finance hit?')).toHaveLength(1);
    expect(read('did they target the ministry of economy and finance?')).toHaveLength(1);
    expect(read('were diplomats and journalists targeted?')).toHaveLength(1);
  });

  it('sets words quoted from a message aside as context, but not a quoted name, address or file name', () => {
    expect(readMessage("got a mail saying 'Dear colleague, please see the attached survey, thanks' from licadho. is it legit?").questions)
      .toEqual([{ text: 'got a mail saying from licadho. is it ?', context: 'Dear colleague, please see the attached survey, thanks' }]);
    // A request asking nothing without its quote reads the quote in place, unbroken by its commas.
    expect(firstQuestion("translate 'good morning, how are you' into khmer for me")).toBe("translate 'good morning how are you' into khmer for me");
    // A quoted question is the question.
    expect(firstQuestion('my boss asked "who hacked the NEC in 2018?"')).toMatch(/who hacked the nec in 2018\?$/);
    expect(firstQuestion("what is 'ScanBox'?")).toBe("what is 'ScanBox'?");
    expect(firstQuestion("got 'Interview Questions for you.docx' today, is that known?")).toMatch(/Interview Questions for you\.docx/);
    // A title between a determiner and a noun names what is asked about; a quote after "saying" does not.
    expect(firstQuestion("what was the 'Japan to support the election' file about?")).toBe("what was the 'Japan to support the election' file about?");
    expect(readMessage("they sent that 'please fill in our survey' email again, is it a phish?").questions[0]?.text).toMatch(/please fill in our survey/);
    // An unclosed quote as long as a message may be is read, not searched in every way it could split.
    expect(readMessage(`got a mail saying '${'ab, '.repeat(330)}`).questions.length).toBeGreaterThan(0);
    // A message that asks nothing without its quote is read whole.
    expect(firstQuestion('they said "we found no evidence of vote tampering" right?')).toMatch(/no evidence of vote tampering/);
  });

  it('asks a question that points back at a quote of the quote, and "which X?" of the thing it describes', () => {
    // A quote line, then a question with no subject of its own.
    expect(firstQuestion('> the NEC was hacked before the vote\nwho actually said that?')).toBe('who actually said that the nec was hacked before the vote?');
    expect(firstQuestion('"APT40 is just Leviathan under another name" - right or wrong?')).toMatch(/^right or wrong.*APT40 is just Leviathan under another name\?$/);
    // "which …?" is asked of the thing the quote describes.
    expect(firstQuestion('> a European chemical company was hit\nwhich company?')).toBe('which European chemical company was hit?');
    expect(firstQuestion('> Japanese defense companies were targeted\nwhich ones exactly?')).toBe('which Japanese defense companies were targeted?');
    // A question with a subject of its own keeps the quote as context.
    expect(readMessage('> the NEC was hacked\nwhen did fireeye publish its report?').questions).toEqual([{ text: 'when did fireeye publish its report?', context: 'the nec was hacked' }]);
    // A quoted name stands where "it" or "one" points at it; "one of theirs" points at nothing.
    expect(firstQuestion('> ScanBox\nhow do I set one up on my own site?')).toBe('how do I set ScanBox up on my own site?');
    expect(firstQuestion('> HOMEFRY\nwhat does it do')).toBe('what does HOMEFRY do');
    expect(firstQuestion('> scsnewstoday[.]com\nis this one of theirs?')).toMatch(/^is this one of theirs scsnewstoday\[\.\]com\?$/);
    // Where the quote was seen ("pasted from a slide:", "tweet going around:") is no part of the question.
    expect(readMessage('pasted from a slide: "spear phishing with AIRBREAK" who was the target?').questions).toEqual([{ text: 'who was the target?', context: 'spear phishing with AIRBREAK' }]);
    expect(readMessage('just saw this in the thread\n> AIRBREAK also goes by another name\nwhat is the other name?').questions).toEqual([{ text: 'what is the other name?', context: 'AIRBREAK also goes by another name' }]);
    // A message of quote lines alone is the asker's own.
    expect(firstQuestion('> who hacked the senate?')).toBe('who hacked the senate?');
  });

  it('sets a pasted e-mail header apart: its lines are never the question', () => {
    const read = readMessage('Fwd: your account is locked\nFrom: NEC admin <admin@example.org>\nSent: Tuesday\nSubject: RE: password reset\nsend me the login for the portal');
    expect(read.questions).toEqual([{ text: 'send me the login for the portal', context: 'your account is locked nec admin password reset' }]);
    // A question pointing back at the e-mail asks of its sender and subject.
    expect(firstQuestion('---------- Forwarded message ---------\nFrom: Kem Monovithya\nTo: me\nwho is she?')).toBe('who is she Kem Monovithya?');
    // A header alone is read as what it says.
    expect(readMessage('Subject: TEMP.Periscope\nDate: 10 July 2018').questions.map((q) => q.text).join(' ')).toMatch(/TEMP\.Periscope/);
    expect(readMessage('Subject: TEMP.Periscope\nDate: 10 July 2018').questions.map((q) => q.text).join(' ')).not.toMatch(/Subject|July/);
  });

  it('reads a remark made laughing, with nothing asked, as banter; a question or keywords with a laugh stay questions', () => {
    expect(readMessage('my cat is called Leviathan haha')).toEqual({ questions: [], smallTalk: 'banter' });
    expect(readMessage('lol periscope sounds like a submarine thing \u{1F602}')).toEqual({ questions: [], smallTalk: 'banter' });
    expect(firstQuestion("sup what's dadbod lmao")).toBe("what's dadbod");
    expect(firstQuestion('apt40 aliases lol')).toBe('apt40 aliases');
    expect(firstQuestion('my cat is called Leviathan')).toBe('my cat is called Leviathan');
    // A claim of who said or did what is put to the bot to check, laughing or not.
    expect(firstQuestion('fireeye said it was russia lol')).toBe('fireeye said it was russia');
    expect(firstQuestion('the senate was hacked too haha')).toBe('the senate was hacked too');
    // A question word left where its answer stands still asks, laughing or not ("it is what it is" asks nothing).
    expect(firstQuestion('she thought it was who at first lol')).toBe('she thought it was who at first');
    expect(firstQuestion('the mail came from where lmao')).toBe('the mail came from where');
    expect(readMessage('lol it is what it is')).toEqual({ questions: [], smallTalk: 'banter' });
  });

  it('reads a reaction that is the whole message as small talk, not a search', () => {
    for (const message of ['hmm interesting', 'interesting', 'ok cool', 'makes sense', 'good to know', 'oh wow', 'ok got it thx']) {
      expect(readMessage(message).questions, message).toEqual([]);
    }
    // Inside a question the same words stay.
    expect(firstQuestion('what was interesting about the nec hack?')).toBe('what was interesting about the nec hack?');
    expect(firstQuestion('which ministry got it?')).toBe('which ministry got it?');
  });

  it('reads two things set side by side ("X vs Y", "X + Y") as a question about each', () => {
    expect(readMessage('eviltech vs dadbod').questions.map((q) => q.text)).toEqual(['eviltech', 'dadbod']);
    // The same comparison asked in words.
    expect(readMessage('difference between AIRBREAK and EVILTECH?').questions.map((q) => q.text)).toEqual(['AIRBREAK', 'EVILTECH']);
    expect(readMessage("what's the difference between the CNRP and the CPP?").questions.map((q) => q.text)).toEqual(['the CNRP', 'the CPP']);
    // Two years of one thing are not two things.
    expect(readMessage("what's the difference between the 2013 and 2018 elections?").questions).toHaveLength(1);
    expect(readMessage('how is the 2018 vote different from 2013?').questions).toHaveLength(1);
    // Nor two months of one thing, nor the story itself set beside something else.
    expect(readMessage("what's the difference between the march and july fireeye reports?").questions).toHaveLength(1);
    expect(readMessage('how is this different from the cambridge analytica scandal?').questions).toHaveLength(1);
    expect(readMessage('how is this hack different from the one in taiwan?').questions).toHaveLength(1);
    expect(readMessage('how is ScanBox different from AIRBREAK').questions.map((q) => q.text)).toEqual(['ScanBox', 'AIRBREAK']);
    expect(readMessage('how does HOMEFRY differ from MURKYTOP?').questions.map((q) => q.text)).toEqual(['HOMEFRY', 'MURKYTOP']);
    expect(readMessage('what difference does two-factor make?').questions.map((q) => q.text)).toEqual(['what difference does two-factor make?']);
    expect(readMessage('whats murkytop + homefry').questions.map((q) => q.text)).toEqual(['what is murkytop', 'what is homefry']);
    // A question about each of the two, asked once of each.
    expect(readMessage('homefry vs murkytop - what does each one do?').questions.map((q) => q.text)).toEqual(['what does homefry do?', 'what does murkytop do?']);
    expect(readMessage('what does each of homefry and murkytop do?').questions.map((q) => q.text)).toEqual(['what does homefry do?', 'what does murkytop do?']);
    expect(readMessage('what did the nec and the senate each lose?').questions.map((q) => q.text)).toEqual(['what did the nec lose?', 'what did the senate lose?']);
    expect(readMessage('command and control').questions.map((q) => q.text)).toEqual(['command and control']);
    expect(readMessage('what is 2 + 2').questions.map((q) => q.text)).toEqual(['what is 2 + 2']);
    expect(readMessage('apt40 vs apt32 which is chinese').questions.map((q) => q.text)).toEqual(['apt40 vs apt32 which is chinese']);
    // A defence set against what it guards from is one question: "vs" is "against".
    expect(readMessage('what are the recommendations vs apt40').questions.map((q) => q.text)).toEqual(['what are the recommendations vs apt40']);
    expect(readMessage('best tips vs phishing?').questions).toHaveLength(1);
  });

  it('reads an emoji before a question as the end of the sentence before it, and as decoration inside one', () => {
    expect(readMessage('IT guy at a ministry here \u{1F468}\u200D\u{1F4BB} what is the deal with SMB?').questions)
      .toEqual([{ text: 'what is the deal with SMB?', context: 'IT guy at a ministry here.' }]);
    expect(readMessage('what nasties \u{1F9A0} did they drop').questions).toEqual([{ text: 'what nasties did they install', context: '' }]);
  });

  it('reads an emoticon typed as text as an emoji, but not a time or a link', () => {
    expect(readMessage('what is the group called now? thanks :)').questions).toEqual([{ text: 'what is the group called now?', context: '' }]);
    expect(readMessage('what does airbreak do ;-) asking for a friend').questions[0]?.text).not.toMatch(/[;)]/);
    expect(readMessage('was the mail sent at 2:30 from http://example.com').questions[0]?.text).toMatch(/2:30 from http:\/\/example\.com/);
  });

  it('reads an emoji before a capital letter as the end of a sentence that is not a question, and not inside one', () => {
    const [asked] = readMessage('my grandson set me up on slack \u{1F605} I would like to know which rights group the hackers pretended to be').questions;
    expect(asked?.text).toBe('which rights group the hackers pretended to be');
    expect(asked?.context).toContain('grandson');
    expect(readMessage('what did APT40 \u{1F621} Do to the senate?').questions).toHaveLength(1);
    expect(readMessage('what did APT40 \u{1F621} Do to the senate?').questions[0]?.context).toBe('');
  });

  it('ends a self-introduction at "here" when a question follows without punctuation, and reads "we" as who it introduces', () => {
    expect(readMessage('NGO worker here how do we stop spoofing?').questions)
      .toEqual([{ text: 'NGO how do we stop spoofing?', context: 'worker here' }]);
    // A request after it is the question, the introduction its context.
    expect(readMessage('journalist here — name of the hacking group thanks a lot, team').questions)
      .toEqual([{ text: 'name of the hacking group', context: 'journalist here' }]);
  });

  it('reads words in brackets closing a sentence as an aside, and a misspelt subject as no gerund about the asker', () => {
    expect(readMessage('was the treasury attacked (I work at the NEC)').questions)
      .toEqual([{ text: 'was the treasury attacked.', context: 'I work at the nec' }]);
    // What the asker needs the answer for is not even context; what a report is on still is.
    expect(readMessage('was the treasury attacked (for a briefing tomorrow)').questions).toEqual([{ text: 'was the treasury attacked', context: '' }]);
    expect(readMessage("who did it - asking for a piece I'm writing").questions).toEqual([{ text: 'who is responsible', context: '' }]);
    expect(readMessage('I need this for a report on APT40: who are they?').questions).toEqual([{ text: 'who are they?', context: 'I need this on APT40' }]);
    expect(firstQuestion('what is (or was) the NEC?')).toBe('what is (or was) the nec?');
    expect(firstQuestion('is this legit (licadho-org[.]com)?')).toContain('licadho-org[.]com');
    expect(readMessage('I work at the NEC. phising email sender adress').questions)
      .toEqual([{ text: 'phising email sender adress', context: 'I work at the nec.' }]);
  });

  it('drops interjections and asides wherever they stand', () => {
    expect(firstQuestion('dadbod lol is that real malware?')).toBe('dadbod is that real malware?');
    expect(firstQuestion('can someone (or the bot) tell me what LICADHO is?')).toBe('what LICADHO is?');
    expect(firstQuestion('remind me what day cambodians voted?')).toBe('what day cambodians voted?');
    // Asking whether anyone knows what was just asked adds nothing to it.
    expect(readMessage('who found the servers? any ideas?').questions).toEqual([{ text: 'who found the servers?', context: '' }]);
    expect(firstQuestion('any idea who found the servers?')).toBe('any idea who found the servers?');
    expect(firstQuestion('were there any clues?')).toBe('were there any clues?');
    expect(firstQuestion('does the report give any pointers?')).toBe('does the report give any pointers?');
    expect(firstQuestion('remind me of the date')).toBe('remind me of the date');
    expect(firstQuestion('how did they manage to get in?')).toBe('how did they get in?');
    expect(firstQuestion('ok random but was the senate hit too')).toBe('was the senate hit too');
    expect(firstQuestion('wait, has the US charged them?')).toBe('has the US charged them?');
    expect(firstQuestion('wait a sec, who found it?')).toBe('who found it?');
    expect(firstQuestion('fr tho how did she spot the fake')).toBe('how did she spot the fake');
    // Alarm at what the asker did is no part of the question ("oops" weighed as a rare word sank the answer).
    expect(firstQuestion('oops i opened the attachment, what now')).not.toMatch(/oops/);
    expect(firstQuestion('uh oh, I clicked the link')).not.toMatch(/uh|oh/);
    expect(firstQuestion('wait times at polling stations?')).toBe('wait times at polling stations?');
    expect(firstQuestion('did kem open the email or nah')).toBe('did kem open the email');
    expect(firstQuestion("wait wasn't there a hub?")).toBe("wasn't there a hub?");
    // Where the asker met the subject is context.
    expect(readMessage('whats LICADHO btw, saw it come up w the phishing thing').questions)
      .toEqual([{ text: 'what is LICADHO.', context: 'saw it come up with the phishing thing' }]);
    expect(firstQuestion('an election office w/ 3 IT staff')).toBe('an election office with 3 IT staff');
    // How the asker wants the answer is not what it is about.
    expect(readMessage('which organisations got targeted? just the gist pls').questions)
      .toEqual([{ text: 'which organisations got targeted?', context: '' }]);
    expect(firstQuestion('tl;dr: who found it')).toBe('who found it');
    // The form of the answer, after a comma, a dash or the question mark; not "names please" or "exact count".
    expect(firstQuestion('how many servers, number only')).toBe('how many servers');
    expect(firstQuestion('which country is behind it? one word answer')).toBe('which country is behind it?');
    expect(firstQuestion('when was the cnrp dissolved - year please')).toBe('when was the cnrp dissolved');
    expect(firstQuestion('how many emails did they send, exact count')).toMatch(/exact count/);
    // A person's title is their job title; a write-up's or a lure's title names it.
    expect(firstQuestion("what was kem sokha's title?")).toBe("what was kem sokha's job title?");
    expect(firstQuestion("what was the decoy's title?")).toBe("what was the decoy's title?");
    expect(firstQuestion('tl;dr of the Cambodia hacking story?')).toBe('summary of the Cambodia hacking story?');
    expect(firstQuestion('what was the summary of the report?')).toBe('what was the summary of the report?');
    // Nor when the asker needs it, nor a "heads up" that opens the message; a year or a count stays.
    expect(readMessage('heads up, board meeting in 10. where are they based?').questions)
      .toEqual([{ text: 'where are they based?', context: 'board meeting.' }]);
    expect(firstQuestion('who was targeted, need it by tonight')).toBe('who was targeted.');
    expect(firstQuestion('were they active in 2018?')).toBe('were they active in 2018?');
    expect(firstQuestion('were diplomats hit in 10 countries?')).toBe('were diplomats hit in 10 countries?');
    expect(firstQuestion('did the victims get a heads up?')).toBe('did the victims get a heads up?');
    // The bot named at the end is addressed; named after a preposition or a determiner, it is what is asked about.
    expect(firstQuestion('who was targeted, bot?')).toBe('who was targeted?');
    expect(firstQuestion('how do I check a sender with ballotguard?')).toBe('how do I check a sender with ballotguard?');
    expect(firstQuestion("what's the point of this bot?")).toBe("what's the point of this bot?");
    expect(firstQuestion('why go after an election at all?')).toBe('why go after an election at all?');
    expect(firstQuestion('when did FireEye get onto these guys?')).toBe('when did FireEye get onto these guys?');
  });

  it('reads thanks and praise as thanks, and drops them after a question', () => {
    expect(readMessage("thanks bot, you're the best \u{1F64F}")).toEqual({ questions: [], smallTalk: 'thanks' });
    expect(readMessage('good bot')).toEqual({ questions: [], smallTalk: 'thanks' });
    expect(readMessage('who was targeted? you rock').questions).toEqual([{ text: 'who was targeted?', context: '' }]);
    expect(readMessage('sorry if dumb q but what is ScanBox').questions).toEqual([{ text: 'what is ScanBox', context: '' }]);
    expect(readMessage('sry if dumb q but what is ScanBox').questions).toEqual([{ text: 'what is ScanBox', context: '' }]);
    expect(readMessage('soz, what is airbreak?').questions).toEqual([{ text: 'what is airbreak?', context: '' }]);
    expect(readMessage('sorry for the long msg, our press office keeps getting survey mails. which newspaper was it?').questions)
      .toEqual([{ text: 'which newspaper was it?', context: 'our press office keeps getting survey mails.' }]);
  });

  it('reads chat shorthand, slang for being hacked, and hedges of belief as the plain words', () => {
    expect(firstQuestion('who did the email pretend to be frm')).toBe('who did the email impersonating from');
    // Written short forms, with or without an apostrophe; one that is no short form keeps its apostrophe.
    expect(firstQuestion("was the nat'l election cmte hacked?")).toBe('was the national election committee hacked?');
    expect(firstQuestion('did the gov’t say anything about the elxn hack?')).toBe('did the government say anything about the election hack?');
    expect(firstQuestion("was the int'l community told?")).toBe('was the international community told?');
    expect(firstQuestion("what's the group's name?")).toBe("what's the group's name?");
    expect(firstQuestion('did any newsrooms get owned in this?')).toBe('did any newsrooms get hacked in this?');
    expect(firstQuestion('which country is apt40 believed to operate from?')).toBe('which country is apt40 based in?');
    expect(firstQuestion('what malware was in the fishing email?')).toBe('what malware was in the phishing email?');
    // Older askers' words for the phishing e-mail; "tricky" of anything else keeps its sense.
    expect(firstQuestion('did she open the nasty email')).toBe('did she open the phishing email');
    expect(firstQuestion('who sent the tricky letter?')).toBe('who sent the phishing email?');
    expect(firstQuestion('is this a tricky question')).toBe('is this a tricky question');
    expect(firstQuestion('how long have those chinese internet spies been at it')).toBe('how long has the group been active');
    expect(firstQuestion('how did they worm their way into inboxes?')).toBe('how did they get into inboxes?');
    expect(firstQuestion('where were the operators actually sitting?')).toBe('where were the operators located?');
    expect(firstQuestion('how many servers were sitting open to the public?')).toBe('how many servers were open to the public?');
    expect(firstQuestion('were their files left lying around unprotected?')).toBe('were their files unprotected?');
    expect(firstQuestion('who was sitting at the keyboard?')).toBe('who was sitting at the keyboard?');
    expect(firstQuestion('did they hack anyone across the strait?')).toBe('did they hack anyone Taiwan?');
    expect(firstQuestion('what other handles does this crew go by?')).toBe('what other names does this crew have as aliases?');
    expect(firstQuestion('What name does Microsoft slap on this crew?')).toBe('What name does Microsoft give this crew?');
    // Slack's entities for a typed "&", "<" and ">": a quote line, and no sentence ended at their semicolons.
    expect(readMessage('what were their c&amp;c servers?').questions).toEqual([{ text: 'what were their c&c servers?', context: '' }]);
    expect(readMessage('&gt; someone said the NEC was hacked\nwho actually said that?').questions)
      .toEqual(readMessage('> someone said the NEC was hacked\nwho actually said that?').questions);
    expect(firstQuestion('who walked away with the seats?')).toBe('who won the seats?');
    expect(firstQuestion('did they walk off with any files?')).toBe('did they walk off with any files?');
    expect(firstQuestion('how do they know the people at the keyboard were really sitting in china?')).toBe('how do they know the operators were located in china?');
    expect(firstQuestion('why do they care about disputed waters?')).toBe('why do they care about South China Sea?');
    expect(firstQuestion('was the foreign ministry one of the places they got into?')).toBe('was the foreign ministry hacked?');
    expect(firstQuestion('who was the email supposed to be from?')).toBe('who was the email impersonating?');
    expect(firstQuestion('what does beijing get out of all this?')).toBe('what does beijing wants from it?');
    // Out of an act named after it: what they want from doing it. Getting out of a place stays.
    expect(firstQuestion('what does china get out of hacking cambodia?')).toBe('what does china wants from hacking cambodia?');
    expect(firstQuestion('how did they get out of the building?')).toBe('how did they get out of the building?');
    // Hun Sen's government is the government; the vote swung to someone was changed; money poured into a country is invested.
    expect(firstQuestion("how did hun sen's government respond?")).toBe('how did the Cambodian government respond?');
    expect(firstQuestion('what did hun sen say?')).toBe('what did hun sen say?');
    expect(firstQuestion('did the hack swing the vote to hun sen')).toBe('did the hack change the result');
    expect(firstQuestion('how much money does china pour into cambodia')).toBe('how much money does china invest in cambodia');
    expect(firstQuestion('is it pouring in phnom penh?')).toBe('is it pouring in phnom penh?');
    // Disbelief before a claim is no part of it.
    expect(firstQuestion('are you telling me china hacked the vote?')).toBe('china hacked the vote?');
    expect(firstQuestion('why did they do it?')).toBe('what was the motive of they?');
    expect(firstQuestion('have they done this before?')).toBe('has the group attacked before?');
    expect(firstQuestion('how do I report a phishing email?')).toBe('how do I report and forward a phishing email?');
    // A mistyped word of an idiom is mended when that completes the idiom; slang stays for search to read.
    expect(firstQuestion('which country is that group beliveed to work for?')).toBe('which country is that group work for?');
    expect(firstQuestion('which activists got their stuff pwned?')).toBe('which activists got their stuff pwned?');
    expect(firstQuestion('what happened to the main party challenging the government?')).toBe('what happened to the main opposition party?');
    // A word that only looks like one stays: "owned" by the state is no hack.
    expect(firstQuestion('which state-owned firms were hit?')).toBe('which state-owned firms were hit?');
  });

  it('drops the lesser alternative a question sets against its own', () => {
    expect(firstQuestion('is this some state-backed crew or just random crooks?')).toBe('is this some state-backed crew?');
    expect(firstQuestion('how do they know it was china and not just some random hackers?')).toBe('how do they link the hackers to china?');
    expect(firstQuestion('was it the ruling party or is it just rumours')).toBe('was it the ruling party');
  });

  it('drops doubt about the claim asked, which the question asks already', () => {
    expect(firstQuestion('did the Senate get hit by TEMP.Periscope or is that a rumour?')).toBe('did the Senate get hit by TEMP.Periscope?');
    expect(firstQuestion('was the NEC hacked or am I mixing things up?')).toBe('was the nec hacked?');
    // An alternative that is a real second choice stays.
    expect(firstQuestion('was the NEC hacked or the senate?')).toBe('was the nec hacked or the senate?');
  });

  it('reads a name of everyday words written with capitals as naming something, not as a generic question', () => {
    expect(readMessage('I work at the NEC. who is Ben Read?').questions).toEqual([{ text: 'who is Ben Read?', context: 'I work at the nec.', introduction: 'I work at the nec.' }]);
    // "I" is no name: "what should I do?" is still about what the context says.
    expect(firstQuestion('I work at the NEC. what should I do?')).toBe('I work at the nec. what should I do?');
  });

  it('asks names asked for after a question of that question', () => {
    expect(firstQuestion('which activists were hacked? names please')).toBe('which activists were hacked names?');
    expect(firstQuestion('who was charged in 2021? I need names.')).toBe('who was charged in 2021 names?');
    expect(firstQuestion('which outlets were compromised? give me the names of the media entities')).toBe('which outlets were compromised names?');
    expect(firstQuestion('which outlets were compromised? give me a summary')).toBe('which outlets were compromised?');
    expect(firstQuestion('I need names of the group')).toBe('I need names of the group');
    expect(readMessage('which MP got hacked - whats their name?').questions).toEqual([{ text: 'which member of parliament got hacked names?', context: '' }]);
    expect(readMessage('which ngo was impersonated? what was its name?').questions).toEqual([{ text: 'which ngo was impersonated names?', context: '' }]);
    expect(readMessage("which uk company did they phish, what's it called?").questions).toEqual([{ text: 'which uk company did they phish names?', context: '' }]);
    expect(readMessage("which MP got hacked? what\u2019s his name?").questions).toEqual([{ text: 'which member of parliament got hacked names?', context: '' }]);
    expect(readMessage('which ngo was it? its name?').questions).toEqual([{ text: 'which ngo was it names?', context: '' }]);
    // Naming something else is a question of its own.
    expect(readMessage('which ngo was impersonated? what is the name of the malware?').questions).toHaveLength(2);
    expect(firstQuestion('which activists were hacked? names?')).toBe('which activists were hacked names?');
    // Needing names for a purpose still asks them; a sentence that needs something else is context.
    expect(firstQuestion('which activists were hacked? I need names for a report')).toBe('which activists were hacked names?');
    expect(firstQuestion('which activists were hacked? I need it for a report')).toBe('which activists were hacked?');
  });

  it('reads a relative clause or a description set off by commas inside a question as context, and the question on after it', () => {
    expect(readMessage("what did hun sen, who won re-election, say about fireeye's findings?").questions)
      .toEqual([{ text: "what did hun sen say about fireeye's findings?", context: 'who won re-election' }]);
    expect(readMessage('did the election commission, which was compromised, file charges?').questions)
      .toEqual([{ text: 'did the election commission file charges?', context: 'which was compromised' }]);
    expect(readMessage('Monovithya Kem, who received the fake mail, is whose daughter?').questions)
      .toEqual([{ text: 'Monovithya Kem is whose daughter?', context: 'who received the fake mail' }]);
    expect(readMessage("what did ben read, the guy from fireeye's team, say about the commission?").questions)
      .toEqual([{ text: 'what did ben read say about the commission?', context: "the guy from fireeye's team" }]);
    // A question of its own after the comma, or a list, stays as it was read.
    expect(readMessage('the hackers who hit the nec, who were they, did they work for china?').questions[0]!.text).toBe('who were they, did they work for china?');
    expect(readMessage('the NEC, who hacked it, china?').questions[0]!.text).toBe('who hacked it, china?');
    expect(readMessage('was the nec, the senate, the interior ministry hit?').questions[0]!.text).toBe('was the nec, the senate, the interior ministry hit?');
    expect(firstQuestion('besides government, who else got hit — journos, activists?')).toBe('who else got hit, journos, activists?');
  });

  it('asks a short question of who something is, or its name, of the thing described before it', () => {
    expect(readMessage('the two diplomats overseas who got hacked, what are their names').questions)
      .toEqual([{ text: 'what are the names of the two diplomats overseas who got hacked?', context: '' }]);
    expect(readMessage('the opposition MP whose machine was compromised, who is it').questions)
      .toEqual([{ text: 'who is the opposition member of parliament whose machine was compromised?', context: '' }]);
    expect(firstQuestion('the prosecutor who brought the 2021 case, who?')).toBe('who is the prosecutor who brought the 2021 case?');
    expect(firstQuestion('The European chemical company on the servers. Its name?')).toBe('what is the name of the European chemical company on the servers?');
    // "what's it called?" stays apart: the description alone finds the thing it describes.
    expect(readMessage("the cookie stealer they found, what's it called").questions).toHaveLength(2);
    // A statement is no thing described, and a bare "who" among further questions asks about the thing, not who it is.
    expect(firstQuestion('The 2021 indictment says the hackers worked through a company. Which company was it?')).not.toMatch(/^what is the name of/);
    expect(firstQuestion('the doj case, who, when, front co?')).not.toMatch(/^who is/);
  });

  it('reads a claim the asker heard, with a tag asking to confirm it, as the claim asked about', () => {
    expect(readMessage('heard china gave the NEC a pile of cash that year, true?').questions).toEqual([{ text: 'china gave the nec money that year?', context: '' }]);
    // Who passed the claim on is not the claim: "someone on twitter said…", "my editor said…".
    expect(firstQuestion('someone on twitter said the same group also goes after shipbuilders. is that right?'))
      .toBe('the same group also goes after shipbuilders?');
    // More ways of passing a claim on, and of asking whether it holds: who thinks or keeps saying it, where it was
    // read, a quiz-like "true or false", and the tag asked as a sentence of its own.
    expect(firstQuestion('my editor thinks the senate was hacked, correct?')).toBe('the senate was hacked?');
    expect(firstQuestion('a tweet says the phishing mail came from the UN. is that accurate?')).toBe('the phishing mail came from the UN?');
    expect(firstQuestion('the news say FireEye blame Vietnam, correct or not?')).toBe('FireEye blame Vietnam?');
    expect(firstQuestion('my uncle say chinese hacker steal cambodia election, this is true or not?')).toBe('chinese hacker steal cambodia election?');
    expect(firstQuestion('I read online that the NEC was hacked')).toBe('the nec was hacked');
    expect(readMessage('true or false: the 2023 election was hacked by the same group').questions)
      .toEqual([{ text: 'the 2023 election was hacked by the same group', context: '' }]);
    expect(firstQuestion('the NEC was hacked. true or false?')).toBe('the nec was hacked?');
    // "read" with its own object is what the asker did, and stays context; "is it true that…" is left whole.
    expect(readMessage('I read the report, who wrote it?').questions).toEqual([{ text: 'who wrote it?', context: 'I read the report.' }]);
    expect(firstQuestion('is it true that the NEC was hacked?')).toBe('is it true that the nec was hacked?');
    expect(firstQuestion('my editor said they hacked the senate, true?')).toBe('they hacked the senate?');
    // Chat's ways of passing a claim on (who in a Slack channel says it, who swears by it, a Facebook post "that…")
    // and of asking whether it holds (", accurate?", "any truth to that", "is it legit that…", "do the
    // sources say that?"), the tag on its own making the claim before it a question.
    expect(firstQuestion('someone in our slack says the senate was hacked, accurate?')).toBe('the senate was hacked?');
    expect(firstQuestion('my cousin swears the NEC was hacked. any truth to that?')).toBe('the nec was hacked?');
    expect(firstQuestion('saw a fb post that the hackers were chinese. any truth?')).toBe('the hackers were chinese?');
    expect(firstQuestion('is it legit that the servers were in hainan?')).toBe('the servers were in hainan?');
    expect(firstQuestion('ppl keep saying apt40 is state-backed. do the sources actually say that?')).toBe('apt40 is state-backed?');
    expect(firstQuestion('any truth to the claim that the senate was hacked?')).toBe('the senate was hacked?');
    // A fact-checker's wrapping of the claim: "debunk this:", "the claim that", "claim:", where it was seen, and a
    // claim checked by its denial.
    expect(firstQuestion("help me debunk: 'the cambodia election hack was done by russia'")).toBe("'the cambodia election hack was done by russia'");
    expect(firstQuestion('can you debunk the claim that nobody hacked the NEC')).toBe('nobody hacked the nec');
    expect(firstQuestion('claim: iran hacked the senate. accurate?')).toBe('iran hacked the senate. ?');
    expect(firstQuestion('saw a post saying russian hackers were behind it, true?')).toBe('russian hackers were behind it?');
    expect(firstQuestion("isn't it false that the US indicted anyone?")).toBe('is it true that the US indicted?');
    // A reporter's check of a line before printing it asks the line itself.
    expect(firstQuestion('is it fair to write that the hackers changed the vote count?')).toBe('the hackers changed the vote count?');
    expect(firstQuestion('can I say that China hacked the election?')).toBe('China hacked the election?');
    expect(firstQuestion('need a line on who was behind it')).toBe('who is responsible');
    expect(firstQuestion('what can I say about the NEC?')).toMatch(/^what can i say about the nec\?$/i);
    expect(firstQuestion('can we report this email to someone?')).toMatch(/^can we report this email/);
    expect(firstQuestion('what has someone said about the senate?')).toBe('what has someone said about the senate?');
    expect(readMessage('the NEC got money from china, right?').questions).toEqual([{ text: 'the nec got money from china?', context: '' }]);
    // The tag typed without its comma, or spelt as it sounds; "is that right?" and "human right" are no tags.
    expect(firstQuestion('temp periscope has other names rite?')).toBe('temp periscope has other names?');
    expect(firstQuestion('they used airbreak right')).toBe('they used airbreak');
    expect(firstQuestion('the election is a human right?')).toMatch(/human right\?$/);
    // Tags that lead the bot to agree, and tag questions closing a statement, go the same way; after a question word
    // the words are the question ("why wasn't it?").
    expect(firstQuestion("the 2021 indictment was about the election, wasn't it?")).toBe('the 2021 indictment was about the election?');
    expect(firstQuestion('the fake email went to the senate didnt they')).toBe('the fake email went to the senate');
    expect(firstQuestion('so the chinese only hacked the opposition, yeah?')).toBe('the chinese only hacked the opposition?');
    expect(firstQuestion('the hackers stole the election, confirm?')).toBe('the hackers stole the election?');
    expect(firstQuestion('so it really was china huh')).toBe('it really was china');
    expect(firstQuestion("why wasn't it?")).toBe("why wasn't it?");
    // "is that a thing or am I misremembering" asks whether what came before is so.
    expect(firstQuestion('someone said the NEC was hacked. is that true or am i misremembering?')).toMatch(/^the nec was hacked\. is that or am i ?\??$/);
    // The other half of an either-or, and a guess at the answer's size, add nothing to search for.
    expect(firstQuestion('did china respond to any of this or just ignore it')).toBe('did china respond to any of this');
    expect(firstQuestion('were the files on hacked websites, or somewhere else?')).toBe('were the files on hacked websites?');
    expect(firstQuestion('how long before the election did the report come out, like weeks?')).toBe('how long before the election did the report published?');
    expect(firstQuestion('when did the spoofed mail land in her inbox?')).toBe('when did the spoofed mail arrive?');
    expect(firstQuestion('how many servers tied to the group did FireEye find?')).toBe('how many servers linked to the group did FireEye find?');
    // Without a comma, "right" is a word of the question.
    expect(firstQuestion('did they pick the right target?')).toBe('did they pick the right target?');
  });

  it("reads a formal request's frame as manners, and what it asks for as the question", () => {
    expect(firstQuestion('Could you kindly indicate which ministries were compromised?')).toBe('which ministries were compromised?');
    expect(firstQuestion('May I enquire as to the date on which the general election was held?')).toBe('the date on which the general election was held?');
    expect(firstQuestion('I would be obliged if you could confirm whether the Senate was among the institutions affected.'))
      .toBe('the Senate was among the institutions affected.');
    expect(firstQuestion("I should be grateful for clarification as to whether Cambodia's diplomats were affected."))
      .toBe("Cambodia's diplomats were affected.");
    expect(firstQuestion('Would you be so good as to indicate whether the authorities offered any comment?')).toBe('the authorities offered any comment?');
    expect(firstQuestion('Kindly elucidate the significance of ASEAN for Beijing.')).toBe('the significance of ASEAN for Beijing.');
    expect(firstQuestion('With respect, is there any evidence the vote was changed?')).toBe('is there any evidence the vote was changed?');
    expect(firstQuestion('It would assist our deliberations to know the composition of the National Assembly.')).toBe('the composition of the National Assembly.');
    // Advice asked for is what is asked, not manners.
    expect(firstQuestion('I would be grateful for advice on protecting embassy staff.')).toBe('advice on protecting embassy staff.');
    expect(firstQuestion('could you advise on protecting embassy staff?')).toBe('could you advise on protecting embassy staff?');
    // "I'd" as "I would", with either apostrophe.
    expect(firstQuestion("I'd be grateful if you could confirm whether the Senate was affected.")).toBe('the Senate was affected.');
    expect(firstQuestion('I\u2019d appreciate clarification on whether the NEC was hit')).toBe('the nec was hit');
    // What the asker does, set off by a comma before a request to be told, is context (and says who they are), not part of what is asked.
    expect(readMessage("I'm a paralegal putting together a memo for our partner, could you tell me the names of the defendants?").questions)
      .toEqual([{ text: 'the names of the defendants?', context: "I'm a paralegal putting together a memo for our partner.", introduction: "I'm a paralegal putting together a memo for our partner." }]);
    expect(firstQuestion('For a briefing note on foreign interference, could you set out which officials were named in the charging document?'))
      .toBe('which officials were named in the charging document?');
    // A request of another kind is read whole: "can you fix it" is what is asked.
    expect(firstQuestion('My laptop is slow, can you fix it for me?')).toBe('My laptop is slow, can you fix it for me?');
    // A letter's tie to earlier letters is manners too.
    expect(firstQuestion('Further to our earlier correspondence, I would be grateful if you could confirm the date on which the indictment was unsealed.'))
      .toBe('the date on which the indictment was unsealed.');
  });

  it("finds the question inside a formal letter's request, and keeps who asks and why apart from it", () => {
    // A request to be told, with a verb that may ask for a thing of its own, is manners before the question it wraps.
    expect(firstQuestion('Could you kindly advise how many servers FireEye examined?')).toBe('how many servers FireEye examined?');
    expect(firstQuestion('Would you be kind enough to explain why the election commission mattered?')).toBe('why the election commission mattered?');
    expect(firstQuestion('could you advise on protecting embassy staff?')).toBe('could you advise on protecting embassy staff?');
    // A request for an account of a thing: the frame noun says how to answer.
    expect(firstQuestion('Could you provide a brief description of the DADBOD malware?')).toBe('the DADBOD malware?');
    expect(firstQuestion("Would you be so kind as to provide an overview of the malware families named in FireEye's report?"))
      .toBe("the malware families named in FireEye's report?");
    expect(firstQuestion('Might you be able to indicate the home address of Kem Sokha?')).toBe('the home address of Kem Sokha?');
    // A body writing as "we", and the asker's wish to know.
    expect(readMessage('Our embassy would appreciate clarification as to when FireEye published its report.').questions[0]?.text)
      .toBe('when FireEye published its report.');
    expect(readMessage('Our delegation wishes to know whether the Ministry of Economy and Finance was targeted.').questions)
      .toEqual([{ text: 'whether the Ministry of Economy and Finance was targeted.', context: 'Our delegation' }]);
    expect(readMessage('On behalf of the ministry, I should like to know by which other names this group is known.').questions)
      .toEqual([{ text: 'by which other names this group is known.', context: 'On behalf of the ministry.' }]);
    expect(firstQuestion('It would greatly assist our assessment if you could specify the IP address the operators used.'))
      .toBe('the IP address the operators used.');
    expect(firstQuestion('Please confirm which domain hosted the ScanBox server.')).toBe('which domain hosted the ScanBox server.');
    expect(firstQuestion('Our technical adviser has asked me to enquire about the role of MURKYTOP.')).toBe('the role of MURKYTOP.');
    // Why the asker asks, and whom the answer is for, closing the question or set inside it, are context.
    expect(readMessage('Could you kindly confirm whether the National Election Commission was compromised, as our mission is preparing a briefing?').questions)
      .toEqual([{ text: 'the National Election Commission was compromised?', context: 'as our mission is preparing a briefing' }]);
    expect(readMessage('Would you kindly indicate what AIRBREAK is, for the benefit of our non-technical colleagues?').questions)
      .toEqual([{ text: 'what AIRBREAK is?', context: 'for the benefit of our non-technical colleagues' }]);
    expect(readMessage('Could you kindly clarify, for the benefit of our visiting delegation, whose daughter Monovithya Kem is?').questions)
      .toEqual([{ text: 'whose daughter Monovithya Kem is?', context: 'for the benefit of our visiting delegation.' }]);
    expect(firstQuestion('When did Recorded Future publish its report, if you would be so kind?')).toBe('When did Recorded Future publish its report?');
    // The work a finding came out of is no part of what is asked.
    expect(firstQuestion('Could you kindly advise how many servers FireEye examined in the course of its investigation?')).toBe('how many servers FireEye examined?');
    // What is not about the asker stays: "as reported in March 2018", and a clause saying who the asker is is their introduction.
    expect(firstQuestion('which US industries had this group targeted, as reported in March 2018?')).toBe('which US industries had this group targeted, as reported in March 2018?');
    expect(readMessage('should I turn on 2fa, as I am a journalist covering cambodia?').questions[0]?.introduction).toBe('I am a journalist covering cambodia');
    // A letter's salutation, and the thanks that turn to the question, are no question of their own.
    expect(readMessage('Dear Sir or Madam, I write from the Ministry of Foreign Affairs and should be grateful to know when the FireEye report appeared.').questions)
      .toEqual([{ text: 'when the FireEye report appeared.', context: 'I write from the Ministry of Foreign Affairs.' }]);
    expect(readMessage('Further to our meeting last week, could you remind me since when FireEye has been tracking this group?').questions)
      .toEqual([{ text: 'since when FireEye has been tracking this group?', context: '' }]);
    // Learner's English drops the article of a role, which still introduces the asker.
    expect(readMessage("I'm journalist from Phnom Penh.\nthe member of parliament that got compromised, which party he belong?").questions)
      .toEqual([{ text: 'the member of parliament that got compromised. which party he belong?', context: "I'm journalist from Phnom Penh." }]);
  });

  it('drops how technical the answer should be, which is never what is asked', () => {
    expect(firstQuestion('non-technical explanation of what AIRBREAK does')).toBe('what AIRBREAK does');
    expect(firstQuestion('explain what phishing is like I\'m not technical')).toBe('explain what phishing is');
    expect(firstQuestion('explain the whole story to someone who knows nothing about computers')).toBe('explain the whole story');
    expect(firstQuestion('how did they get in? non-technical please')).toBe('how did they get in?');
    // A word of the question stays: "non-technical" describing what is asked about.
    expect(firstQuestion('is EVILTECH a non-technical threat?')).toBe('is EVILTECH a non-technical threat?');
    expect(firstQuestion('is the phishing non-technical?')).toBe('is the phishing non-technical?');
    expect(firstQuestion('what is airbreak, non-technical please')).toBe('what is airbreak');
  });

  it('finds the question at the end of a long message where the asker turns to what they wonder', () => {
    expect(readMessage("my cousin said some company found it, but it didn't say which, and I'm curious who found it out?").questions)
      .toEqual([{ text: 'who found it out?', context: "my cousin said some company found it, but it didn't say which." }]);
    expect(firstQuestion('long story short, my uncle was in the opposition and now I read about hacking, so did the hackers go after the opposition?'))
      .toBe('did the hackers go after the opposition?');
    expect(firstQuestion("what I don't get, and maybe I'm missing something, is why anyone would hack a decided election?"))
      .toBe('why anyone would hack a decided election?');
    // A few words before ", so" are what is asked about, not a story.
    expect(firstQuestion('got an email from licadho, so is it a phish?')).toBe('got an email from licadho, so is it a phish?');
  });

  it('drops a greeting with where it comes from', () => {
    expect(readMessage('greetings from the newsroom: did FireEye tell the victims?').questions)
      .toEqual([{ text: 'did FireEye tell the victims?', context: '' }]);
  });

  it('reads a question of everyday words about someone as a question, not small talk', () => {
    expect(readMessage('how did they get in?').questions).toEqual([{ text: 'how did they get in?', context: '' }]);
    expect(readMessage('how are you?')).toEqual({ questions: [], smallTalk: 'greeting' });
    // A request to explain it is a question too.
    expect(readMessage('explain how they got in').questions).toEqual([{ text: 'explain how they got in', context: '' }]);
    expect(readMessage('tell me how you are')).toEqual({ questions: [], smallTalk: 'greeting' });
  });

  it('drops where the asker keeps meeting the subject, and reads "were they after money" as a question of motive', () => {
    expect(readMessage("what's the hainan connection everyone keeps mentioning? \u{1F914}").questions).toEqual([{ text: "what's the hainan connection?", context: '' }]);
    expect(readMessage("who's the FireEye guy the papers kept quoting on this?").questions).toEqual([{ text: "who's the FireEye guy?", context: '' }]);
    // After the question's own verb it is what is asked.
    expect(readMessage('what did the papers keep saying?').questions).toEqual([{ text: 'what did the papers keep saying?', context: '' }]);
    expect(readMessage('were these guys after bank details and money, or something else?').questions)
      .toEqual([{ text: 'was the motive of these guys bank details and money?', context: '' }]);
    // After a place or people, "after" is whom they target.
    expect(firstQuestion('were other hackers after Cambodia too?')).toBe('were other hackers after Cambodia too?');
    expect(firstQuestion('are they after journalists?')).toBe('are they after journalists?');
    // "after" a time is a time.
    expect(readMessage('were they after the 2018 vote').questions).toEqual([{ text: 'were they after the 2018 vote', context: '' }]);
  });

  it('reads a closing clause saying who the asker is as an introduction, and keeps one saying what happened', () => {
    expect(readMessage('should i turn on 2fa on my email if im a journalist covering cambodia?').questions)
      .toEqual([{ text: 'should i turn on 2fa on my email?', context: 'i am a journalist covering cambodia', introduction: 'i am a journalist covering cambodia' }]);
    // "we" are who the clause says.
    expect(readMessage('are we targets if we are an ngo in phnom penh').questions).toEqual([{ text: 'we are an ngo in phnom penh are we targets', context: '' }]);
    expect(readMessage("what should I do if I'm hacked?").questions).toEqual([{ text: "what should I do if I'm hacked?", context: '' }]);
  });

  it("reads the asker's deadline and the length they want as neither question nor subject", () => {
    expect(readMessage('<!here> brief for the ambassador due at 5 \u2014 one line on why China would care about the election pls tks').questions)
      .toEqual([{ text: 'why China would care about the election', context: 'brief for the ambassador' }]);
    expect(readMessage('memo for the minister: which ministries were hit').questions)
      .toEqual([{ text: 'which ministries were hit', context: 'memo for the minister' }]);
    // A time that is part of the subject stays.
    expect(firstQuestion('was the vote due in 2018?')).toBe('was the vote due in 2018?');
  });


  it('reads a lone 2 or 4 in chat as "to", "too" or "for", and keeps counts as numbers', () => {
    expect(firstQuestion('how 2 spot phishing')).toBe('how to spot phishing');
    expect(firstQuestion('were diplomats hacked 2?')).toBe('were diplomats hacked too?');
    expect(firstQuestion('is rancor the same grp? smth else?')).toBe('is rancor the same group?');
    expect(firstQuestion('what kinda malware? tks')).toBe('what kind of malware?');
    expect(firstQuestion('did the chinese get into the foreign ministry fr')).toBe('did the chinese get into the foreign ministry');
    expect(firstQuestion('were 2 diplomats hit?')).toBe('were 2 diplomats hit?');
    expect(firstQuestion('did they get version 2?')).toBe('did they get version 2?');
    expect(firstQuestion('advice 4 journalists')).toBe('advice for journalists');
    expect(firstQuestion('top 4 targets')).toBe('top 4 targets');
    expect(firstQuestion('did they run 3 servers?')).toBe('did they run 3 servers?');
    // Before an article or a pronoun no count stands; a 4 closing a question after a pronoun is "for".
    expect(firstQuestion('wut was the lure 4 the cnrp ppl')).toBe('what was the lure for the cnrp people');
    expect(firstQuestion('fox mail phish 2 a journalist when')).toBe('fox mail phish to a journalist when');
    expect(firstQuestion('wat did the phish ask her 4')).toBe('what did the phish ask her for');
    expect(firstQuestion('were 4 ministries hacked')).toBe('were 4 ministries hacked');
    expect(firstQuestion('top 4 the group hit')).toBe('top 4 the group hit');
  });

  it("reads a phone's autocorrect slips into real words as the words meant, and keeps the real words where they fit", () => {
    expect(firstQuestion('witch ministries got hacked')).toBe('which ministries got hacked');
    expect(firstQuestion('was it a witch hunt')).toBe('was it a witch hunt');
    expect(firstQuestion('were are they based')).toBe('where are they based');
    expect(firstQuestion('were 2 diplomats hit?')).toBe('were 2 diplomats hit?');
    expect(firstQuestion('hoe did they get in')).toBe('how did they get in');
    expect(firstQuestion('wat ip did they log in form')).toBe('what ip did they log in from');
    expect(firstQuestion('was the ip form hainan')).toBe('was the ip from hainan');
    expect(firstQuestion('what form did the phishing email take')).toBe('what form did the phishing email take');
    expect(firstQuestion('wat was on the survey form')).toBe('what was on the survey form');
    expect(firstQuestion('did they form a group')).toBe('did they form a group');
    expect(firstQuestion('was the senet hit')).toBe('was the senate hit');
    expect(firstQuestion('how many severs did fireeye find')).toBe('how many servers did fireeye find');
    expect(firstQuestion('witch ministers were hacked in cambodia')).toBe('which ministries were hacked in cambodia');
    expect(firstQuestion('did ministers comment')).toBe('did ministers comment');
    expect(firstQuestion('wat happened to kim sokha')).toBe('what happened to Kem sokha');
    expect(firstQuestion('what did kim and trump agree')).toBe('what did kim and trump agree');
  });

  it('reads a bare question word after a question as asking that of it ("… hacked? how many")', () => {
    expect(readMessage('diplomats hacked too?? how many').questions).toEqual([{ text: 'diplomats hacked too how many', context: '' }]);
    expect(readMessage('who was targeted? why?').questions).toEqual([{ text: 'who was targeted why?', context: '' }]);
    // A question with words of its own stays a second question.
    expect(readMessage('who was targeted? why the senate?').questions).toHaveLength(2);
  });

  it('reads a question reported in a sentence of its own as asked, with who asks it as context', () => {
    expect(readMessage('My editor keeps asking how long this crew has been in business. Any idea?').questions)
      .toEqual([{ text: 'how long this crew has been active.', context: 'My editor' }]);
    // A statement with no question reported in it stays context of the question that follows.
    expect(readMessage('my editor asked me to check this. was the NEC hacked?').questions)
      .toEqual([{ text: 'was the nec hacked?', context: 'my editor asked me to check this.' }]);
  });

  it('finds the question after a lead-in with no subject ("need to know who did it")', () => {
    expect(firstQuestion('need to know who found it')).toBe('who found it');
    expect(firstQuestion('want to know which ministries were hit')).toBe('which ministries were hit');
    // Why the asker wants it is context, not a second question.
    expect(readMessage("gimme licadho's hotline number, need to call them").questions)
      .toEqual([{ text: "give me licadho's hotline number.", context: 'need to call them' }]);
  });

  it('reads "people like me" and "my role" with the introduction that says who the asker is', () => {
    expect(readMessage('I work at an embassy abroad. were people in roles like mine targeted?').questions)
      .toEqual([{ text: 'I work at an embassy abroad. were people in roles like mine targeted?', context: '' }]);
  });

  it('reads a question about "we" with the introduction that says who "we" are', () => {
    expect(readMessage('I run a small rights group in Phnom Penh. are we likely targets?').questions)
      .toEqual([{ text: 'I run a small rights group in Phnom Penh. are we likely targets?', context: '' }]);
    // A question about someone else keeps the introduction as context.
    expect(readMessage('I run a small rights group in Phnom Penh. was the senate hit?').questions[0]?.context).toBe('I run a small rights group in Phnom Penh.');
  });

  it('reads a topic set before a question that points back at it as part of the question', () => {
    expect(readMessage('the folks who run voting in cambodia - did the snoops get inside their machines?').questions)
      .toEqual([{ text: 'the election commission in cambodia did the snoops get inside their machines?', context: '' }]);
    // A question that points at nothing before it keeps the sentence as context.
    expect(readMessage('the report came out in july. was the senate hit?').questions)
      .toEqual([{ text: 'was the senate hit?', context: 'the report published in july.' }]);
    // "that" standing for the topic points back at it as "it" does.
    expect(readMessage('the UUV incident, how does that relate to apt40').questions)
      .toEqual([{ text: 'the UUV incident. how does that relate to apt40', context: '' }]);
  });

  it('reads a term others keep naming, set before a question about it, as its subject, and who names it as nothing', () => {
    expect(readMessage('analysts keep mentioning HSSD, what is that in relation to this group?').questions)
      .toEqual([{ text: 'HSSD. what is that in relation to this group?', context: '' }]);
    // A question that does not point back keeps the topic as context.
    expect(readMessage('people keep talking about the report. was the senate hit?').questions)
      .toEqual([{ text: 'was the senate hit?', context: 'the report.' }]);
  });

  it('marks the part of the context that only says who the asker is, and not what happened to them', () => {
    expect(readMessage('NEC here, how did FireEye find out about this?').questions)
      .toEqual([{ text: 'how did FireEye find out about this?', context: 'nec here.', introduction: 'nec here.' }]);
    expect(readMessage("I'm with the Senate. Also got a weird email from LICADHO last week. who sends those?").questions[0]?.introduction)
      .toBe("I'm with the Senate.");
  });

  it('reads whom the asker asks for or as, closing the question, as their introduction', () => {
    expect(readMessage('when did the fireeye report come out, asking for the NEC').questions)
      .toEqual([{ text: 'when did the fireeye report published', context: 'asking for the nec', introduction: 'asking for the nec' }]);
    expect(readMessage("what's a spear phish, asking as a senate aide").questions[0]?.text).toBe("what's a spear phish");
  });

  it('reads "our" after an introduction naming only the organisation as that organisation', () => {
    expect(readMessage('Fresh News staff here \u2014 how did the hackers use our article?').questions)
      .toEqual([{ text: 'Fresh News how did the hackers use our article?', context: 'staff here' }]);
    expect(readMessage('UK engineering firm here: how much did the breach cost us?').questions)
      .toEqual([{ text: 'UK engineering firm how much did the breach cost us?', context: 'here' }]);
    expect(readMessage("I'm with IBM X-Force, what's our tag for Leviathan?").questions)
      .toEqual([{ text: "IBM X-Force. what's our tag for Leviathan?", context: "I'm with" }]);
  });

  it('reads a name asked alone after an introduction as the question, and the introduction as context', () => {
    expect(readMessage("journalist here \u2014 apt40? - asking for a piece I'm writing").questions).toEqual([{ text: 'apt40?', context: 'journalist here', introduction: 'journalist here' }]);
    // A question with nothing specific of its own is still read with what came before it.
    expect(firstQuestion('got an email from licadho. legit?')).toBe('got an email from licadho. ?');
  });

  it('reads "ours" as the organisation the asker works for, and their job as context', () => {
    expect(readMessage('i do comms for a small rights NGO in phnom penh. were outfits like ours targeted?').questions)
      .toEqual([{ text: 'a small rights NGO in phnom penh were outfits like ours targeted?', context: 'i do comms for' }]);
    expect(readMessage('i run comms for a small ngo, how do we protect ourselves').questions)
      .toEqual([{ text: 'a small ngo how do we protect ourselves', context: 'i run comms for' }]);
    expect(readMessage('We volunteer with the opposition party. are we at risk?').questions)
      .toEqual([{ text: 'the opposition party are we at risk?', context: 'We volunteer with' }]);
    expect(readMessage('hello, CNRP volunteer here. who in our party got the phishing email?').questions)
      .toEqual([{ text: 'CNRP who in our party got the phishing email?', context: 'volunteer here' }]);
    // "the US" is the country, not the asker: the introduction stays context.
    expect(readMessage('working on a briefing for the ambassador: what did the US say about the election?').questions)
      .toEqual([{ text: 'what did the US say about the election?', context: 'working on a briefing for the ambassador' }]);
  });

  it('reads voting, charging, admitting, banning, leading and translating idioms as plain words', () => {
    expect(firstQuestion('when did cambodians cast their ballots?')).toBe('when did cambodians vote?');
    expect(firstQuestion('what does the american charge sheet say was stolen?')).toBe('what does the american indictment say was stolen?');
    expect(firstQuestion('did beijing own up or brush it off?')).toBe('did beijing admit or dismiss?');
    expect(firstQuestion('how many were kicked out of politics?')).toBe('how many were banned from politics?');
    expect(firstQuestion('who is the chief of the team?')).toBe('who is the leader of the team?');
    expect(firstQuestion('who did they pay to put the stolen papers into english?')).toBe('who did they pay to translate the stolen papers into english?');
    // A cast that is no vote, and a chief that is no leader, stay.
    expect(firstQuestion('who was in the cast of the film?')).toBe('who was in the cast of the film?');
    expect(firstQuestion('what was the chief target?')).toBe('what was the chief target?');
  });

  it('reads having "a go" or "a crack" at someone as targeting them, and "a go" at doing something as a try', () => {
    expect(firstQuestion('did they have a crack at the senate?')).toBe('did they target the senate?');
    expect(firstQuestion('who had a go at the election commission?')).toBe('who target the election commission?');
    expect(firstQuestion('should we have a go at patching it ourselves?')).toBe('should we have a go at patching it ourselves?');
  });

  it('reads being "hooked up with" someone as linked to them, and "the name of" a thing as no term set before it', () => {
    expect(firstQuestion('which spy agency are these hackers hooked up with?')).toBe('which spy agency are these hackers linked to?');
    expect(readMessage("Ministry of Interior staffer. what's the name of the new backdoor?").questions).toEqual([
      { text: "what's the name of the new backdoor?", context: 'Ministry of Interior staffer.', introduction: 'Ministry of Interior staffer.' },
    ]);
  });

  it('reads a kind of victim the attackers are "after" as whom they target, and what a tool is after as what it takes', () => {
    expect(firstQuestion('which ministries were they after?')).toBe('which ministries did they target?');
    expect(firstQuestion('what sort of people were the spies after?')).toBe('who did the spies target?');
    expect(firstQuestion('who were they after?')).toBe('who did they target?');
    expect(firstQuestion('what orgs is apt40 after?')).toBe('what organisations did apt40 target?');
    expect(firstQuestion('what kind of data is DADBOD after?')).toBe('what kind of data does DADBOD steal?');
    expect(firstQuestion('what is homefry after?')).toBe('what does homefry steal?');
    // What people are after, with no kind of victim asked, is still their motive.
    expect(firstQuestion('what were the hackers after?')).toBe('what was the motive of the hackers?');
    expect(firstQuestion('what info were the spies after?')).toBe('what information was the motive of the spies?');
  });

  it('reads what a thing is built or designed to do as what it does, and what it is made to look like as it was', () => {
    expect(firstQuestion('what kind of data is DADBOD built to take?')).toBe('what kind of data does DADBOD take?');
    expect(firstQuestion('what was eviltech designed to do?')).toBe('what does eviltech do?');
    expect(firstQuestion('what kind of data was the newly found DADBOD malware designed to steal?')).toBe('what kind of data does the newly found DADBOD malware steal?');
    expect(firstQuestion('what is the lure made to look like?')).toBe('what is the lure made to look like?');
  });

  it('reads setting sights on, having it in for and aiming at someone as targeting them, and an aim as a goal', () => {
    expect(firstQuestion('did they set their sights on the senate?')).toBe('did they target the senate?');
    expect(firstQuestion('who did temp periscope have it in for?')).toBe('who did temp periscope target?');
    expect(firstQuestion('what institutions did the hackers aim at?')).toBe('what institutions did the hackers target?');
    expect(firstQuestion('what was their aim for the election?')).toBe('what was their aim for the election?');
    expect(firstQuestion('did they aim at stealing data?')).toBe('did they aim at stealing data?');
  });

  it('reads hacking "aimed at" someone as targeting them, and aimed at doing something as a purpose', () => {
    expect(firstQuestion('what malware was in the mail aimed at the senate?')).toBe('what malware was in the mail targeting the senate?');
    expect(firstQuestion('what did the phish directed against kem carry?')).toBe('what did the phish targeting kem carry?');
    expect(firstQuestion('was the campaign aimed at stealing secrets?')).toBe('was the campaign aimed at stealing secrets?');
  });

  it('reads what someone told reporters as what they said, unless the press is what the question is about', () => {
    expect(firstQuestion('what did the fireeye guy tell reporters?')).toBe('what did the fireeye guy tell?');
    expect(firstQuestion('what did kem say to journalists about the email?')).toBe('what did kem say about the email?');
    expect(firstQuestion('did fireeye say media groups were targeted?')).toBe('did fireeye say media groups were targeted?');
    expect(firstQuestion('did fireeye tell reporters to be careful?')).toBe('did fireeye tell reporters to be careful?');
  });

  it('reads a name and "role" or "purpose", typed as keywords, as what it is', () => {
    expect(firstQuestion('mlcdailynews role')).toBe('what is mlcdailynews');
    expect(firstQuestion('scanbox purpose?')).toBe('what is scanbox');
    expect(firstQuestion('what role')).toBe('what role');
    expect(firstQuestion('hash function?')).toBe('hash function?');
    expect(firstQuestion('admin role')).toBe('admin role');
  });

  it('reads "need to confirm" and "quick fact check" as what the asker does, not part of the question', () => {
    expect(readMessage('need to confirm: the vote happened on what day?').questions).toEqual([{ text: 'when the vote happened?', context: 'need to confirm' }]);
    expect(readMessage('quick fact check for a podcast: how many parties contested the 2018 election?').questions)
      .toEqual([{ text: 'how many parties contested the 2018 election?', context: 'quick fact check' }]);
  });

  it('reads a message that "was a trap" as a fake one, and working it out as figuring it out', () => {
    expect(firstQuestion('how did the daughter work out it was a trap')).toBe('how did the daughter figure out it was fake');
    expect(firstQuestion('how did she work out that the mail was a trick?')).toBe('how did she figure out that the mail was fake?');
    // Working out, and a trap that is not what something was, stay.
    expect(firstQuestion('did the plan work out for them?')).toBe('did the plan work out for them?');
    expect(firstQuestion('what trap did they set?')).toBe('what trap did they set?');
    // (The tag question closing it goes, as every such tag does.)
    expect(firstQuestion('the arrest was a setup, wasn\'t it?')).toBe('the arrest was a setup?');
  });

  it('reads whose account a question goes by, at its end, as context', () => {
    expect(readMessage("why would beijing care about a small neighbour's ballot, according to the researchers?").questions)
      .toEqual([{ text: "why would beijing care about a small neighbour's ballot?", context: 'according to the researchers' }]);
    expect(readMessage('which other asian vote have chinese spies poked at going by the news story').questions)
      .toEqual([{ text: 'which other asian vote have chinese spies poked at', context: 'going by the news story' }]);
    // Words after "per", "based on" or "going by these days" are no account.
    expect(firstQuestion('was the conviction based on the 2013 video?')).toBe('was the conviction based on the 2013 video?');
    expect(firstQuestion('what was the turnout per province?')).toBe('what was the turnout per province?');
    expect(firstQuestion('what name is the group going by these days?')).toBe('what name is the group going by these days?');
    // Not a question of its own, nor a question with nothing else to ask.
    expect(readMessage('according to the researchers?').questions[0]?.text).toBe('according to the researchers?');
  });

  it('starts a question at a comma before a polite request, as learners of English write one', () => {
    expect(readMessage('i am student, please explain me who hacked the NEC?').questions)
      .toEqual([{ text: 'explain me who hacked the nec?', context: 'i am student.' }]);
    expect(readMessage('I work at an NGO, kindly tell me who was targeted').questions)
      .toEqual([{ text: 'tell me who was targeted', context: 'I work at an NGO.' }]);
  });

  it('reads English as learners write it, or as a translation tool gives it, as the plain question', () => {
    // "please to", "kindly to": the "to" of the verb after the request goes with it; a bare "inform me" is manners.
    expect(firstQuestion('please to inform me which group make the hacking on cambodia election'))
      .toBe('which group make the hacking on cambodia election');
    expect(firstQuestion('kindly to give me the list of victims')).toBe('give me the list of victims');
    // "signify" asks what a short name stands for; "the letters" before it only frame it.
    expect(firstQuestion('what signify cnrp?')).toBe('what is cnrp?');
    expect(firstQuestion('what signify the letters nec please?')).toBe('what is nec?');
    expect(firstQuestion('what does the acronym licadho signify?')).toBe('what is licadho?');
    // A letter of a name is no acronym.
    expect(firstQuestion('which letters did kem send?')).toBe('which letters did kem send?');
    // What a tool "serves for", and a place "entered in", in other languages' idiom.
    expect(firstQuestion('homefry for what it serves?')).toBe('homefry what is it used for?');
    expect(firstQuestion('they enter in the ministry of foreign affair also?')).toBe('they hack the ministry of foreign affair also?');
    expect(firstQuestion('where do i enter in the date of the vote?')).toBe('where do i enter in the date of the vote?');
    // Votes and seats "obtained" were won; a thing obtained otherwise keeps its verb.
    expect(firstQuestion('how many votes obtained cpp in elections of 2018?')).toBe('how many votes won cpp in elections of 2018?');
    expect(firstQuestion('how did they obtain the passwords?')).toBe('how did they obtain the passwords?');
    // A title before a name, "false" mail, understanding that it was fake.
    expect(firstQuestion('how madam kem understand that it was false email?')).toBe('how kem figure out that it was fake email?');
    // Where a group is "staying" is where it is based ("stay safe" is not).
    expect(firstQuestion('in which city of china the hackers are staying?')).toBe('in which city of china the hackers are based?');
    expect(firstQuestion('how do we stay safe?')).toBe('how do we stay safe?');
    // A noun English does not count, counted; the hackers "of China"; the American justice.
    expect(firstQuestion('how fireeye has found all these informations?')).toBe('how fireeye has found all these information?');
    expect(firstQuestion('how many persons the american justice accuse?')).toBe('how many people the US Justice Department accuse?');
    expect(firstQuestion('the hackers of china which organisations they attack?')).toBe('the Chinese hackers which organisations they attack?');
    // "which are the victims", "the responsibles of", "since how much time", "revert with".
    expect(firstQuestion('which are the victims?')).toBe('who are the victims?');
    expect(firstQuestion('which are the ministries hacked?')).toBe('which are the ministries hacked?');
    expect(firstQuestion('who are the responsibles of the hacking?')).toBe('who are the responsible for the hacking?');
    expect(firstQuestion('since how much time this group is active?')).toBe('since when this group is active?');
    expect(firstQuestion('kindly revert with the list of targets')).toBe('give me the list of targets');
    // The French names of the bodies in the story, and Khmer titles before a name.
    expect(firstQuestion('the comité national des élections was hacked?')).toBe('the National Election Commission was hacked?');
    expect(firstQuestion("ministère de l'intérieur was target?")).toBe('Ministry of Interior was target?');
    expect(firstQuestion('what is the parti du peuple cambodgien?')).toBe("what is the Cambodian People's Party?");
    expect(firstQuestion('who is samdech techo hun sen?')).toBe('who is hun sen?');
    // The word order of a question asked as a statement.
    expect(firstQuestion('how i can protect my email?')).toBe('how can i protect my email?');
    expect(firstQuestion('what they did in cambodia?')).toBe('what they did in cambodia?');
  });

  it('reads whose account a question goes by, at its start, as context it never folds in', () => {
    expect(readMessage("According to FireEye's 2018 research, what is the name of the group behind it?").questions)
      .toEqual([{ text: 'what is the name of the group behind it?', context: "According to FireEye's 2018 research." }]);
    // A question word after a preposition starts the question too.
    expect(readMessage('According to Recorded Future, on which IP address was the site hosted?').questions)
      .toEqual([{ text: 'on which IP address was the site hosted?', context: 'According to Recorded Future.' }]);
    // Other context still gives a short question its topic.
    expect(firstQuestion('the NEC hack. what happened?')).toBe('the nec hack. what happened?');
    // Evidence named before the question is its topic, not an account.
    expect(firstQuestion('Based on the phishing emails, who sent them?')).toBe('Based on the phishing emails. who sent them?');
    // A clause between commas stays in its sentence.
    expect(readMessage('Which ministry, in which the election body sits, was hit?').questions).toEqual([{ text: 'Which ministry, in which the election body sits, was hit?', context: '' }]);
  });

  it('reads "the election the hackers were watching" as the election, and leaves a question about the hackers', () => {
    expect(firstQuestion('what date was the Cambodian general election these hackers were circling?')).toBe('what date was the Cambodian general election?');
    expect(firstQuestion('on what date was the vote they were watching?')).toBe('on what date was the vote?');
    expect(firstQuestion('on what date was the general election that TEMP.Periscope was reportedly keeping an eye on?')).toBe('on what date was the general election?');
    expect(firstQuestion('the vote the hackers were circling happened on what day?')).toBe('when the vote happened?');
    expect(firstQuestion('how many votes the hackers targeted?')).toBe('how many votes the hackers targeted?');
    expect(firstQuestion('when was the election that the hackers seemed interested in')).toBe('when was the election');
    // Told by the campaign that led up to it, or with "appeared to be".
    expect(firstQuestion('when did Cambodia hold the general election that this espionage campaign preceded?')).toBe('when did Cambodia hold the general election?');
    expect(firstQuestion("when was the 2018 election that TEMP.Periscope's intrusions appeared to be building up to?")).toBe('when was the 2018 election?');
    expect(firstQuestion('when was the election the hackers appeared to be watching?')).toBe('when was the election?');
    // Asked of the hackers, the words are the question: which election they were after.
    expect(firstQuestion('which election were the hackers interested in?')).toBe('which election were the hackers interested in?');
    expect(firstQuestion('was the vote the reason they were watching?')).toBe('was the vote the reason they were watching?');
  });

  it('reads phrasal verbs whose words say nothing of their meaning as plain words', () => {
    expect(firstQuestion('why did they keep an eye on the cambodian vote?')).toBe('why did they spy on the cambodian vote?');
    // A defender's watch is not spying.
    expect(firstQuestion('should we keep an eye on our mail logs?')).toBe('should we keep an eye on our mail logs?');
    expect(firstQuestion('what should we keep an eye out for?')).toBe('what should we look for warning signs of?');
    expect(firstQuestion('what were they trying to get hold of?')).toBe('what were they trying to get?');
    // What was got, named, stays as typed.
    expect(firstQuestion('how did fireeye get hold of the email?')).toBe('how did fireeye get hold of the email?');
    expect(firstQuestion('what does airbreak boil down to?')).toBe('what is airbreak?');
    expect(firstQuestion('what did the report turn up?')).toBe('what did the report find?');
    expect(firstQuestion('what did they see when they dug into the servers?')).toBe('what did they see when they examine the servers?');
    expect(firstQuestion('when did this all kick off?')).toBe('when did this all start?');
    expect(firstQuestion('who came out on top in the election?')).toBe('who win in the election?');
    expect(firstQuestion('did fireeye reach out to the victims?')).toBe('did fireeye contact the victims?');
    expect(firstQuestion('how did they sneak malware onto machines?')).toBe('how did they install malware on machines?');
    expect(firstQuestion('what malware did they sneak onto machines?')).toBe('what malware did they install on machines?');
    expect(firstQuestion('how did fireeye get its hands on their files?')).toBe('how did fireeye get hold of their files?');
    expect(firstQuestion('where did they set up shop online?')).toBe('where did they run their servers?');
    expect(firstQuestion('where did the group set up shop?')).toBe('where did the group based?');
    expect(firstQuestion('where was she when the phishing email showed up?')).toBe('where was she when the phishing email arrived?');
    expect(firstQuestion('what other campaigns have they pulled off before?')).toBe('has the group attacked before?');
    expect(firstQuestion('what front company did they operate through?')).toBe('what front company did they use?');
    // The group's later doings: "after" and "since", which search drops, become "later"; what malware did after it
    // ran, a step of the intrusion, stays.
    expect(firstQuestion('what did apt40 do after cambodia?')).toBe('what did apt40 do later?');
    expect(firstQuestion('what has the group been up to since 2018?')).toBe('what did the group do later?');
    expect(firstQuestion('what did the malware do after it ran?')).toBe('what did the malware do after it ran?');
    expect(firstQuestion('how did fireeye get wind of this?')).toBe('how did fireeye find out about this?');
    expect(firstQuestion('what did the hackers end up taking?')).toBe('what did the hackers taking?');
    // Not after other question words.
    expect(firstQuestion('who ended up getting hacked?')).toBe('who ended up getting hacked?');
    expect(firstQuestion('who did the phish try to pass itself off as?')).toBe('who did the phish try to impersonate?');
    expect(firstQuestion('did cambodia hand the hackers over to the us?')).toBe('did cambodia extradite the hackers to the us?');
    // Papers handed over are only given.
    expect(firstQuestion('who did kem hand the email over to?')).toBe('who did kem hand the email over to?');
    expect(firstQuestion('how much did they make off the stolen data?')).toBe('how much did they profit from the stolen data?');
    // To "make off with" something is to steal it.
    expect(firstQuestion('what did they make off with?')).toBe('what did they make off with?');
  });

  it('reads idioms as what they mean ("what were they after", "pulling the strings", "phone home")', () => {
    expect(firstQuestion('what were the spooks actually after?')).toBe('what was the motive of the spooks actually?');
    expect(firstQuestion('who is pulling the strings?')).toBe('who is behind it?');
    expect(firstQuestion('need to know who did it')).toBe('who is responsible');
    expect(firstQuestion('so whodunnit?')).toBe('who is responsible?');
    expect(firstQuestion('what domain did the LICADHO-themed phish use?')).toBe('what domain did the LICADHO phish use?');
    // The dots of an abbreviation end no sentence.
    expect(readMessage('which U.S. defense contractor was it?').questions).toEqual([{ text: 'which U.S. defense contractor was it?', context: '' }]);
    // A file that talks to a named server is left as written.
    expect(firstQuestion('which file talks to the server?')).toBe('which file talks to the server?');
    expect(firstQuestion('Who ran the operation?')).toBe('who was behind the operation?');
    expect(firstQuestion('who masterminded the hacking on cambodia')).toBe('who was behind the hacking on cambodia');
    expect(firstQuestion('was the NEC-branded mail real?')).toBe('was the NEC mail real?');
    // A why-question's choice passed over goes; its reason asked is of the one chosen. Not outside a why-question.
    expect(firstQuestion('why licadho and not amnesty as the fake sender?')).toBe('why licadho?');
    expect(firstQuestion('why did they hit the senate rather than the national assembly')).toBe('why did they hit the senate');
    expect(firstQuestion('did they use javascript instead of macros?')).toBe('did they use javascript instead of macros?');
    // The body that runs the vote, however its role is put; a group responsible for something else is not it.
    expect(firstQuestion('which body responsible for running elections was hacked?')).toBe('which election commission was hacked?');
    expect(firstQuestion('was the agency that organises voting hit?')).toBe('was the election commission hit?');
    // Who is "in charge of" running them is the same body, a duty and not a criminal charge.
    expect(firstQuestion("who's in charge of running elections in cambodia")).toBe('election commission in cambodia');
    expect(firstQuestion('which group is responsible for the hacks?')).toBe('which group is responsible for the hacks?');
    expect(firstQuestion('when did cambodians go to the polls?')).toBe('when did cambodians vote?');
    expect(firstQuestion('which government departments got hit?')).toBe('which government ministries got hit?');
    expect(firstQuestion('what was kem sokha locked up for?')).toBe('what was kem sokha arrested for?');
    expect(firstQuestion('i got locked out of my account')).toBe('i got locked out of my account');
    // Without a clause of its own, the role is the question's verb; a thing locked up is no arrest; US departments
    // are not Cambodia's ministries; a "chief target" is the main one.
    expect(firstQuestion('when did the authorities hold the election?')).toBe('when did the authorities hold the election?');
    expect(firstQuestion("which body organises Cambodia's elections?")).toBe("which body organises Cambodia's elections?");
    expect(firstQuestion('should I lock up my laptop at night?')).toBe('should I lock up my laptop at night?');
    expect(firstQuestion('is my account locked up?')).toBe('is my account locked up?');
    expect(firstQuestion('which us government departments charged the hackers?')).toBe('which us government departments charged the hackers?');
    expect(firstQuestion('what crime was the opposition chief locked up for?')).toBe('what crime was the opposition leader arrested for?');
    expect(firstQuestion('what was the chief target?')).toBe('what was the chief target?');
    // "whereabouts" asks where only as a question word; a group that "sits" somewhere is located there; whose
    // opinion is asked for adds nothing after who, what or where, but "why do they think…" asks their reasons.
    // A question word at the end of a statement asks as at the start; a question keeps its own.
    expect(firstQuestion('the election was when?')).toBe('when the election was?');
    expect(firstQuestion('and they were based where?')).toBe('where they were based?');
    expect(firstQuestion('the vote happened on what day?')).toBe('when the vote happened?');
    expect(firstQuestion('did they say when?')).toBe('did they say when?');
    // Malware that keeps running after a restart is persistence; a group active after the vote is not.
    expect(firstQuestion('how did the malware keep running after the computer was switched off and on?')).toBe('how did the malware persistence?');
    expect(firstQuestion('does it survive a reboot?')).toBe('does it persistence?');
    expect(firstQuestion('did they stay active after the election?')).toBe('did they stay active after the election?');
    // The role a thing played is what it is.
    expect(firstQuestion('what role did mlcdailynews play?')).toBe('what is mlcdailynews?');
    expect(firstQuestion('what function does the HTRAN tool serve?')).toBe('what is the HTRAN tool?');
    // Where a thing fits into the story is the part it played: what it is. Fitting into something else, or coming
    // into a computer, is not.
    expect(firstQuestion('how does licadho fit into the story?')).toBe('what is licadho?');
    expect(firstQuestion('where does the CNRP fit in all this?')).toBe('what is the CNRP?');
    expect(firstQuestion('how does fresh news come into it')).toBe('what is fresh news');
    expect(firstQuestion('how does the cambodia hacking fit into what this group usually does?')).toBe('how does the cambodia hacking fit into what this group usually does?');
    expect(firstQuestion('how did the malware come into the computer?')).toBe('how did the malware come into the computer?');
    expect(firstQuestion('how did the attackers come in?')).toBe('how did the attackers come in?');
    expect(firstQuestion('how do they fit in?')).toBe('how do they fit in?');
    expect(firstQuestion('whereabouts in china is the crew?')).toBe('where in china is the crew?');
    expect(firstQuestion('what are their whereabouts?')).toBe('what are their whereabouts?');
    expect(firstQuestion('where does the group sit?')).toBe('where does the group is located?');
    expect(firstQuestion('who sits on the board?')).toBe('who sits on the board?');
    expect(firstQuestion('where do investigators think the crew is based?')).toBe('where the crew is based?');
    expect(firstQuestion('who do experts believe did it?')).toBe('who did it?');
    expect(firstQuestion('why do they think it was China?')).toBe('why do they think it was China?');
    expect(firstQuestion('what did fireeye think they wanted?')).toBe('what did fireeye think they wanted?');
    expect(firstQuestion("how'd they pull it off?")).toBe("how'd they do it?");
    expect(firstQuestion('did phnom penh say anything back?')).toBe('did phnom penh respond?');
    expect(firstQuestion('tell me what the hackers were actually after')).toBe('tell me what was the motive of the hackers');
    expect(firstQuestion('what kind of people got hit?')).toBe('who got hit?');
    expect(firstQuestion('what city are they working out of?')).toBe('what city are they based in?');
    expect(firstQuestion('was the senate on their hit list?')).toBe('was the senate targeted?');
    expect(firstQuestion("were rights groups on that chinese crew's hit list?")).toBe('were rights groups targeted?');
    expect(firstQuestion('how far back does this group go?')).toBe('since when was this group active?');
    expect(firstQuestion('how did they lure people to it in the first place?')).toBe('how did they lure people to it?');
    // How broadly it should be put: no comma is left before the question mark.
    expect(firstQuestion('how did their tools come back after a reboot, generally speaking?')).toBe('how did their tools come back after a reboot?');
    expect(firstQuestion('By and large, who was hit?')).toBe('who was hit?');
    expect(firstQuestion('what is the general election?')).toBe('what is the general election?');
    // The whole subject named again at the end adds nothing; named as what is asked about, it stays.
    expect(firstQuestion('which ministries were compromised in the campaign?')).toBe('which ministries were compromised?');
    expect(firstQuestion('who was hit during the 2018 attacks?')).toBe('who was hit?');
    expect(firstQuestion('when did the campaign start?')).toBe('when did the campaign start?');
    expect(readMessage('diplomat here. Anything I should watch out for given the 2018 findings?').questions)
      .toEqual([{ text: 'diplomat here. Anything I should watch out for?', context: '' }]);
    expect(firstQuestion('what happened after the report?')).toBe('what happened after the report?');
    expect(firstQuestion('who blew the whistle on them?')).toBe('who exposed them?');
    expect(firstQuestion('why was the senate hack such a big deal?')).toBe('why was the senate hack significant?');
    expect(firstQuestion('when did the writeup drop?')).toBe('when did the writeup published?');
    expect(firstQuestion('what did they drop on our laptops?')).toBe('what did they install on laptops?');
    // "drop" elsewhere keeps its sense.
    expect(firstQuestion('did the attacks drop after the election?')).toBe('did the attacks drop after the election?');
    // "who did the phishing test" is not the idiom.
    expect(firstQuestion('who did the phishing test?')).toBe('who did the phishing test?');
    expect(firstQuestion('what does spear phishing mean?')).toBe('what is spear phishing?');
    expect(firstQuestion("what does 'open indexed' refer to?")).toBe("what is 'open indexed'?");
    expect(firstQuestion('what does this refer to in the report?')).toBe('what does this refer to in the report?');
    expect(firstQuestion('what does this mean for us?')).toBe('what does this mean for us?');
    // What a name "stands for" is what it means: at the end, what it is; with more after it, its meaning.
    expect(firstQuestion('what does LICADHO stand for?')).toBe('what is LICADHO?');
    expect(firstQuestion('what does TEMP stand for in TEMP.Periscope?')).toBe('what does TEMP mean in TEMP.Periscope?');
    expect(firstQuestion('which domain did the phish phone home to?')).toBe('which domain did the phish use as command server?');
    // Who phoned home to the same servers were more victims checking in.
    expect(firstQuestion('which machines were calling home to the same servers?')).toBe('which machines were checking in to the same servers?');
    expect(firstQuestion('what kinds of orgs reported back to same c2 boxes?')).toBe('what kinds of organisations checking in to same c2 boxes?');
    // Malware that calls home to the same server still asks about the server; a person reporting back is no victim.
    expect(firstQuestion('which backdoors called home to the same server?')).toBe('which backdoors use as command server the same server?');
    expect(firstQuestion('who reported back to the same editor?')).toBe('who reported back to the same editor?');
    // Servers that "heard from" someone got check-ins from them; a person who heard from someone did not.
    expect(firstQuestion('did the same C2 boxes hear from firms abroad?')).toBe('did the same C2 boxes get check-ins from firms abroad?');
    expect(firstQuestion('did kem hear from licadho?')).toBe('did kem hear from licadho?');
    // A group's "bread and butter" is what it usually goes after.
    expect(firstQuestion("what's their bread and butter?")).toBe("what's their usual targets?");
    expect(firstQuestion('who in the us government put names and faces to this crew')).toBe('who in the us government identified this crew');
    expect(firstQuestion('what did the defenders notice that gave the game away')).toBe('what did the defenders notice that revealed it');
    expect(firstQuestion('what gave the email away?')).toBe('what revealed the email?');
    expect(firstQuestion('who signs the paychecks for these hackers?')).toBe('who funds these hackers?');
    expect(firstQuestion('who pays the crew?')).toBe('who funds the crew?');
    expect(firstQuestion('who paid for the election?')).toBe('who paid for the election?');
    expect(firstQuestion('what did the fake sites look like, names wise')).toBe('what did the fake sites look like, names');
    expect(firstQuestion('what should we do otherwise')).toBe('what should we do otherwise');
    expect(firstQuestion('is it wise to open the attachment?')).toBe('is it wise to open the attachment?');
    expect(firstQuestion('timing-wise, when was it?')).not.toMatch(/wise/);
    expect(firstQuestion('how long have these people been doing this kind of thing')).toBe('how long has the group been active');
    expect(firstQuestion('how long have you been doing this?')).toBe('how long have you been doing this?');
    expect(firstQuestion('when did the security company put out its report?')).toBe('when did the security company published its report?');
    expect(firstQuestion('anyone know when FireEye put out the Cambodia TEMP.Periscope blog?')).toBe('when FireEye published the Cambodia TEMP.Periscope blog?');
    expect(firstQuestion('when did fireeye put its report online?')).toBe('when did fireeye published its report?');
    expect(firstQuestion('when did they put the malware online?')).toBe('when did they put the malware online?');
    expect(firstQuestion('when did bloomberg run its story?')).toBe('when did bloomberg published its story?');
    expect(firstQuestion('who ran the servers?')).toBe('who ran the servers?');
    expect(firstQuestion('how long ago was the election?')).toBe('when was the election?');
    // Malware a message "drops" or a group "plants" is malware it installs; a domain "dropped" is not.
    expect(firstQuestion('which malware did the phishing mail drop?')).toBe('which malware did the phishing mail install?');
    expect(firstQuestion('what backdoor did they plant on the servers?')).toBe('what backdoor did they install on the servers?');
    expect(firstQuestion('when was scsnewstoday dropped?')).toBe('when was scsnewstoday dropped?');
    expect(firstQuestion('anyone know where the login IP traced back to?')).toBe('where the login IP came from?');
    expect(firstQuestion('how did the researchers figure out it was china?')).toBe('how did the researchers link the hackers to china?');
    expect(firstQuestion('how did fireeye figure out the hackers was chinese')).toBe('how did fireeye link the hackers to chinese');
    expect(firstQuestion('where physically were the operators sitting?')).toBe('where were the operators located?');
    expect(firstQuestion('who do they actually work for?')).toBe('who sponsors them?');
    expect(firstQuestion('who does apt40 work for?')).toBe('who sponsors apt40?');
    expect(readMessage('my boss asked me to find the ScanBox server domain from the report, can the bot help?').questions)
      .toEqual([{ text: 'find the ScanBox server domain from the report?', context: 'my boss' }]);
    expect(firstQuestion('how do we lock down our logins?')).toBe('how do we protect our logins?');
    expect(firstQuestion('why would beijing give a toss about it?')).toBe('why would beijing care about it?');
    expect(firstQuestion('cheers mate, one more: who found it?')).toBe('who found it?');
    expect(firstQuestion("what's the smoking gun that ties them to china?")).toBe("what's the evidence that ties them to china?");
    expect(firstQuestion('on what basis does fireeye blame china?')).toBe('on what evidence does fireeye blame china?');
    expect(firstQuestion('what are the grounds for blaming beijing?')).toBe('what are the evidence for blaming beijing?');
    expect(firstQuestion('do they check logins on a daily basis?')).toBe('do they check logins on a daily basis?');
    expect(firstQuestion('have they hit anyone down under?')).toBe('have they hit anyone Australia?');
    expect(firstQuestion('is fireeye 100% certain it was china')).toBe('is fireeye certain it was china');
    expect(firstQuestion('are they a hundred percent sure it was the chinese?')).toBe('are they certain it was the chinese?');
    expect(firstQuestion('did the cpp win 100% of the seats?')).toBe('did the cpp win 100% of the seats?');
    expect(firstQuestion('which parts of the Cambodian state got hit?')).toBe('which parts of the Cambodian government got hit?');
    // Elsewhere "state" keeps its own sense.
    expect(firstQuestion('what is the Hainan State Security Department?')).toBe('what is the Hainan State Security Department?');
    expect(firstQuestion('should we assume we were targeted?')).toBe('we were targeted?');
    expect(firstQuestion('should i assume that it was china?')).toBe('it was china?');
    expect(firstQuestion('someone claiming to be from LICADHO wants a survey filled in?')).toBe('someone impersonating LICADHO wants a survey filled in?');
    expect(firstQuestion('a mail pretending to be from the NEC?')).toBe('a mail impersonating the nec?');
    // "after" as a time is left alone.
    expect(firstQuestion('what was the attacker after the election')).toBe('what was the attacker after the election');
  });

  it('reads "MFA" as the ministry where it is a place or a body, and as multi-factor authentication elsewhere', () => {
    expect(firstQuestion('was the MFA hacked?')).toBe('was the Ministry of Foreign Affairs hacked?');
    expect(firstQuestion('what data was stolen from the MFA')).toBe('what data was stolen from the Ministry of Foreign Affairs');
    expect(firstQuestion('mfa staff targeted?')).toBe('Ministry of Foreign Affairs staff targeted?');
    expect(firstQuestion('should we turn on mfa')).toBe('should we turn on mfa');
    expect(firstQuestion('is the mfa app safe?')).toBe('is the mfa app safe?');
  });

  it('spells out a month\u2019s short form beside a day or a year, and leaves it alone elsewhere', () => {
    expect(firstQuestion('which mail client was the jul 2018 phish sent from?')).toBe('which mail client was the July 2018 phish sent from?');
    expect(firstQuestion('what happened on 10 jul?')).toBe('what happened on 10 July?');
    expect(firstQuestion('did sept. 2017 see attacks?')).toBe('did September 2017 see attacks?');
    expect(firstQuestion('does it mar the report?')).toBe('does it mar the report?');
  });

  it('keeps the asker\u2019s introduction as context when a generic question points at what it names', () => {
    expect(readMessage("I'm an analyst, new to this actor \u2014 what does it usually go after?").questions)
      .toEqual([{ text: 'what does it usually go after?', context: "I'm an analyst, new to this actor", introduction: "I'm an analyst, new to this actor" }]);
    // A question with nothing to point at takes its context as its subject: "what now?" after a story.
    expect(firstQuestion('I got a weird email from a partner. what now?')).toBe('I got a weird email from a partner. what now?');
    // Why the asker asks is not what they ask: "what kinda people" stays the question.
    expect(readMessage('what kinda people got hit? asking bc i work at an NGO').questions)
      .toEqual([{ text: 'who got hit?', context: 'asking because i work at an NGO' }]);
  });

  it('reads a judgement asked of what the message describes ("red flag?") as a question about that', () => {
    expect(readMessage('a stranger wants me to upload our files to her site. red flag?').questions)
      .toEqual([{ text: 'a stranger wants me to upload our files to her site. ?', context: '' }]);
    expect(firstQuestion('email from the ministry asking me to log in. sketchy or fine?'))
      .toBe('email from the ministry asking me to log in. or ?');
    // A question with a subject of its own keeps it, and the story stays context.
    expect(firstQuestion('a stranger wants our files. is the senate safe?')).toBe('is the senate safe?');
  });
  it('reads the steps or measures someone takes as what they do', () => {
    expect(firstQuestion('what steps should I take if I clicked the link?')).toBe('what should I do if I clicked the link?');
    expect(firstQuestion('What immediate steps should we take after a phish?')).toBe('what should we do after a phish?');
    expect(firstQuestion('what measures did they take to hide?')).toBe('what did they do to hide?');
    // Steps taken by a named body keep their words.
    expect(firstQuestion('what steps did the NEC take?')).toMatch(/^what steps did the nec take\?$/i);
  });
  it('reads the nominal wording of officials and report writers as the plain question ("the scope of", "to what end")', () => {
    // The frame noun says nothing of what is asked.
    expect(firstQuestion('What was the scope of the campaign?')).toBe('What was the campaign?');
    expect(firstQuestion('what was the nature of the attacks on Cambodia?')).toBe('what was the attacks on Cambodia?');
    expect(firstQuestion('To what extent was the activity confined to Cambodia?')).toBe('was the activity confined to Cambodia?');
    expect(firstQuestion('How extensive was the targeting of the opposition?')).toBe('what was the targeting of the opposition?');
    // What a thing is for is what it is; the purpose of an act or of the attackers stays their motive.
    expect(firstQuestion('What was the function of the ScanBox server?')).toBe('what is the ScanBox server?');
    expect(firstQuestion('what was the objective of DADBOD?')).toBe('what is DADBOD?');
    expect(firstQuestion('What was the purpose of targeting the election commission?')).toBe('What was the purpose of targeting the election commission?');
    expect(firstQuestion('what was the aim of the hacking campaign?')).toBe('what was the aim of the hacking campaign?');
    expect(firstQuestion('What was the primary objective of TEMP.Periscope?')).toBe('What was the objective of TEMP.Periscope?');
    expect(firstQuestion('what was the significance of the 2021 indictment?')).toBe('what was the 2021 indictment?');
    expect(firstQuestion('To what end did they target the ministries?')).toBe('why did they target the ministries?');
    expect(firstQuestion('By what means were the victims compromised?')).toBe('how were the victims compromised?');
    expect(firstQuestion('In what capacity did Ben Read comment?')).toBe('In what role did Ben Read comment?');
    expect(firstQuestion('the identity of the FireEye analyst quoted in the press?')).toBe('who is the FireEye analyst quoted in the press?');
    expect(firstQuestion('What was the identity of the person who registered the domain?')).toBe('who is the person who registered the domain?');
    expect(firstQuestion('What was the date of the election in question?')).toBe('What was the date of the election?');
    // How the asker wants the answer is no part of it; "in general elections" keeps its words.
    expect(firstQuestion('What was the political context, in brief?')).toBe('What was the political context?');
    expect(firstQuestion('Overall, how many servers were there?')).toBe('how many servers were there?');
    expect(firstQuestion('were ministries hacked in general elections before?')).toBe('were ministries hacked in general elections before?');
    expect(firstQuestion('what was the overall MO?')).toBe('what was the overall MO?');
  });

  it('reads younger chat\u2019s slang, swearing and sign-offs as the plain question they wrap', () => {
    // Spellings of chat: "tryna", "em", "sus".
    expect(firstQuestion('were they tryna rig the vote')).toBe('were they trying to rig the vote');
    expect(firstQuestion('how did fireeye even catch em')).toBe('how did fireeye even catch them');
    expect(firstQuestion('how did thy kno who was hacked')).toBe('how did they know who was hacked');
    expect(firstQuestion('got a sus email what do i do')).toBe('got a suspicious email what do i do');
    // Swearing that only stresses the question word goes, and "wtf is" asks what it is.
    expect(firstQuestion("why tf would china care abt cambodia's election")).toBe("why would china care about cambodia's election");
    expect(firstQuestion('what the hell is scanbox')).toBe('what is scanbox');
    expect(firstQuestion('eviltech wtf is that')).toBe('eviltech what is that');
    // Asking to be told: "spill the tea on", "the lowdown on", "fill me in on".
    expect(firstQuestion('spill the tea on apt40 pls')).toBe('tell me about apt40');
    expect(firstQuestion('whats the tea on the nec hack')).toBe('tell me about the nec hack');
    expect(firstQuestion('gimme the lowdown on scanbox')).toBe('tell me about scanbox');
    expect(firstQuestion("what's the lore behind apt40")).toBe('tell me about apt40');
    expect(firstQuestion('catch me up on the cambodia hack')).toBe('tell me about the cambodia hack');
    // "enumerate", "itemise" ask for the list; "name the diplomats" still asks their names.
    expect(firstQuestion('enumerate the aliases')).toBe('list the aliases');
    expect(firstQuestion('can you itemize every ministry they hit')).toBe('can you list every ministry they hit');
    expect(firstQuestion('name all the diplomats')).toBe('name all the diplomats');
    // What a state said is how it responded; a person's words stay his.
    expect(firstQuestion('wut did china say abt it')).toBe('how did china respond');
    expect(firstQuestion('what did ben read say about it')).toBe('what did ben read say about it');
    // What a body or person did after is how it responded; what the attackers did next, or "they", is not.
    expect(firstQuestion('what did the nec do after')).toBe('how did the nec respond');
    expect(firstQuestion('what did licadho do about it?')).toBe('how did licadho respond?');
    expect(firstQuestion('what did the senate do after the hack?')).toBe('how did the senate respond?');
    expect(firstQuestion('what did the hackers do next?')).toBe('what did the hackers do next?');
    expect(firstQuestion('what did they do after?')).toBe('what did they do after?');
    expect(firstQuestion('what did kem do after she got the email')).toBe('what did kem do after she got the email');
    // Which thing "mentioned" or "referred to" something is which one was about it; what a report mentions stays.
    expect(firstQuestion('which lure mentioned japan')).toBe('which lure was about japan');
    expect(firstQuestion('what file refers to the philippines?')).toBe('what file was about the philippines?');
    expect(firstQuestion('which report mentioned malaysia')).toBe('which report mentioned malaysia');
    // Hails and sign-offs: "bruh", "lowkey", "anyway", "tho", "im curious".
    expect(firstQuestion('bruh which ministries got hit')).toBe('which ministries got hit');
    expect(firstQuestion('lowkey who hacked the nec')).toBe('who hacked the nec');
    expect(firstQuestion("what's a spear phish anyway")).toBe("what's a spear phish");
    expect(firstQuestion('who found it tho')).toBe('who found it');
    expect(firstQuestion("how'd they get in ngl im curious")).toBe("how'd they get in");
    // "wait" before the claim, and how the news struck the asker, are no part of what is asked.
    expect(firstQuestion('wait the senate got pwned 2??')).toBe('the senate got hacked too?');
    expect(readMessage('ngl kinda shook the nec got hacked, how bad was it').questions[0]?.text).toBe('the nec got hacked. how bad was it');
    expect(firstQuestion('wait times at the polls')).toBe('wait times at the polls');
    // A reaction before the question ("yikes", "oof", "sheesh"), and being lost or confused, are no part of it.
    expect(firstQuestion('yikes did they get into the election commission 😬')).toBe('did they get into the election commission');
    expect(firstQuestion('oof sheesh the senate too??')).toBe('the senate too?');
    expect(firstQuestion('lowkey confused who is temp.periscope')).toBe('who is temp.periscope');
    expect(firstQuestion("i'm so lost, what is airbreak")).toBe('what is airbreak');
    expect(firstQuestion('is the nec lost')).toBe('is the nec lost');
    // Hails, and leaning into a question before asking it ("like", "basically", "genuinely asking", "nah cuz").
    expect(firstQuestion('bestie who hacked the nec')).toBe('who hacked the nec');
    expect(firstQuestion('ayo sis what is licadho')).toBe('what is licadho');
    expect(firstQuestion('ok but like who found it')).toBe('who found it');
    expect(firstQuestion('so basically what happened')).toBe('what happened');
    expect(firstQuestion('genuinely asking, who found it')).toBe('who found it');
    expect(firstQuestion('respectfully wtf is murkytop')).toBe('what is murkytop');
    expect(firstQuestion('nah cuz who hacked the nec')).toBe('who hacked the nec');
    expect(firstQuestion('is the senate like the parliament')).toBe('is the senate like the parliament');
    expect(firstQuestion('like minded groups?')).toBe('like minded groups?');
    // "Clap back" is to respond, and "wdym by" asks what a thing is.
    expect(firstQuestion('did china clap back')).toBe('did china respond');
    // "Push back" is to respond too, but a vote or a date pushed back is put off.
    expect(firstQuestion('did beijing push back?')).toBe('did beijing respond?');
    expect(firstQuestion('china pushed back on the accusations')).toBe('china respond on the accusations');
    expect(firstQuestion('did they push back the vote?')).toBe('did they push back the vote?');
    // Asked for comment: "came knocking".
    expect(firstQuestion('did the spokesman say anything when the press came knocking?')).toBe('did the spokesman say anything when the press asked?');
    expect(firstQuestion('wdym by open indexed')).toBe('what is open indexed');
    // "curious about" and "even though" keep their sense.
    expect(firstQuestion('why was fireeye curious about the servers')).toBe('why was fireeye curious about the servers');
  });

  it('finds the question buried in a long message', () => {
    // What the asker wants to grasp, or must explain, leads into the question.
    expect(readMessage("I'm a campaign volunteer. Last week a friend told me about the report. I'd like to understand how they got in, in simple words.").questions)
      .toEqual([{ text: 'Last week a friend told me about the report. how they got in.', context: "I'm a campaign volunteer." }]);
    expect(firstQuestion('i need to explain who kem sokha is can you tell me')).toBe('who kem sokha is');
    expect(firstQuestion('I want to explain why the vote mattered')).toBe('I want to explain why the vote mattered');
    // Asking for help, framing the question, and where a quote came from are set apart before it.
    expect(readMessage("Can you help, I'm drafting an internal memo for our IT unit. What does the group do once inside?").questions)
      .toEqual([{ text: 'What does the group do once inside?', context: "I'm drafting an internal memo for our IT unit." }]);
    expect(readMessage("A colleague forwarded me this: 'TEMP.Periscope's three servers are open indexed, yielding a cache of information.' My question about that report: which firm wrote it?").questions)
      .toEqual([{ text: 'which firm wrote it?', context: "TEMP.Periscope's three servers are open indexed, yielding a cache of information." }]);
    expect(firstQuestion("Something I never understood, and my colleagues can't explain it either: are TEMP.Periscope and TEMP.Jumper the same group?"))
      .toBe('are TEMP.Periscope and TEMP.Jumper the same group?');
    // A rumour, and who passed a claim on, come before the claim.
    expect(firstQuestion("There's a claim floating around that the hackers worked for a front company in Hainan. What is that company?"))
      .toBe('the hackers worked for a front company in Hainan. What is that company?');
    expect(firstQuestion('a friend who works in cybersecurity told me that microsoft has its own name for this group now, what is that name'))
      .toBe('microsoft has its own name for this group now. what is that name');
    // Why the asker wants it, and the help they hope for, close the question.
    expect(firstQuestion("I'd like to know what the report said about the Senate, just so I'm informed.")).toBe('what the report said about the Senate');
    expect(firstQuestion('which institutions did the spies target, and honestly nobody on the team remembers, so any help is appreciated before our Monday call.'))
      .toBe('which institutions did the spies target');
    // A year opening the sentence sets the scene of the question after its comma.
    expect(firstQuestion('My question is a bit historical. In the 2013 election, how did the CNRP do?')).toBe('In the 2013 election, how did the CNRP do?');
  });

  it('reads a question run on after a long story, and one pointing back past the asker\'s introduction', () => {
    expect(readMessage('my friend is at the interior ministry and he thinks his computer was infected back in 2018, did fireeye warn the victims').questions)
      .toEqual([{ text: 'did fireeye warn the victims', context: 'my friend is at the interior ministry and he thinks his computer was infected back in 2018.' }]);
    expect(firstQuestion('that report says FireEye had been tracking the group for years and for my timeline i need the year so since when has FireEye been tracking them'))
      .toBe('since when has FireEye been tracking them');
    // A clause the question hangs on, or a short story, is asked with it.
    expect(firstQuestion('when they got into the commission computers back in early 2018, did they change anything?'))
      .toBe('when they got into the commission computers back in early 2018, did they change anything?');
    // "that" is what the message told, not who the asker is; a question naming its subject leaves the introduction as context.
    expect(readMessage("I'm a diplomat posted in Phnom Penh. A colleague from another mission said the Chinese hacked a ministry over the Mekong talks. What do we know about that?").questions)
      .toEqual([{ text: 'the Chinese hacked a ministry over the Mekong talks. What do we know about that?', context: "I'm a diplomat posted in Phnom Penh." }]);
    expect(readMessage("I'm drafting an internal memo for our IT unit. What does the group do once inside?").questions)
      .toEqual([{ text: 'What does the group do once inside?', context: "I'm drafting an internal memo for our IT unit." }]);
    // A sentence reporting a question is read as that question.
    expect(readMessage("I've been asked by my director to find out whether there was a second group that targeted Cambodia. Was there another group?").questions[0]?.text)
      .toBe('whether there was a second group that targeted Cambodia. Was there another group?');
  });

  it('sets aside the "oh" of an afterthought so its joining word still joins a second question', () => {
    expect(readMessage("what's murkytop, oh and htran too").questions.map((q) => q.text)).toEqual(["what's murkytop, and htran too"]);
    expect(readMessage('what is scanbox oh and which domain hosted it').questions.map((q) => q.text)).toEqual(['what is scanbox?', 'which domain hosted it']);
    // Not an afterthought: "oh no" stays.
    expect(readMessage('oh no, i clicked it').questions.map((q) => q.text)).toEqual(['oh no, i clicked it']);
  });

  it('reads the polite openings and asides of older askers as manners, leaving the question', () => {
    expect(firstQuestion('I wonder if you could kindly tell me the name of the group that hacked the senate'))
      .toBe('the name of the group that hacked the senate');
    expect(firstQuestion("I'm ever so sorry to bother you, but who found the servers?")).toBe('who found the servers?');
    expect(firstQuestion("I hope you don't mind me asking, but when was the vote?")).toBe('when was the vote?');
    expect(firstQuestion('Pardon my ignorance, but what is a spear phish?')).toBe('what is a spear phish?');
    expect(firstQuestion("what is LICADHO, I've never heard of it")).toBe('what is LICADHO');
    // How good the asker is with computers is no part of what they ask.
    expect(readMessage('I am not very good with computers. Who is Kem Sokha?').questions).toEqual([{ text: 'Who is Kem Sokha?', context: '' }]);
    expect(readMessage('Thank you for your patience with me. Who is Ben Read?').questions).toEqual([{ text: 'Who is Ben Read?', context: '' }]);
    // Who in the family passed a claim on, before the claim.
    expect(firstQuestion('my grandson mentioned the election commission was hacked, is that so?')).toBe('the election commission was hacked?');
    // "wonder" that is the question's own word stays: nothing is asked of the bot.
    expect(firstQuestion('do you wonder why they did it?')).toBe('do you wonder why they did it?');
  });
});

describe('an aside before "but" and a question', () => {
  it('reads the words before "but" as context when a question word follows', () => {
    expect(readMessage('sorry on the bus rn but which ministries got hit in cambodia').questions)
      .toEqual([{ text: 'which ministries got hit in cambodia', context: 'on the bus right now.' }]);
    expect(firstQuestion('standup in 5 but how does fireeye know its china')).toBe('how does fireeye know its china');
    // Not inside a question: "why … but not …" keeps its "but".
    expect(firstQuestion('who hit the nec but not the senate')).toBe('who hit the nec but not the senate');
  });

  it('drops the asker leaving from the end of a question', () => {
    expect(firstQuestion('what does airbreak actually do, brb meeting')).toBe('what does airbreak actually do');
    expect(firstQuestion('who found it? gtg')).toBe('who found it?');
  });

  it('reads a second question joined by "and" with an adverb that only links the two', () => {
    expect(readMessage('Could you summarise what the MURKYTOP tool does, and likewise what HOMEFRY is used for?').questions.map((q) => q.text))
      .toEqual(['what the MURKYTOP tool does?', 'what HOMEFRY is used for?']);
  });
});

describe('what a group cares about', () => {
  it('reads what the group cares about or is interested in as what it targets, and leaves a motive alone', () => {
    expect(readMessage('does this actor care about shipping firms?').questions[0]?.text).toBe('does this actor targets shipping firms?');
    expect(readMessage('is the group interested in companies like ours?').questions[0]?.text).toBe('is the group targeting companies like ours?');
    expect(readMessage("why would china care about cambodia's election?").questions[0]?.text).toBe("why would china care about cambodia's election?");
  });

  it('starts a sentence at ", trying to figure out…" after what the asker says of themselves', () => {
    expect(readMessage("we're a shipping firm, trying to work out if this actor cares about companies like ours").questions[0]?.text)
      .toMatch(/^we're a shipping firm\. this actor targets companies like ours/);
  });
});
