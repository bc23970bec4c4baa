import { STRETCHED_WORDS } from '../parameters.ts';
import { zipf } from '../search/word-commonness.ts';
import { spelledNumbersAsDigits } from './spelled-numbers.ts';
import { spokenFormsAsWritten } from './spoken-forms.ts';

/**
 * Shorthand people type in chat, spelt out so the search sees the word meant. Only forms that are not
 * also ordinary words the knowledge base could mean ("it", "us", "am" are left alone).
 */
const ABBREVIATIONS: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', y: 'why', n: 'and', k: 'ok',
  im: 'i am', ive: 'i have', youre: 'you are', theyre: 'they are', wat: 'what', wut: 'what', wot: 'what', whats: 'what is', hw: 'how', wen: 'when', wer: 'where', whos: 'who is',
  hows: 'how is', wheres: 'where is',
  wich: 'which', whic: 'which', wht: 'what', wher: 'where', shud: 'should', shld: 'should', cud: 'could', wud: 'would',
  hav: 'have', dont: 'do not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', wasnt: 'was not', cant: 'cannot',
  abt: 'about', bc: 'because', cuz: 'because', coz: 'because', b4: 'before', w: 'with', wo: 'without', thru: 'through',
  ppl: 'people', pls: 'please', plz: 'please', msg: 'message', msgs: 'messages', pic: 'picture', doc: 'document', docs: 'documents',
  govt: 'government', gov: 'government', govts: 'governments', dept: 'department', depts: 'departments', ministy: 'ministry',
  intl: 'international', natl: 'national', cmte: 'committee', cmtee: 'committee', cttee: 'committee', elxn: 'election', elxns: 'elections', org: 'organisation', orgs: 'organisations', info: 'information',
  pw: 'password', pwd: 'password', passwd: 'password', acct: 'account', acc: 'account', addr: 'address',
  pm: 'prime minister', mp: 'member of parliament', mps: 'members of parliament', nec: 'nec',
  tho: 'though', thx: 'thanks', ty: 'thanks', rn: 'right now', atm: 'at the moment', imo: 'in my opinion', tbh: 'to be honest',
  teh: 'the', smth: 'something', sth: 'something', smthg: 'something', somethin: 'something', nothin: 'nothing', anythin: 'anything',
  grp: 'group', grps: 'groups', gvt: 'government', mgmt: 'management', infosec: 'information security',
  kinda: 'kind of', sorta: 'sort of', gonna: 'going to', wanna: 'want to', gotta: 'got to', dunno: 'do not know',
  lemme: 'let me', gimme: 'give me', prolly: 'probably', tks: 'thanks', thks: 'thanks', tnx: 'thanks',
  frm: 'from', fr0m: 'from', bout: 'about', nd: 'and', hv: 'have', cld: 'could', wld: 'would', shd: 'should', whn: 'when', wrt: 'with regard to',
  becuz: 'because', bcoz: 'because', bcuz: 'because', becoz: 'because', cos: 'because', tmrw: 'tomorrow', tmr: 'tomorrow', yday: 'yesterday',
  some1: 'someone', sum1: 'someone', any1: 'anyone', every1: 'everyone', no1: 'no one', ya: 'you',
  sry: 'sorry', srry: 'sorry', soz: 'sorry',
  idk: 'i do not know', eli5: 'explain', iirc: 'if i recall correctly', afaik: 'as far as i know', asap: 'as soon as possible',
  // Younger chat's spellings: "were they tryna rig the vote", "how did fireeye catch em", "wdym open indexed", "got a sus email",
  // "how did thy kno it was china" ("thy", archaic English, means nothing else to this knowledge).
  tryna: 'trying to', em: 'them', kno: 'know', knw: 'know', thy: 'they', sus: 'suspicious', wdym: 'what do you mean', wym: 'what do you mean', idek: 'i do not even know', imma: 'i am going to', rly: 'really', srsly: 'seriously', ofc: 'of course', deets: 'details',
  // Typed on a phone: "wats airbreak", "who hacked da nec", "cambo" for the country.
  wats: 'what is', wuts: 'what is', wots: 'what is', da: 'the', dat: 'that', cambo: 'Cambodia',
  // A phone's autocorrect turning a word of the subject into a real word the knowledge never means: the board game
  // for the senate, "severs" for the servers.
  senet: 'senate', severs: 'servers',
  // The firms as analysts shorten them ("what did FE say", "RF's report"; PFPT is Proofpoint's ticker), and terms of
  // the sources by their initials (FireEye's strategic website compromise as "SWC", a "cmd line" or "CLI" tool,
  // "CnC" servers). Spelt out here rather than as synonyms, so that the full names read as before. None of them is a
  // word of everyday chat.
  fe: 'FireEye', rf: 'Recorded Future', pfpt: 'Proofpoint', swc: 'strategic website compromise', cmd: 'command', cli: 'command-line',
  cnc: 'C&C',
};

/**
 * "how 2 spot", "advice 4 journalists": a lone 2 or 4 after a word that is never followed by a count is
 * "to" or "for"; "top 4 targets" and "3 servers" stay numbers.
 */
const NUMBER_AS_TO = /\b(how|want|wants|need|needs|going|got|have|has|had|way|ways|able|where|what|who|talk|go|come|back|up|easy|hard|trying|try)\s+2\s+(?=\p{L})/giu;
/** "diplomats hacked 2?", "me 2": a lone 2 closing a sentence after a verb or a person is "too". */
const NUMBER_AS_TOO = /(?<=\b(?:\p{L}+e?d|me|us|them|him|her|you|it|this|that|those|these)\s+)2(?=\s*(?:[?!.,]+|$))/giu;
const NUMBER_AS_FOR = /\b(advice|tips|help|info|guide|guidance|good|bad|safe|risk|risks|threat|ready|time|out|look|looking|search|ask|asking|thanks|this|that|it|them|password|passwords|login|logins|code|codes|address|email|link|name|names|reason|lure|bait|decoy|credentials)\s+4\s+(?=\p{L})/giu;
/**
 * "the lure 4 the cnrp", "phish 2 a journalist": no count stands right before an article or a pronoun, so a lone 2
 * or 4 after a word and before one is "to" or "for"; "4 ministries", "the 2 diplomats" stay counts.
 */
const NUMBER_BEFORE_DETERMINER = /(?<=\p{L})(?<!\b(?:top|the|all|first|last|over|about|under|only|just|of|were|was|are|had|have))\s+([24])\s+(?=(?:the|a|an|my|our|your|ur|their|his|her|its|them|us|me|him|this|these|those|b|be)\b)/giu;
/** "what did the phish ask her 4", "what was it 4": a lone 4 closing a sentence after a pronoun is "for". */
const NUMBER_AS_FOR_AT_END = /(?<=\b(?:it|them|her|him|us|me|you|u|this|that|these|those)\s+)4(?=\s*(?:[?!.,]+|$))/gimu;

/**
 * A phone's autocorrect putting a real word for a question's word: "witch ministries" (not a "witch hunt"), "were
 * are they based" (no verb follows "were" so), "hoe did they get in", an IP "form hainan", mail "form licadho", "log in
 * form". "form" stays a noun after an article or a word that names a kind of form ("the survey form", "what form did
 * it take") and a verb after its subject or a modal ("they form a group").
 */
const WITCH_AS_WHICH = /\bwitch(?!\s*-?\s*(?:hunts?|hunting|craft|es)\b)/gi;
const WERE_AS_WHERE = /\bwere(?=\s+(?:are|r|is|was|were|do|does|did|can|could|should|would)\b)/gi;
const HOE_AS_HOW = /\bhoe(?=\s+(?:did|do|does|was|were|is|are|can|could|should|would|many|much|long|to|come|r)\b)/gi;
/**
 * "which ministers were hacked", "ministers targeted": autocorrect's people for the ministries, when they are what
 * was hacked (the sources name ministries hacked, never a minister).
 */
const MINISTERS_AS_MINISTRIES = /\bministers(?=\s+(?:(?:were|was|got|get|been|being|that were|that got)\s+)?(?:\w+\s+)?(?:hacked|targeted|hit|compromised|breached|attacked|infiltrated|penetrated)\b)|(?<=\b(?:hacked|targeted|compromised|breached|attacked|infiltrated|penetrated)\s+(?:the\s+)?)ministers\b/gi;
/**
 * Names as voice typing hears them: Kem Sokha as "kim sokha" (the Kim of the Kim–Trump summit is another man, and
 * stays so before any other word).
 */
const KIM_AS_KEM = /\bkim(?=\s+sok?h?a\b)/gi;
const FORM_AS_FROM = new RegExp(
  String.raw`(?<!\b(?:the|a|an|this|that|which|what|whose|its|their|his|her|your|ur|my|our|any|some|each|every|same|one|survey|web|online|contact|registration|consent|application|request|sign-?up|short|long|to|can|could|will|would|should|may|might|did|do|does|they|we|you|u|i|not)\s+)\bform(?=\s+(?:the|a|an|where|which|what|who|whom|whose|them|him|her|us|me|it|there|here|home|abroad|overseas|outside|inside|china|chinese|hainan|haikou|beijing|cambodia|vietnam|russia|licadho|fireeye|ngos?|vpns?|\d)\b)|(?<=\b(?:(?:log(?:ged)?|logging|sign(?:ed)?|signing) in|it|them|they|that|this|come|came|comes|coming|sent|send|sending)\s+)form(?=\s*(?:[?!.,]+|$))`,
  'gim',
);

/**
 * "jul 2018", "10 jul", "sept 2017": a month's short form beside a day or a year is that month. Alone, "mar"
 * and "dec" may be other words.
 */
const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September',
  sept: 'September', oct: 'October', nov: 'November', dec: 'December',
};
const SHORT_MONTH = String.raw`(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const SHORT_MONTH_DATED = new RegExp(String.raw`\b${SHORT_MONTH}(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?|'?\d\d|(?:19|20)\d\d)\b)|(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+)${SHORT_MONTH}\b`, 'gi');

/**
 * Short forms written with an apostrophe ("nat'l", "gov't", "int'l", "comm'n"): the apostrophe splits them into
 * two pieces that are no words, so they are spelt out before the words are.
 */
const APOSTROPHE_SHORT: Record<string, string> = {
  "nat'l": 'national', "int'l": 'international', "gov't": 'government', "govt's": "government's", "dep't": 'department',
  "comm'n": 'commission', "ass'n": 'association', "ass'y": 'assembly', "com'ee": 'committee',
};
const APOSTROPHE_SHORT_FORM = /\b(?:nat|int|gov|dep|comm|ass|com)['’](?:l|t|n|y|ee)\b|\bgovt['’]s\b/gi;

/**
 * "MFA" is multi-factor authentication, or Cambodia's Ministry of Foreign Affairs. It is the ministry when
 * the question treats it as a place or a body: "the MFA", "at/into/from MFA", "MFA staff", "MFA was hacked";
 * "turn on MFA", "is MFA enough" and "the MFA app" keep the security sense.
 */
const MFA_AS_MINISTRY = new RegExp(
  String.raw`\b(?:(?<=\b(?:the|at|into|from|inside|in)\s+)mfa\b(?!\s+(?:apps?|codes?|tokens?|keys?|prompts?|settings?|devices?|methods?)\b)|mfa(?='?s?\s+(?:staff|officials?|diplomats?|spokes(?:man|person|woman)|minister|building|network|servers?|computers?|emails?)\b)|mfa(?=\s+(?:was|were|got|get|been|is)\s+(?:\w+\s+)?(?:hacked|breached|compromised|targeted|hit|attacked|infiltrated|penetrated)\b))`,
  'gi',
);

/** "c and c", "c n c" servers: command and control said aloud, as the sources write it ("C&C"). */
const C_AND_C = /\bc (?:and|n) c\b/gi;

/**
 * "att and ck", "att n ck", "mitre attack": MITRE ATT&CK said aloud or typed without its ampersand, as the sources
 * write it ("attack" alone stays the everyday word).
 */
const ATT_AND_CK = /\batt (?:and|n) ck\b|(?<=\bmitre )attack\b/gi;

/**
 * Initials written with dots ("N.E.C.", "M.S.S.", "H.S.S.D"): the dots would leave single letters, which search drops,
 * so they are written as the knowledge writes them ("NEC"). Not "a.m." or "p.m.", times of day, "U.S.", which
 * search reads as the country already, nor the Latin of a writer's aside ("e.g.", "i.e.", "p.s."), which written
 * together would be unknown words counting against the answer.
 */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;
const DOTTED_KEPT: ReadonlySet<string> = new Set(['am', 'pm', 'us', 'usa', 'eg', 'ie', 'ps', 'nb', 'vs', 'cf']);

/**
 * Initials spelt out with spaces ("c n r p", "h s s d", "v p n", "the n e c"): three or more letters standing alone
 * in a row are written together as the knowledge writes them, before "n" is read as "and". Two are left ("h tran" is
 * read in search), and so is a run inside an address or file name or one with "u", which is chat's "you" ("r u a bot");
 * an "a" or "I" first is a word of the sentence ("via a v p n").
 */
const SPACED_INITIALS = /(?<![\p{L}\p{N}.'’_\-@/])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}'’_\-@/]|\.\p{L})/gu;

/** Spelt-out initials written together: an "a" or "I" before them is a word of the sentence ("via a v p n"). */
function spacedInitialsJoined(spaced: string): string {
  if (/\bu\b/i.test(spaced)) return spaced;
  const word = /^[ai] /i.test(spaced) ? spaced.slice(0, 2) : '';
  const letters = spaced.slice(word.length);
  return letters.length < 5 ? spaced : word + letters.replace(/ /g, '');
}

/** Whether a text has three letters standing alone in a row, each one space from the next, without a pattern. */
function hasSpacedInitials(text: string): boolean {
  for (let at = text.indexOf(' '); at >= 1; at = text.indexOf(' ', at + 1)) {
    if (
      text.charCodeAt(at + 2) === 0x20 &&
      isAsciiLetter(text.charCodeAt(at - 1)) &&
      !isAsciiLetter(text.charCodeAt(at - 2)) &&
      isAsciiLetter(text.charCodeAt(at + 1)) &&
      isAsciiLetter(text.charCodeAt(at + 3)) &&
      !isAsciiLetter(text.charCodeAt(at + 4))
    ) return true;
  }
  return false;
}

/** Whether a text has a letter between two dots with no letter before the first ("N.E.C."), without a pattern. */
function hasDottedInitials(text: string): boolean {
  for (let at = text.indexOf('.'); at >= 1; at = text.indexOf('.', at + 1)) {
    if (text.charCodeAt(at + 2) === 0x2e && isAsciiLetter(text.charCodeAt(at + 1)) && isAsciiLetter(text.charCodeAt(at - 1)) && !isAsciiLetter(text.charCodeAt(at - 2))) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * A year shortened in chat: "the '18 election", "jul '18", "2k18". Only the apostrophe form before or after a word
 * (not a quotation's closing mark after a word, "'big' 18"), and "2k" with two digits.
 */
const SHORT_YEAR = /(?<![\p{L}\p{N}'’])['’](\d\d)(?![\p{L}\p{N}'’])|\b2k(\d\d)\b/giu;

/**
 * A word stretched in chat for feeling ("whyyy", "sooo", "plsss", "goood"): English never writes a letter three times
 * running, so each such run is read as one letter or two: two when that makes an everyday word not much rarer than
 * one would ("good", "too"; see STRETCHED_WORDS), else one ("why", "so", "lolll", "airbreakkk"). Not a word with a digit, nor one inside an address, link or file name.
 */
const STRETCHED_WORD = /[\p{L}\p{N}]+/gu;
const LETTER_RUN = /(\p{L})\1{2,}/gu;

function unstretched(word: string, at: number, whole: string): string {
  if (!hasStretchedLetter(word) || /\d/.test(word) || insideToken(whole, at, at + word.length)) return word;
  const once = word.replace(LETTER_RUN, '$1');
  const twice = word.replace(LETTER_RUN, '$1$1');
  const twiceZipf = zipf(twice.toLowerCase());
  return twiceZipf >= STRETCHED_WORDS.doubledMinZipf && twiceZipf + STRETCHED_WORDS.doubledZipfLead >= zipf(once.toLowerCase()) ? twice : once;
}

/**
 * "a navy-ish hacker group", "2017ish", "july ish": chat's "-ish" hedges the word it follows and is never what is
 * asked; left in, it is an unknown word that counts against every answer. Words ending in "ish" ("phish", "british")
 * are whole words and keep it.
 */
const ISH = /(?<=[\p{L}\p{N}])-ish\b|(?<=\d)ish\b|(?<=[\p{L}\p{N}]) ish\b(?!-)/giu;

/** Whether a text holds a letter typed three times running, without a pattern. */
function hasStretchedLetter(text: string): boolean {
  for (let at = 2; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === text.charCodeAt(at - 1) && c === text.charCodeAt(at - 2) && isAsciiLetter(c)) return true;
  }
  return false;
}

/** Spells out chat shorthand word by word, keeping everything else as typed. */
export function expandAbbreviations(text: string): string {
  // Each pattern runs only where its literal ("w/", "mfa", "2", "4", a digit) occurs: most messages have none of them.
  // "whyyy" is "why"; then "en ee see", "tee one five six six", "scs news today dot com": what dictation spells out,
  // written as typed, so that what follows reads it as it reads the typed form.
  let expanded = spokenFormsAsWritten(hasStretchedLetter(text) ? text.replace(STRETCHED_WORD, unstretched) : text);
  if (hasDottedInitials(expanded)) expanded = expanded.replace(DOTTED_INITIALS, (dotted) => {
    const letters = dotted.replace(/\./g, '');
    return DOTTED_KEPT.has(letters.toLowerCase()) ? dotted : letters;
  });
  if (hasSpacedInitials(expanded)) expanded = expanded.replace(SPACED_INITIALS, spacedInitialsJoined);
  if (/['’]/.test(expanded) || expanded.includes('2k')) expanded = expanded.replace(SHORT_YEAR, (_, apostrophed?: string, k?: string) => `20${apostrophed ?? k}`);
  if (/['’]/.test(expanded)) {
    expanded = expanded.replace(APOSTROPHE_SHORT_FORM, (form) => APOSTROPHE_SHORT[form.toLowerCase().replace('’', "'")] ?? form);
  }
  if (expanded.includes('w/')) expanded = expanded.replace(/\bw\/o(?=\s|$)/gi, 'without').replace(/\bw\/(?=\s|$)/gi, 'with');
  if (/mfa/i.test(expanded)) expanded = expanded.replace(MFA_AS_MINISTRY, 'Ministry of Foreign Affairs');
  if (expanded.includes('2')) expanded = expanded.replace(NUMBER_AS_TO, '$1 to ').replace(NUMBER_AS_TOO, 'too');
  if (expanded.includes('4')) expanded = expanded.replace(NUMBER_AS_FOR, '$1 for ').replace(NUMBER_AS_FOR_AT_END, 'for');
  if (expanded.includes(' 2 ') || expanded.includes(' 4 ')) expanded = expanded.replace(NUMBER_BEFORE_DETERMINER, (_, digit: string) => (digit === '2' ? ' to ' : ' for '));
  // Each slip only where its word occurs, lower-cased first once: most messages hold none.
  const lower = expanded.toLowerCase();
  if (lower.includes('witch')) expanded = expanded.replace(WITCH_AS_WHICH, 'which');
  if (lower.includes('were ')) expanded = expanded.replace(WERE_AS_WHERE, 'where');
  if (lower.includes('hoe ')) expanded = expanded.replace(HOE_AS_HOW, 'how');
  if (lower.includes('form')) expanded = expanded.replace(FORM_AS_FROM, 'from');
  if (lower.includes('c and c') || lower.includes('c n c')) expanded = expanded.replace(C_AND_C, 'C&C');
  if (lower.includes('att and ck') || lower.includes('att n ck') || lower.includes('mitre attack')) expanded = expanded.replace(ATT_AND_CK, 'ATT&CK');
  // Not for every "phish" or "publish": only where "ish" stands after a hyphen, a space or a digit.
  if (lower.includes('ish') && (lower.includes('-ish') || lower.includes(' ish') || /\dish/.test(lower))) expanded = expanded.replace(ISH, '');
  if (lower.includes('kim ')) expanded = expanded.replace(KIM_AS_KEM, 'Kem');
  if (lower.includes('ministers')) expanded = expanded.replace(MINISTERS_AS_MINISTRIES, 'ministries');
  // "apt forty", "twenty eighteen", "july twenty ninth": numbers in words as the digits the knowledge writes, before
  // a short month is read beside them.
  expanded = spelledNumbersAsDigits(expanded);
  if (/\d/.test(expanded)) expanded = expanded.replace(SHORT_MONTH_DATED, (_, before?: string, after?: string) => MONTHS[(before ?? after)!.toLowerCase()]!);
  // An own property only: "constructor" or "toString" typed in a question are words, not the object's methods.
  // Not inside an address, link or file name: "licadho-org[.]com" keeps its "org".
  return expanded.replace(/[\p{L}\p{N}]+/gu, (word, at: number, whole: string) =>
    Object.hasOwn(ABBREVIATIONS, word.toLowerCase()) && !insideToken(whole, at, at + word.length) ? ABBREVIATIONS[word.toLowerCase()]! : word);
}

const JOINS_BEFORE = /[-@/_[\].]/;
const JOINS_AFTER = /[-@/_[]/;
/** With `digitsJoin`, a digit beside a word joins it too ("2018hacks"). */
const JOINS_BEFORE_OR_DIGIT = /[-@/_[\].\p{N}]/u;
const JOINS_AFTER_OR_DIGIT = /[-@/_[\]\p{N}]/u;

/**
 * Whether the characters around a word join it to others: "-", "@", "/", "_", "[", "]", or a dot between two (and, with
 * `digitsJoin`, a digit): the word is then part of an address, link or file name, never read on its own.
 */
export function insideToken(text: string, start: number, end: number, { digitsJoin = false } = {}): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return (digitsJoin ? JOINS_BEFORE_OR_DIGIT : JOINS_BEFORE).test(before) || (digitsJoin ? JOINS_AFTER_OR_DIGIT : JOINS_AFTER).test(after)
    || (after === '.' && /[\p{L}\p{N}\]]/u.test(text[end + 1] ?? ' '));
}
