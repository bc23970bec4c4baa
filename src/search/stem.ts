import { stemmer } from 'stemmer';

/**
 * Porter folds these onto unrelated words ("news" onto "new", "reporter" onto "report", "researcher" onto
 * "research": a person onto a document; "responsible" onto "response", so that "how did the NEC respond?" asked
 * who is responsible; "defendant" and "defender" onto "defend", one the people charged and the other
 * a network's IT team; "objective" onto "object" and "objection"; "authentic" onto "authentication", so that "is
 * the report authentic?" asked about logins); keep them whole.
 */
const KEEP_WHOLE = new Set([
  'news', 'us', 'media', 'senate', 'data', 'reporter', 'researcher', 'responsible', 'defendant', 'defender',
  'objective', 'authentic',
]);

/** Irregular forms Porter cannot see through: "who won" must find "win", "was stolen" find "steal". */
const IRREGULAR: Record<string, string> = {
  won: 'win', found: 'find', sent: 'send', stole: 'steal', stolen: 'steal', began: 'begin', begun: 'begin',
  led: 'lead', told: 'tell', said: 'say', made: 'make', took: 'take', taken: 'take', knew: 'know', known: 'know',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
  thought: 'think', brought: 'bring', bought: 'buy', caught: 'catch', hid: 'hide', hidden: 'hide',
  broke: 'break', broken: 'break', gave: 'give', given: 'give', came: 'come', went: 'go', saw: 'see', seen: 'see',
  held: 'hold', kept: 'keep', lost: 'lose', met: 'meet', paid: 'pay', sold: 'sell', struck: 'strike',
  taught: 'teach', understood: 'understand', sought: 'seek', fought: 'fight', meant: 'mean', felt: 'feel',
  ran: 'run', hit: 'hit', got: 'get', gotten: 'get', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow',
  rose: 'rise', risen: 'rise', spent: 'spend', stood: 'stand', built: 'build', drew: 'draw', drawn: 'draw',
  wore: 'wear', worn: 'wear', threw: 'throw', thrown: 'throw', shown: 'show', flew: 'fly', forgot: 'forget',
  forgotten: 'forget',
  // The plurals of the people kept whole above.
  reporters: 'reporter', researchers: 'researcher', defendants: 'defendant',
  defenders: 'defender', objectives: 'objective', authenticity: 'authentic',
  // Who is responsible, however it is put; not a response.
  responsibility: 'responsible', responsibilities: 'responsible',
};

const cache = new Map<string, string>();

/** The search stem of one normalised word: "elections" and "election" both give "elect". */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    const base = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word]! : word;
    stemmed = KEEP_WHOLE.has(base) || /\d/.test(base) ? base : stemmer(base);
    if (cache.size < 100_000) cache.set(word, stemmed);
  }
  return stemmed;
}
