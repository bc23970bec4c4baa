/**
 * What the crowd asks in the load bench: questions people ask of this knowledge base, asked over and over
 * (a crowd repeats itself), with a per-request id in nothing the answer depends on.
 */
export const LOAD_QUESTIONS = [
  'who is behind the attacks on cambodia?',
  'which organisations were targeted',
  'was the press targeted',
  'when does cambodia vote',
  'how was the attack noticed',
  'I got a weird email, what now?',
  'what are open indexed servers',
  'nationl electon comission',
  'temp.periscop',
  'phising email sender adress',
  'how do I make pasta carbonara',
  'who is kem sokha',
];
