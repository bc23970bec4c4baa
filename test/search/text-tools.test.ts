import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/search/question-intent.ts';
import { editDistanceWithin } from '../../src/search/edit-distance.ts';
import { normalizeText, tokenize } from '../../src/search/normalize.ts';
import { stem } from '../../src/search/stem.ts';
import { otherSpellings } from '../../src/search/spelling-variants.ts';
import { SynonymTable } from '../../src/search/synonyms.ts';
import { analyze } from '../../src/search/inverted-index.ts';
import { TypoCorrector } from '../../src/search/typo-corrector.ts';
import { soundDistance, soundSpelling } from '../../src/search/sound-spelling.ts';
import { isEnglishName, isListedWord, isMannerAdverb, specificity } from '../../src/search/word-commonness.ts';
import { defangText, isDefanged, refang } from '../../src/knowledge/defang.ts';
import { reflowMarkdown } from '../../src/knowledge/reflow-markdown.ts';

describe('British and American spellings', () => {
  it('give each other for the endings that differ, and nothing for words that only look alike', () => {
    expect(otherSpellings('organisation')).toEqual(['organization']);
    expect(otherSpellings('defense')).toEqual(['defence']);
    expect(otherSpellings('center')).toEqual(['centre']);
    expect(otherSpellings('travelled')).toEqual(['traveled']);
    expect(otherSpellings('four')).toEqual([]);
    expect(otherSpellings('filled')).toEqual([]);
    expect(otherSpellings('rise')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('folds case, diacritics, quotes and punctuation', () => {
    expect(normalizeText('Kem Sokha\u2019s  DAUGHTER — Monavíthya!')).toBe('kem sokha daughter monavithya');
    expect(tokenize('TEMP.Periscope & APT40')).toEqual(['temp', 'periscope', 'and', 'apt40']);
  });

  it('splits plain ASCII into the same words whether or not it takes the fast path', () => {
    // The words normalizeText leaves, as tokenize gives them for text that is not plain ASCII.
    const slowWords = (text: string) => (normalizeText(text) ? normalizeText(text).split(' ').filter((w) => w.length > 1 || /\d/.test(w)) : []);
    const cases = ["it's", "'s", "x's_y", "ab's's", 'R&D', "john'sx", '  hello--World__x  ', "O'S", "'s'", "x'sy's", "US's 2018 a 7"];
    // A fixed pseudo-random mix of the characters the fast path treats specially.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const alphabet = "ab's&_-' 19Z.";
    for (let i = 0; i < 5_000; i++) cases.push(Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    for (const text of cases) expect(tokenize(text), JSON.stringify(text)).toEqual(slowWords(text));
    expect(tokenize("Kem Sokha's daughter & the NEC's 2018 vote")).toEqual(['kem', 'sokha', 'daughter', 'and', 'the', 'nec', '2018', 'vote']);
  });

  it('stems regular and irregular forms alike', () => {
    expect(stem('elections')).toBe(stem('election'));
    expect(stem('won')).toBe(stem('win'));
    expect(stem('stolen')).toBe(stem('steal'));
    expect(stem('news')).not.toBe(stem('new'));
    // A person is not the document they write.
    expect(stem('reporters')).toBe(stem('reporter'));
    expect(stem('reporter')).not.toBe(stem('report'));
    // Who is responsible is not a response: "how did the NEC respond?" must not find "who is responsible?".
    expect(stem('responsible')).not.toBe(stem('response'));
    expect(stem('responsibility')).toBe(stem('responsible'));
    expect(stem('researchers')).not.toBe(stem('research'));
    // The people charged are not a network's defenders, and neither is the verb.
    expect(stem('defendants')).toBe(stem('defendant'));
    expect(stem('defenders')).toBe(stem('defender'));
    expect(stem('defendant')).not.toBe(stem('defender'));
    expect(stem('defender')).not.toBe(stem('defend'));
    // An aim is not an objection; a genuine report is not a login.
    expect(stem('objectives')).not.toBe(stem('objections'));
    expect(stem('authenticity')).not.toBe(stem('authentication'));
  });
});

describe('edit distance', () => {
  it('accepts typos within the limit and rejects others', () => {
    expect(editDistanceWithin('electon', 'election', 1)).toBe(true);
    expect(editDistanceWithin('comission', 'commission', 1)).toBe(true);
    expect(editDistanceWithin('teh', 'the', 1)).toBe(true);
    expect(editDistanceWithin('antivirus', 'activists', 2)).toBe(false);
  });
});

describe('typo correction', () => {
  it('finds a long word two swaps away that bitap misses, and leaves words three edits away alone', () => {
    const corrector = new TypoCorrector(['election', 'elections', 'electronic', 'malware', 'espionage']);
    expect(corrector.correct('eelctoin')).toContain('election');
    expect(corrector.correct('electon')).toEqual(['election', 'elections']);
    expect(corrector.correct('malwwear')).toEqual([]);
  });

  it('reads a word spelt as it sounds as the known word that sounds the same, never a short, far or other-lettered one', () => {
    const corrector = new TypoCorrector(['election', 'cambodia', 'given', 'trial', 'kasey', 'kong']);
    expect(corrector.correct('elecshun')).toEqual([]);
    expect(corrector.soundsLike('elecshun')).toEqual(['election']);
    // A "k" for a "c", which `correct` never changes.
    expect(corrector.soundsLike('kambodia')).toEqual(['cambodia']);
    // Names the knowledge lacks stay unknown: another first letter ("kevin", KFN like "given"), more edits than a
    // word of five letters allows ("turla", TRL like "trial"; "kheng", KNK like "kong"), a code of two sounds
    // ("kaseya", KS like "kasey", one edit away).
    for (const name of ['kevin', 'turla', 'kheng', 'kaseya']) expect(corrector.soundsLike(name), name).toEqual([]);
  });

  it('respells a word as it sounds, so one sound spelt another way is no slip at all', () => {
    for (const [typed, known] of <[string, string][]>[['scanbocks', 'scanbox'], ['dauter', 'daughter'], ['comishun', 'commission'], ['nashunal', 'national'], ['elecshun', 'election'], ['sifan', 'siphan'], ['atak', 'attack'], ['kambodia', 'cambodia'], ['perriscope', 'periscope']]) {
      expect(soundSpelling(typed), `${typed} ${known}`).toBe(soundSpelling(known));
    }
    // Words that only share consonants stay apart.
    expect(soundSpelling('turla')).not.toBe(soundSpelling('trial'));
    expect(soundSpelling('kheng')).not.toBe(soundSpelling('kong'));
  });

  it('finds a sound-alike spelt letters longer or shorter, and its first sound spelt another way', () => {
    const corrector = new TypoCorrector(['scanbox', 'daughter', 'date', 'foreign', 'phishing', 'siphan', 'attack', 'still', 'kong', 'given']);
    expect(corrector.soundsLike('scanbocks')).toEqual(['scanbox']);
    expect(corrector.soundsLike('dauter')).toEqual(['daughter']);
    expect(corrector.soundsLike('forin')).toEqual(['foreign']);
    expect(corrector.soundsLike('sifan')).toEqual(['siphan']);
    // Four letters only when both sound spellings are the same ("atak" and "attack" are both "atak").
    expect(corrector.soundsLike('atak')).toEqual(['attack']);
    expect(soundDistance('dauter', 'daughter')).toBe(0);
    // A long word spelt exactly as a known one sounds, though Double Metaphone codes them apart (KMXN, KMSN).
    expect(new TypoCorrector(['commission']).soundsLike('comishun')).toEqual(['commission']);
    expect(soundDistance('dauter', 'date')).toBeGreaterThan(0);
    // Still no name the knowledge lacks: "scytl" ("sitl") is one swap from "still" ("stil"), too many for four sounds.
    for (const name of ['scytl', 'kheng', 'kevin']) expect(corrector.soundsLike(name), name).toEqual([]);
  });

  it('hears names as English spells their sounds: pinyin, a romanised "dh", "oo", "aw", and four letters spelt the same', () => {
    const corrector = new TypoCorrector(['xiandun', 'xiaoyang', 'qingmin', 'licadho', 'cisa', 'coade', 'mohawk', 'kasey', 'given']);
    // Pinyin's "x" and "q" are "sh" and "ch" to an English ear, to Double Metaphone too.
    expect(corrector.soundsLike('shandun')).toEqual(['xiandun']);
    expect(corrector.soundsLike('shaoyang')).toEqual(['xiaoyang']);
    expect(corrector.soundsLike('chingmin')).toEqual(['qingmin']);
    expect(corrector.soundsLike('lekadoe')).toEqual(['licadho']);
    expect(corrector.soundsLike('mohok')).toEqual(['mohawk']);
    // A code of two sounds only when both are spelt the same once respelt ("sisa" and "cisa" are both "sisa").
    expect(corrector.soundsLike('sisa')).toEqual(['cisa']);
    expect(corrector.soundsLike('koad')).toEqual(['coade']);
    for (const name of ['kaseya', 'kevin', 'xenon', 'sita']) expect(corrector.soundsLike(name), name).toEqual([]);
  });

  it('of words one slip away, puts first the one with the same consonants: a vowel is the likeliest slip', () => {
    const corrector = new TypoCorrector(['sees', 'seems', 'seats']);
    expect(corrector.correct('seets')[0]).toBe('seats');
  });

  it('of words as close, puts first the one spelt as the word sounds', () => {
    // "traking" is one slip from "taking" and from "tracking", and sounds like "tracking".
    expect(new TypoCorrector(['taking', 'trading', 'tracking']).correct('traking')[0]).toBe('tracking');
  });
});

describe('word specificity', () => {
  it('rates topic words above everyday words', () => {
    expect(specificity('espionage')).toBe(1);
    expect(specificity('mean')).toBeLessThan(0.5);
  });

  it('tells names from everyday words by how English writes them', () => {
    for (const name of ['russia', 'thailand', 'google', 'july']) expect(isEnglishName(name), name).toBe(true);
    for (const word of ['flagged', 'outlet', 'i', 'league']) expect(isEnglishName(word), word).toBe(false);
    expect(isListedWord('playbook')).toBe(true);
    expect(isListedWord('microsoft')).toBe(false);
  });

  it('tells an adverb made from an adjective ("slowly", "specifically") from words that only end in -ly', () => {
    for (const word of ['slowly', 'specifically', 'formally', 'happily']) expect(isMannerAdverb(word), word).toBe(true);
    for (const word of ['early', 'family', 'italy', 'reply', 'assembly']) expect(isMannerAdverb(word), word).toBe(false);
  });
});

describe('defanging', () => {
  it('tells defanged indicators from live ones', () => {
    expect(isDefanged('example[.]com', 'domain')).toBe(true);
    expect(isDefanged('example.com', 'domain')).toBe(false);
    expect(isDefanged('d41d8cd98f00b204e9800998ecf8427e', 'md5')).toBe(true);
    expect(refang('10.0.0[.]1')).toBe('10.0.0.1');
  });

  it('defangs domains, addresses and URLs in free text', () => {
    expect(defangText('see http://evil.example.com or 10.1.2.3')).toBe('see hxxp://evil.example[.]com or 10.1.2[.]3');
  });
});

describe('reflowing answers', () => {
  it('joins wrapped lines but keeps paragraphs and list items', () => {
    expect(reflowMarkdown('One line\nwrapped.\n\n- item one\n- item\n  two\n1. first')).toBe('One line wrapped.\n\n- item one\n- item two\n1. first');
  });
});

describe('synonym groups', () => {
  it('match any inflection of a member ("pretending" finds the group listing "pretended")', () => {
    const table = new SynonymTable([['impersonated', 'pretended', 'posed as']]);
    expect(table.match(['email', 'pretending', 'to', 'be'], 1)?.length).toBe(1);
    expect(table.match(['who', 'poses', 'as', 'licadho'], 1)?.length).toBe(2);
    expect(table.match(['email', 'pretty', 'weird'], 1)).toBeUndefined();
  });

  it('search no member that stems to a stopword ("went after" is "go"), while still recognising it in a question', () => {
    const table = new SynonymTable([['targeted', 'went after']]);
    const match = table.match(['who', 'went', 'after', 'them'], 1);
    expect(match?.length).toBe(2);
    expect(match?.group.members).toEqual([[stem('targeted')]]);
  });
});

describe('ampersands', () => {
  it('join a word written with one ("C&C", "ATT&CK") and stand for "and" between words', () => {
    expect(tokenize('MITRE ATT&CK and C&C servers')).toEqual(['mitre', 'attck', 'and', 'cc', 'servers']);
    expect(normalizeText('Q & A')).toBe('q and a');
  });

  it('never make a synonym of "and" (a group holding "c&c" once matched every "and" in a question)', () => {
    const table = new SynonymTable([['c2', 'c&c', 'command and control']]);
    expect(table.match(['email', 'and', 'servers'], 1)).toBeUndefined();
    expect(table.match(['cc', 'servers'], 0)?.length).toBe(1);
    expect(table.match(['command', 'and', 'control'], 0)?.length).toBe(3);
    // A phrase of stopwords is still a phrase.
    expect(new SynonymTable([['break in', 'get in']]).match(['they', 'get', 'in'], 1)?.length).toBe(2);
  });

  it('read "US" and "U.S." as the country, not the pronoun', () => {
    expect(tokenize('the US and the U.S. government told us')).toEqual(['the', 'usa', 'and', 'the', 'usa', 'government', 'told', 'us']);
    // Typed in lower case after "the", it is the country too.
    expect(tokenize('did the us say anything')).toEqual(['did', 'the', 'usa', 'say', 'anything']);
    // After a year, or before a vote, as chat types it; the pronoun elsewhere stays.
    expect(tokenize('the 2016 us presidential election')).toEqual(['the', '2016', 'usa', 'presidential', 'election']);
    expect(tokenize('did china hack us elections')).toEqual(['did', 'china', 'hack', 'usa', 'elections']);
    expect(tokenize('can you tell us what happened')).toEqual(['can', 'you', 'tell', 'us', 'what', 'happened']);
  });
});

describe('stopwords', () => {
  it('cover the forms of the words that only say how something is asked ("our SOC wants indicators")', () => {
    expect(analyze('our SOC wants indicators, my boss needed them, what do you want').words).toEqual(['soc', 'indicators', 'boss']);
  });

  it('cover the forms of "explain" that only ask for an explanation ("eviltech explained?")', () => {
    expect(analyze('eviltech explained? an explanation of scanbox, explanations too').words).toEqual(['eviltech', 'scanbox']);
  });

  it('cover words that only insist on precision ("the actual election day", "a specific agency")', () => {
    expect(analyze('when was the actual election day, the exact date of a specific vote').words).toEqual(['election', 'day', 'date', 'vote']);
  });

  it('cover the words that only set two things side by side ("compared to", "in comparison with")', () => {
    expect(analyze('what did the indictment add compared to the fireeye report, in comparison with proofpoint').words).toEqual(['indictment', 'add', 'fireeye', 'report', 'proofpoint']);
  });

  it('drop the words of a phrase that only joins a sentence ("based on", "due to"), not the same words alone', () => {
    expect(analyze('based on the report, who is behind it, due to what evidence').words).toEqual(['report', 'behind', 'evidence']);
    expect(analyze('where is the group based, and what was due').words).toEqual(['group', 'based', 'due']);
  });

  it('drop a longer word of such a phrase typed with one slip ("acording to"), and not a shorter one', () => {
    expect(analyze('who is behind it acording to the us government').words).toEqual(['behind', 'usa', 'government']);
    expect(analyze('who is behind it acoeding to the us government').words).toEqual(['behind', 'usa', 'government']);
    expect(analyze('bases on the coast').words).toEqual(['bases', 'coast']);
    expect(analyze('what were they recording to the server').words).toEqual(['recording', 'server']);
  });
});

describe('what kind of answer a question asks for', () => {
  it('reads "what should <someone> do" as asking for advice, and "who"/"when" questions as not', () => {
    expect(questionIntent('what should journalists do?').wanted.has('advice')).toBe(true);
    expect(questionIntent('what should election staff do about phishing?').wanted.has('advice')).toBe(true);
    expect(questionIntent('what can we do').wanted.has('advice')).toBe(true);
    expect(questionIntent('who targeted journalists?').unwanted.has('advice')).toBe(true);
    expect(questionIntent('what did journalists report?').wanted.has('advice')).toBe(false);
    // What the sources advise, asked in the past tense or of someone else, is advice all the same.
    expect(questionIntent('what did the researchers recommend?').wanted.has('advice')).toBe(true);
    expect(questionIntent('what did the report tell admins to do?').wanted.has('advice')).toBe(true);
    expect(questionIntent('what do the experts say we should actually do').wanted.has('advice')).toBe(true);
    expect(questionIntent('what should reporters look for in an email?').wanted.has('advice')).toBe(true);
    expect(questionIntent('red flags in a phish?').wanted.has('advice')).toBe(true);
    expect(questionIntent('what did the researchers find?').unwanted.has('advice')).toBe(true);
    // The defence sector is a target, not advice.
    expect(questionIntent('which defense companies were hit?').wanted.has('advice')).toBe(false);
    // A time asked for anywhere in the question wants a dated event.
    expect(questionIntent('on what date did fireeye publish?').wanted.has('event')).toBe(true);
    expect(questionIntent('the 2019 report, what date exactly?').wanted.has('event')).toBe(true);
    expect(questionIntent('I need the publication date of the report').wanted.has('event')).toBe(true);
    expect(questionIntent('what did the report say about the date of the vote?').wanted.has('event')).toBe(true);
    expect(questionIntent('what did the hackers want?').wanted.has('event')).toBe(false);
    expect(questionIntent('which came first, the report or the vote?').wanted.has('event')).toBe(true);
    expect(questionIntent('was the arrest before or after the dissolution?').wanted.has('event')).toBe(true);
    expect(questionIntent('what malware was in the email to her?').wanted.has('malware')).toBe(true);
    expect(questionIntent('which tools did they use?').wanted.has('malware')).toBe(true);
    expect(questionIntent('who sent the email to her?').wanted.has('malware')).toBe(false);
    // A thing asked for beside a person's name is not the person.
    expect(questionIntent('which domain was used against monovithya kem?').unwanted.has('person')).toBe(true);
    expect(questionIntent('what was the lure document in the phish to her?').wanted.has('technique')).toBe(true);
    expect(questionIntent('who is monovithya kem?').unwanted.has('person')).toBe(false);
    // Targets asked for beside the actor's name are targets.
    expect(questionIntent('which ministries did temp.periscope get into?').wanted.has('target')).toBe(true);
    expect(questionIntent('which ministries did temp.periscope get into?').unwanted.has('actor')).toBe(true);
    expect(questionIntent('which group got into the ministries?').unwanted.has('actor')).toBe(false);
  });
});

describe('typo correction', () => {
  it('adds only the words it does not hold yet, so a correction never offers one word twice', () => {
    const corrector = new TypoCorrector(['server', 'serves']);
    corrector.addMissing(['server', 'server', 'served']);
    const corrections = corrector.correct('servr');
    expect(new Set(corrections).size).toBe(corrections.length);
    expect(corrections).toContain('server');
  });
});
