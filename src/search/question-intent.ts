import type { EntryKind } from '../knowledge/schema.ts';
import { normalizeText } from './normalize.ts';

/**
 * The kinds of entry a question's wording asks for: "what should I do…" wants advice, "when…" a dated
 * event, "who is…" a person or group. Used only to order close candidates, never to answer by itself.
 */
const INTENTS: { pattern: RegExp; kinds: EntryKind[]; unwanted?: EntryKind[] }[] = [
  {
    pattern:
      /\b(should (i|we)|what (do|can|should) (i|we)|what (should|must|can|could) (\w+ ){1,3}(do|look for|watch for|watch out for|check)|what (i|we) (should|must|can|need to) do|how (do|can|should) (i|we)|how to|can (i|we)|(i|we) (got|received|clicked|opened|have|was|were|think)|my (account|email|computer|phone|password)|protect|stay safe|avoid)\b/,
    kinds: ['advice'],
  },
  // What the sources or an agency advise, and what the asker ought to do, asked in the past tense or of someone
  // else ("what did recorded future recommend?", "what did they tell defenders to do?", "what do the firms say we
  // should do?"): advice, though "what did…" otherwise asks what happened. "defence"/"defense" alone is left out:
  // the US defense companies are targets.
  {
    pattern:
      /\b(recommend|recommends|recommended|recommendations?|advise|advises|advised|advice|suggest|suggests|suggested|mitigations?|countermeasures?|defensive|(i|we) (should|must|ought to|need to) (\w+ )?do|tell (\w+ ){0,2}to do|red flags?|warning signs?|make (me|us) suspicious)\b/,
    kinds: ['advice'],
  },
  // "What is X?" asks what something is: any kind of entry but advice and dated events.
  { pattern: /^(what|who) (is|are|was|were)\b|^(whats|whos|define|explain)\b/, kinds: ['actor', 'target', 'technique', 'malware', 'indicator', 'person', 'organisation', 'quote', 'campaign', 'faq'] },
  // A time asked for anywhere in the wording: "on what date did…", "the 2019 one, what date exactly?", "kem sokha
  // arrested when and why", "need the publication date of…", "since when has…".
  { pattern: /^(when|what (date|year|day|month))\b|\b(what|which) (exact |precise )?(date|year|day|month)\b|\b(release|publication|publishing) date\b|\bdate of the\b|\bsince when\b|\bwhen (did|was|were)\b|\barrested when\b/, kinds: ['event'] },
  // Order asked: "which came first…", "was the report out before or after the vote?".
  { pattern: /\b(came|happened|was|were) first\b|\bbefore or after\b|\bafter or before\b/, kinds: ['event'] },
  { pattern: /^who\b/, kinds: ['person', 'actor', 'organisation'] },
  { pattern: /\b(what|which) (kind|type|sort) of (attack|technique|method|malware|hack)|\bhow did (they|the (hackers|attackers|spies))\b/, kinds: ['technique', 'malware'] },
  // "what malware was in the email to her?" asks for a tool, not for the person it was sent to.
  { pattern: /\b(what|which) (malware|malwares|tools?|backdoors?|implants?|programs?|software|virus|viruses|trojans?|downloaders?|payloads?)\b/, kinds: ['malware'] },
  // "what was the lure document in the phish to her?", "which domain was used against her?": a thing, not the person.
  {
    pattern: /\b(what|which) ((is|was|are|were) (the )?)?([\w-]+ ){0,2}(domains?|ips?|servers?|urls?|hash|hashes|indicators?|lures?|decoys?|baits?|documents?|attachments?|files?)\b/,
    kinds: ['indicator', 'technique', 'malware'],
    unwanted: ['person'],
  },
  // "which ministries did temp.periscope get into?": asks for targets, however prominent the actor's name (not
  // "which targets does apt40 usually go after?", which the actor's own entries answer).
  {
    pattern: /\b(what|which) (other )?(ministries|ministry|departments?|agencies|institutions|government bodies|outlets|news outlets|newspapers|ngos|embassies)\b/,
    kinds: ['target'],
    unwanted: ['actor'],
  },
  // A question about what happened is not asking what to do.
  { pattern: /^(who|when|where|which|what happened|what did)\b/, kinds: [], unwanted: ['advice'] },
];

/** The kinds a question's wording favours, and those it rules out. */
export function questionIntent(question: string): { wanted: ReadonlySet<EntryKind>; unwanted: ReadonlySet<EntryKind> } {
  const text = normalizeText(question);
  const matching = INTENTS.filter((intent) => intent.pattern.test(text));
  const wanted = new Set(matching.flatMap((intent) => intent.kinds));
  const unwanted = new Set(matching.flatMap((intent) => intent.unwanted ?? []).filter((kind) => !wanted.has(kind)));
  return { wanted, unwanted };
}
