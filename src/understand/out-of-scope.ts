import { normalizeKeepingPossessives, normalizeText } from '../search/normalize.ts';
import { everydayWordMeant } from '../search/word-commonness.ts';
import { TYPOS } from '../parameters.ts';
import { PatternPrefilter } from './pattern-prefilter.ts';

/**
 * Questions the bot must decline whatever its knowledge holds, each for a reason it states:
 * - private details about a person (phone, address, family, pay): the people this bot talks about may be at
 *   risk, and a knowledge base about a campaign is no directory;
 * - what someone said in private or inside an organisation ("what did Hun Sen say privately to Chinese
 *   officials?"): reports record what was said publicly, so anything else would be invented;
 * - what will happen, or what is happening right now: the knowledge is a dated record, not a live feed;
 * - how to take part in an election (registering, where and how to vote): an election authority's service,
 *   which a knowledge base about attacks on elections must not seem to give;
 * - help to attack (write a phishing e-mail, hack an election or an account): the bot explains attacks so
 *   people can defend against them, never how to carry one out;
 * - passwords, logins or codes for a system: the bot holds none, and asking for them in a chat is what a
 *   phisher does; a person is sent to their IT team by a channel they already know;
 * - an opinion or a verdict ("is hun sen a good leader?", "was he actually guilty? your opinion", "who should I
 *   vote for?"): the bot reports what the sources say, and taking sides would make it one more voice in a
 *   contested election;
 * - legal advice for a case ("can she sue the Chinese government?", "what are my chances?"): a lawyer's work,
 *   which an answer from news reports would only seem to do;
 * - a task for a general assistant (translate, recommend a book or a product to buy, write a poem, build a
 *   website, fix the asker's own code, the weather, how to say something in another language): asked of this bot, it would otherwise
 *   find some entry sharing a word ("translate" in the indictment's linguists).
 */
export type OutOfScope = 'private-details' | 'private-remarks' | 'not-yet-known' | 'voting-services' | 'attack-help' | 'credentials' | 'opinion' | 'legal-advice' | 'other-task';

/**
 * A person's e-mail is private as an address ("Ben Read's email?", "her email address"), not as a message
 * ("how did FireEye trace Kem's email back to the hackers?").
 */
const EMAIL_ADDRESS = String.raw`(?:e ?mail(?: address|(?= (?:please|pls|and|or)\b)|$))`;
// "Cambodia's number one trade partner", "the group's number of victims": a rank or a count, not a phone number;
// nor "Proofpoint's TA number", "MITRE's technique number", "HOMEFRY's S number", "leviathan's G number": an
// identifier a firm gives a group, tool or technique (ATT&CK's letters: G groups, S software, T techniques, C campaigns).
const PERSONAL = String.raw`(?:phone|mobile|cell|telephone|hotline|whatsapp|signal|telegram|linkedin|twitter|facebook|instagram|(?<!\b(?:ta|apt|id|cve|ttp|technique|software|tracking|group|mitre|g|t|c|s s) )number(?! (?:one|two|three|1|2|3|of)\b)|${EMAIL_ADDRESS}|address|contact|contacts|birthday|salary|wife|husband|spouse|kids|children)`;
/**
 * Possessors that are things of the campaign, not people ("the sender's address" is an indicator; "htran's number",
 * "htran S number", is its ATT&CK ID, and "MITRE's number for leviathan" is the group's), or times ("since yesterday's email" is a message).
 */
const NOT_A_PERSON = String.raw`(?:mitre|attck|sender|attacker|attackers|hacker|hackers|phish|phisher|phishing|group|campaign|domain|server|servers|malware|tool|tools|technique|software|leviathan|apt40|periscope|airbreak|orz|eviltech|dadbod|homefry|murkytop|htran|scanbox|badflick|lunchmoney|email|message|report|site|website|lure|decoy|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const PRIVATE_DETAILS = new RegExp(
  [
    // "Ben Read's phone number", "her home address", "their contact details" ("the S number" is no one's); not after a preposition, where
    // the e-mail is a message ("what did fireeye do with kem's email?"), nor an e-mail someone traced or examined
    // ("how did fireeye trace kem's email"); "trace her phone" and "open her email" stay private.
    String.raw`(?<!\b(?:with|about|from|in|on|of|to|into|through|behind|after|by) )(?!(?<=\b(?:traced?|tracing|analysed|analyzed|examined) )(?:his|her|\w+ s)\s+(?:\w+\s+)?e ?mail\b)\b(?:his|her|(?!(?:${NOT_A_PERSON}|the|a|an) s\b)\w+ s)\s+(?:(?!${NOT_A_PERSON}\b)\w+\s+)?${PERSONAL}\b`,
    String.raw`\b(?:phone|mobile|cell|telephone) numbers?\b`,
    // A person's money: "how rich is hun sen personally", "what's his fortune worth", "kem sokha net worth".
    String.raw`\bhow (?:rich|wealthy) (?:is|was|are|were)\b|\bnet worth\b|\b(?:his|her) (?:personal )?(?:fortune|wealth|assets|bank accounts?)\b`,
    String.raw`\b(?:home|postal|private|personal|street|residential|mailing) address(?:es)?\b`,
    // "her personal gmail address", "his private email": a person's own account, by its provider or not.
    String.raw`\b(?:private|personal) (?:e ?mail|gmail|yahoo|hotmail|outlook|proton ?mail|icloud)(?: (?:address|addresses|account|accounts|id))?\b`,
    // "where does Ben Read from FireEye live?": where a person lives ("where do the hackers live" asks where the
    // group is based, which the sources say).
    String.raw`\bwhere (?:does|did|do) (?!(?:(?:the |these |those )?(?:${NOT_A_PERSON}|it|they|this|that|them|chinese|spies|operators?|intruders?|data|files?)\b))(?:[\w-]+ ){1,5}(?:live|reside)\b`,
    String.raw`\bcontact (?:details|info|information|number)\b`,
    // "email addresses of NEC staff", "phone numbers for the ministry's officials": people's addresses, asked in a list.
    String.raw`\b(?:e ?mail addresses|e ?mails|phone numbers|numbers|contact details) (?:of|for) (?:the |all |any |some )?(?:[\w-]+ ){0,3}(?:staff|staffers|employees|officials|officers|members|workers|people|journalists|diplomats|volunteers|activists|mps|candidates)\b`,
    // How to reach a named person or organisation ("how can I contact the FireEye team that wrote the report?",
    // "who do I email at LICADHO?"): the knowledge is no directory, and the reply sends the asker to the
    // organisation's own website. Not the asker's own people or a helpline ("how do I contact my IT team", "how
    // can we reach the digital-security helpline"), nor how to reach people safely ("how can I email sources
    // securely?"), which the advice answers.
    String.raw`\bhow (?:do|can|could|should|would|might) (?:i|we|one|you) (?:contact|reach|get in touch with|get hold of|email|e mail|phone|call|write to) (?![^?!.]*\b(?:safely|securely|privately|anonymously|encrypted)\b)(?!(?:my|our|your|you|u|ballotguard|this bot|the bot|it|its|a|an|any|some|someone|somebody|anyone|them|people|sources|voters|supporters|colleagues|staff|journalists|reporters|attachments|files|documents|the (?:[\w-]+ ){0,2}(?:it|security|helpdesk|help desk|police|helpline|helplines)|for|out|back|about|safely|securely|without|if|when|with|to|in|on|from)\b)(?:[\w-]+ ){0,3}?(?!(?:it|security|digital|helpline|helplines|help|support|helpdesk|desk|police)\b)\w+`,
    String.raw`\bwho (?:do|should|can|could) (?:i|we) (?:contact|email|e mail|call|phone|write to|talk to|speak to) at\b`,
    // "what's the email for Recorded Future's Insikt Group?", "what is the phone number of LICADHO": a contact,
    // asked by name; the sender's or the server's address is an indicator.
    String.raw`\b(?:whats|what s|what is|what are) (?:the|their|its) (?:e ?mail(?: address)?|e ?mails|phone(?: number)?|telephone(?: number)?|contact(?: address| e ?mail| number)?|hotline|office address) (?:for|of|at) (?!(?:the |that |this )?(?:[\w-]+ ){0,2}${NOT_A_PERSON}\b)\w`,
    // "kem monovithya contact", "ben read phone": a name and what to reach them by, typed as keywords.
    String.raw`^(?:(?!${NOT_A_PERSON}\b)\w+ ){1,3}(?:contact|contacts|phone|phone number|mobile|hotline|linkedin|twitter|facebook|instagram)$`,
    // The same with the family or pay asked, the possessive dropped: "hun sen wife name?", "ben read salary how much?"
    // ("kem sokha daughter name?" asks a fact of the campaign).
    String.raw`^(?:(?!${NOT_A_PERSON}\b)\w+ ){1,3}(?:wife|husband|spouse|son|sons|kids|children|birthday|salary|home address)(?: (?:name|names|is who|who|is what|what|how much))?$`,
    // A person's e-mail or phone, asked "of" them by their job: "email of NEC IT person?", "phone of the ministry spokesman".
    // Asked as the whole question: "what happened to the email of the NEC staff?" asks about a message.
    String.raw`^(?:what s |what is |whats )?(?:the )?(?:e ?mail|e ?mail address|phone|phone number|mobile|contact) (?:of|for) (?:the |an? |their )?(?:[\w-]+ ){0,3}(?:person|staff|staffer|officer|official|guy|man|woman|director|head|chief|spokesman|spokeswoman|spokesperson|boss|manager|administrator|admin|researcher|analyst)(?: please| pls)?$`,
    // Where to find an organisation's office: "fireeye office in phnom penh address?", "address of the LICADHO office".
    String.raw`\b(?:office|offices|headquarters|hq)\b(?: [\w-]+){0,4} (?<!\b(?:ip|e ?mail|mac|web|sender|server|login) )(?:address|phone|phone number)\b|\baddress (?:of|for) (?:the |their |its )?(?:[\w-]+ ){0,3}(?:office|offices|headquarters|hq)\b`,
    // How someone looks: "how tall is hun sen".
    String.raw`\bhow tall (?:is|was)\b|\bhow much does \w+(?: \w+)? weigh\b`,
    // "how old is hun sen"; what follows an article is a thing ("how old is this crew", "the report").
    String.raw`\b(?:birthday|date of birth|how old is(?! (?:the|this|that|these|those|their|its|a|an) )|married|net worth|salary|how much does \w+(?: \w+)? (?:earn|make))\b`,
    // The same of a person described rather than named: "the wife of the guy running cambodia", "how old is the man
    // who has run cambodia for decades" (not "how old is the malware": only a word for a person).
    String.raw`\b(?:husband|wife|spouse|husbands|wives|spouses) of\b`,
    // When or where a person was born, and their age: "what year was ben read born", "where was hun sen born", "kem
    // sokha's age". Not a thing's beginning ("when was apt40 born", "when was the cnrp born" ask when it started).
    String.raw`\b(?:was|were|is) (?!(?:the |this |that |these |those |their |its )?(?:${NOT_A_PERSON}|it|they|temp|crew|gang|team|unit|party|cnrp|cpp|nec|licadho|fireeye|company|firm)\b)(?:[\w-]+ ){1,3}born\b`,
    String.raw`\b(?:year|place|city|country) of birth\b|\bbirth ?(?:date|year|place)\b`,
    String.raw`\b(?:his|her|(?!(?:${NOT_A_PERSON}|the|a|an|party|cnrp|cpp) s\b)\w+ s) age\b`,
    String.raw`\bhow old (?:is|was) (?:the|that|this) (?:[\w-]+ ){0,2}(?:man|woman|lady|guy|person|leader|boss|chief|strongman|premier|pm|prime minister|spokesman|spokeswoman|spokesperson|official|analyst|researcher|daughter|father|dad)\b`,
    String.raw`\bwhere does \w+(?: \w+)? live\b`,
    // The same with the question word last: "kem monovithya live where now?".
    String.raw`\b(?:live|lives|living) where\b`,
    // Family: "how many kids does he have"; "Kem Sokha's daughter" is a fact of the campaign, so only counts and "does X have".
    String.raw`\bhow many (?:kids|children|sons|daughters|siblings|brothers|sisters|wives|grandchildren)\b|\b(?:does|did) \w+(?: \w+)? have (?:any )?(?:kids|children|a wife|a husband|a partner|siblings)\b`,
  ].join('|'),
);

/** "what did the IT staff say internally", "what did Read tell her privately". */
const IN_PRIVATE = String.raw`(?:privately|in private|internally|behind closed doors|off the record)`;
const SAID = String.raw`(?:say|says|said|tell|tells|told|discuss|discussed|write|wrote|talk|talked|admit|admitted|think|thought)`;
/**
 * The privacy word qualifies the saying: next to it, or after at most who was told ("tell kem privately"). Not
 * a way of talking the asker wants ("what app should reporters use to talk to sources privately", "can we
 * discuss it privately"): after "to" or the asker, the saying is still to be done, and nobody's remark is asked.
 */
const PRIVATE_REMARKS = new RegExp(String.raw`(?<!\b(?:to|i|we) )\b${SAID}(?: [\w-]+){0,3} ${IN_PRIVATE}\b|\b${IN_PRIVATE} ${SAID}\b`);

const NOT_YET_KNOWN = new RegExp(
  [
    String.raw`\b(?:right now|this week|this month|at the moment|these days|nowadays|as we speak|as of (?:today|now|this year))\b`,
    String.raw`\b(?:still|currently)\b.*\btoday\b|\btoday\b.*\b(?:still|currently)\b`,
    // Where someone is held, or whether they are free, now: "kem sokha still in jail now?", "the four hacker in jail now?",
    // "is kem sokha free today?"; and whether a party is still banned ("is the cnrp banned today?").
    String.raw`\b(?:in jail|in prison|behind bars|in custody|detained|under house arrest|in exile|at large|on the run|free|released|on trial|banned)(?: still)? (?:now|nowadays|these days|today)\b`,
    String.raw`\bwho (?:will|is going to|s going to|gonna) win\b|\bwhich \w+ (?:will|is going to) win\b`,
    // The date of a vote, report or advisory still to come: "when is cambodia's next general election", "release date
    // of the next cisa advisory", "when is fireeye's next report coming out" (not "when did the next attack happen").
    String.raw`\b(?:when|what date|which date|release date)\b(?! (?:[\w-]+ ){0,3}(?:did|was|were|had)\b)(?: [\w-]+){0,4} next (?:[\w-]+ ){0,2}(?:election|elections|vote|polls|report|reports|advisory|advisories|indictment|write up|writeup|update)\b`,
    // "who win next cambodia election?": the winner of a vote to come, typed without "will".
    String.raw`\bwin (?:the )?next (?:[\w-]+ ){0,2}(?:election|elections|vote)\b`,
    // The date of a vote to come: "when is the next cambodian general election?" ("when was the next vote after
    // 2013?" asks the past).
    String.raw`\bwhen (?:is|s|will be|are)(?: the)? next (?:[\w-]+ ){0,2}(?:election|elections|vote|polls?)\b`,
    String.raw`\bnext (?:\w+ )?(?:election|elections|vote|attack|campaign)\b.*\b(?:will|going to|gonna|win|happen)\b|\b(?:will|going to|gonna)\b.*\bnext (?:\w+ )?(?:election|elections|vote|attack|campaign)\b`,
    // Who holds an office now, the country's name between ("the sitting Cambodian prime minister"): the knowledge
    // names office-holders as of its sources' dates.
    String.raw`\b(?:current|present|today s|new|incumbent|sitting)\s+(?:cambodian |cambodia s |khmer |chinese |us |american )?(?:pm|prime minister|president|leader|head|ceo|chief|minister|government|king|chair|chairman|director|premier)\b`,
    // "is hun sen still PM", "who's the foreign minister now", "where does ben read work now".
    String.raw`\bstill (?:the )?(?:pm|prime minister|president|leader|in power|in charge|in office|minister|king|ceo|head)\b`,
    // "who is the prime minister of cambodia now", "who is cambodia's prime minister today".
    String.raw`\b(?:pm|prime minister|president|leader|minister|king|ceo|chief|head|chair|director|premier|spokes\w+)(?: of (?:the )?[\w-]+(?: [\w-]+)?)? (?:now|today)\b`,
    String.raw`\bwhere (?:does|do|is|are) .*\b(?:work|working|based|live|living) (?:now|today|these days)\b`,
    // "who heads the Hainan State Security Department today?", "who currently runs the NEC?", "who currently holds the
    // office of prime minister?": who leads it, or holds it, now.
    String.raw`\bwho (?:currently|now|presently) (?:heads|leads|runs|chairs|directs|is in charge of|holds|occupies|serves as)\b|\bwho (?:heads|leads|runs|chairs|directs|is in charge of)\b(?=.*\b(?:now|today|currently|these days|at present|nowadays)\b)`,
    // "how many seats will the CPP win next time"
    String.raw`\b(?:will|going to|gonna)\b.*\bwin\b`,
    // A date still to come: "when will apt40 attack again", "when will kem sokha be released", "when will they strike next".
    String.raw`\bwhen will\b(?: [\w-]+){1,4} (?:be (?:released|freed|tried|arrested|extradited|jailed|let out)|(?:[\w-]+ )?(?:again|next)|get out)\b`,
    // What is still to come in a country or of a person: "what will happen in cambodia next year", "when will hun sen
    // retire", "will the cnrp come back", "who will be cambodia's next prime minister" ("what will happen if I click
    // the link?" asks what the link does).
    String.raw`\bwhat (?:will|is going to|s going to|gonna) happen\b(?=.*\b(?:next|future|coming|from now)\b)`,
    String.raw`\bwhen will (?:[\w-]+ ){1,3}(?:retire|step down|resign|quit|leave office|come back|return|be back)\b`,
    // Not what a device does after a fix: "will the malware come back after I reinstall?".
    String.raw`\bwill (?:the )?(?!(?:malware|virus|viruses|infection|backdoor|trojan|hackers?|attackers?|it|they|my|our|your|files?|data|access)\b)(?:[\w-]+ ){1,2}(?:ever )?(?:come back|make a comeback|return to (?:politics|power)|be (?:reinstated|unbanned))\b(?! (?:after|if|once|when|unless)\b)`,
    String.raw`\bwho (?:will|is going to|s going to|gonna) be (?:the )?(?:[\w-]+ s )?next\b`,
    // Who or what is next: "which country will apt40 hit next", "who are they likely to target next".
    // Not in the past: "who was apt40 expected to target next in 2018?" asks what the sources said then.
    // Also what they will use or set up next ("which domain will they use next", "what malware will they try
    // next"), and "going to" after its subject ("who are they going to target next", normalised from "gonna").
    String.raw`\b(?:who|whom|which|what|where)\b(?! (?:[\w-]+ ){0,3}(?:was|were|had)\b)(?: [\w-]+){0,3} (?:will|is going to|s going to|are going to|re going to|going to|gonna|likely to|expected to)(?: [\w-]+){0,3} (?:hit|attack|target|hack|go after|strike|spy on|use|register|try|pick|choose|set up|switch to|move to)(?: [\w-]+)? next\b`,
    // What someone will do next, and whether more will follow: "what will china do next?", "will there be more
    // indictments against apt40?" (what the sources reported so far is asked otherwise: "were there other charges?").
    String.raw`\bwhat (?:will|is going to|s going to|are going to|re going to|gonna) (?:[\w-]+ ){1,3}do next\b`,
    // The same asked yes or no: "will apt40 target the philippines next?", "will they hack anyone again".
    String.raw`\bwill (?:[\w.-]+ ){1,3}(?:hit|attack|target|hack|go after|strike|spy on)(?: [\w-]+){0,3} (?:next|again)\b`,
    String.raw`\bwill there (?:ever )?be (?:any )?(?:more|further|new|other|fresh) (?:indictments?|charges|arrests|sanctions|attacks|hacks|cases|trials|advisories|reports)\b`,
  ].join('|'),
);

/**
 * "what does microsoft call this crew these days?", "isn't fireeye called mandiant now?": a name as it is now,
 * which the knowledge gives as of its latest source; "who is the interior minister now? name?" still asks who
 * holds an office now.
 */
const NAMED_NOW = /\b(?:call|calls|called|calling|named|known as|go(?:es)? by|label|labels|labelled|labeled|(?:what|which) (?:name|names|label|moniker))\b/;
const NOW = /\b(?:these days|nowadays|now)\b/;
const OFFICE_NOW = /\b(?:current|present|incumbent|sitting|still)\b/;

/** Whether a question asks what something is called now, which the sources give, rather than what is happening now. */
function asksTheLatestName(text: string): boolean {
  return NAMED_NOW.test(text) && NOW.test(text) && !OFFICE_NOW.test(text);
}

/**
 * "are these hackers still active today?": whether the group is still at it, which the latest advisories
 * answer with their dates ("is kem sokha still under house arrest today?" is still not known).
 */
const GROUP_STILL_ACTIVE = /\b(?:hackers|group|apt ?40|temp\.?periscope|leviathan|they|these guys|this crew|attackers|spies)\b(?: [\w-]+){0,2} still (?:active|a threat|around|operating|at it|hacking|working|out there|going)\b/;

/**
 * "are these indicators still useful today?", "should we still block those domains?": whether the 2018 indicators
 * are worth searching or blocking, which the knowledge answers (historical, for old logs, not a current blocklist);
 * "is chemscalere still online today?" still asks what is happening now.
 */
const INDICATOR_WORDS = String.raw`(?:indicators?|iocs?|domains?|hashes|ips|ip addresses|addresses|blocklists?|block lists?)`;
const INDICATORS_STILL_USEFUL = new RegExp(
  String.raw`\b${INDICATOR_WORDS}\b(?: [\w-]+){0,2} still (?:useful|valid|worth|relevant|good|current|usable|of use|any use|any good|needed|matter|apply|(?:ok|okay|fine|safe|worth it) to (?:block|use|search|hunt))\b`
    // "should we still block those old domains and IPs today?": still blocking or searching for them.
    + String.raw`|\bstill (?:block|blocking|use|using|search for|searching for|hunt for|hunting for|look for|looking for|watch for|watching for)(?: [\w-]+){0,3} ${INDICATOR_WORDS}\b`,
);

/** The sources as an asker names them: "the report", "fireeye s article", "this knowledge base". */
const THE_SOURCES = String.raw`(?:the|this|that|these|your|fireeye s|fireeye|bloomberg s|bloomberg) (?:news )?(?:report|reports|sources?|article|articles|story|stories|piece|coverage|knowledge base)(?: (?:on|about) (?:the |this )?(?:hack|hacks|hacking|attack|attacks|campaign))?`;
/** "who funds Cambodia these days, going by the report?": asked of the sources, not of today. */
const SCOPED_TO_THE_SOURCES = new RegExp(String.raw`\b(?:going by|according to|per|based on|judging by|from|in) ${THE_SOURCES}\b`);

/** The same, as the account a question goes by, split off to the end of its context ("going by the report"). */
const SCOPED_AT_THE_END = new RegExp(String.raw`(?:^|\s)(?:going by|according to|as per|per|based on|judging by) ${THE_SOURCES}$`);

const VOTING_SERVICES = new RegExp(
  [
    String.raw`\b(?:how|where|when) (?:do|can|should|would) (?:i|we|you|people|voters?|one) (?:register|vote|cast|enrol|enroll|sign up)\b`,
    // "can i get a voter ID card?"; not the asker's work ("we run voter registration at the ministry, how do we keep
    // spies out…", "our voter registration database"), which is context for a question about attacks.
    // Nor the voter list as what an attack did something to ("did the hackers delete voters from the voter list?",
    // "was the voter roll leaked?"): a question about the attack.
    String.raw`\bregister(?:ing|ed)? (?:to|as a) vot(?:e|er)\b|(?<!\b(?:hack|hacks|hacked|hacking|hackers?|attackers?|spies|delete|deleted|deleting|tamper|tampered|alter|altered|change|changed|steal|stole|stolen|leak|leaked|wipe|wiped|breach|breached|compromise|compromised|manipulate|manipulated)\b[^.?!]*)(?<!\b(?:run|runs|running|manage|manages|managing|handle|handles|handling|oversee|oversees|work on|work in|works on|works in|working on|working in|in charge of|responsible for|our|the ministry s|the commission s) )\bvoter (?:registration|card|id|list|roll)\b(?! (?:staff|team|teams|department|unit|system|systems|database|databases|data|server|servers|computers?|officials?|officers?|workers?|laptops?|software|network)\b)(?![^.?!]*\b(?:hacked|tampered|altered|changed|stolen|leaked|wiped|breached|compromised|manipulated|deleted)\b)`,
    String.raw`\b(?:polling (?:station|place|booth)s?|where to vote|how to vote|absentee ballot|postal vote|vote by mail)\b`,
  ].join('|'),
);

/**
 * How a request for one's own use opens: "how do I", "help me", "what's the best way to", "walk me through".
 * (normalizeText has turned "what's" into "what s".)
 */
const FOR_ONESELF = String.raw`(?:how (?:do|can|could|would|should|might) (?:i|we)|how to|help (?:me|us)(?: to)?|teach (?:me|us)(?: how)? to|show (?:me|us) how to|walk (?:me|us) through(?: how to)?|(?:what s |what is |whats )?the (?:best|easiest|quickest|simplest|fastest) way to|(?:i|we) (?:want|need) to|steps to)`;
/** What follows a tool's name when a defence or a description is meant: "malware protection", "a ransomware response plan". */
const DEFENCE_OF = [
  'protections?', 'proof', 'resistant', 'scanners?', 'scans?', 'detection', 'detectors?', 'defen[cs]es?', 'removal', 'removers?',
  'filters?', 'filtering', 'blockers?', 'checks?', 'checkers?', 'training', 'awareness', 'simulations?', 'analysis', 'reports?',
  'alerts?', 'monitoring', 'rules?', 'signatures?', 'response', 'recovery', 'plans?', 'playbooks?', 'backups?', 'tests?', 'incidents?',
  'can t', 'cannot', 'won t',
  // What describes one, to write: "a malware summary", "a downloader timeline".
  'summary', 'summaries', 'overviews?', 'explainers?', 'descriptions?', 'timelines?', 'briefs?', 'briefings?', 'write ?ups?', 'lists?', 'families', 'names?',
].join('|');
/** Tools and set-ups for attacking, built or run for oneself; their defences ("malware protection") are not. */
const ATTACK_TOOL = String.raw`(?:malware|keylogger|key logger|backdoor|trojan|ransomware|botnet|rootkit|web ?shell|spyware|scanbox|exploit kit|dropper|downloader|payload|implant|phishing (?:kit|page|site|server)|(?:docx|doc|pdf|mp4|xlsx|xls|rtf|jpg|png) js(?: files?| attachments?| downloaders?)?|fake (?:login |sign ?in |news |news ?paper )?(?:page|site|website)|watering hole|c2 server|command and control server)(?! (?:${DEFENCE_OF})\b)`;
/**
 * Words that may describe the tool after its article: "a JavaScript downloader"; not "a report on malware", nor
 * "updates so malware can't get in".
 */
const TOOL_DESCRIPTION = String.raw`(?:(?!(?:on|about|for|against|to|of|with|from|that|which|anti|and|or|so|sure|up|if|when|until|because|blocking|catching|detecting|stopping)\b)[\w.-]+ ){0,2}?`;
/** Taking down a fake site that impersonates you is what its victim does. */
const TAKE_DOWN = String.raw`take down(?! (?:a |the |this |that |our |their |any )?(?:fake|phishing|spoofed|lookalike|impersonat|copycat|bogus))`;

/** Whose account is another person's: "her account", "my ex's gmail", "a journalist's inbox". */
const SOMEONE_ELSES = String.raw`(?:her|his|their|someone s|somebody s|someone else s|another person s|my (?:ex|ex wife|ex husband|wife|husband|partner|boyfriend|girlfriend|colleague|boss|neighbour|neighbor|sister|brother|friend|rival|opponent) s|(?:the |a |an )?(?:[\w-]+ ){0,2}(?:journalist|official|minister|opponent|rival|candidate|colleague|target|victim) s)`;

const ATTACK_HELP = new RegExp(
  [
    // "how do i get back into her account", "help me log into my ex's gmail": another person's account, entered
    // by the asker ("how did the hackers get into their email accounts?" asks how an attack worked).
    String.raw`\b${FOR_ONESELF} (?:get|break|hack|sneak|log|login|sign) (?:back )?(?:in ?to|into) ${SOMEONE_ELSES} (?:[\w-]+ )?(?:account|accounts|e ?mail|inbox|phone|laptop|computer|gmail|facebook|instagram|whatsapp|telegram|icloud|outlook)\b`,
    // "how do i set up responder to grab ntlm hashes from ministry laptops": others' secrets, captured by the asker.
    // "walk me through capturing ntlm hashes from a target's machine": the same, the verb as its -ing.
    // "how do I use responder to grab ntlm hashes over smb": the same, taken over the network ("how do we stop them
    // grabbing hashes over smb" keeps others from taking them).
    String.raw`\b${FOR_ONESELF}(?! (?:[\w-]+ ){0,3}?(?:stop|prevent|block|detect|spot|catch|avoid|keep|protect|defend|tell|know|check)\b)(?: [\w-]+){0,8}? (?:grab(?:bing)?|steal(?:ing)?|harvest(?:ing)?|captur(?:e|ing)|sniff(?:ing)?|dump(?:ing)?|collect(?:ing)?|crack(?:ing)?) (?:the |their |all |any )?(?:[\w-]+ ){0,2}(?:hashes|passwords|credentials|logins|cookies|session tokens) (?:from|of|off|on|over|via|through|across)\b`,
    // "help me make a file:// link that harvests SMB credentials": a thing made by the asker to take others' secrets
    // ("how do we make sure nothing that steals passwords gets in" makes no such thing).
    String.raw`\b${FOR_ONESELF} (?:make|build|create|write|craft|set up|code|put together) (?:an? |some |the |my own |our own )?(?:[\w-]+ ){0,3}?(?:link|links|file|files|page|pages|site|website|script|tool|document|e ?mail|macro|program|app|server|form|attachment)s? (?:that|which|to) (?:harvest|steal|grab|capture|dump|collect|sniff|log|record)s? (?:the |their |people s |users |victims )?(?:[\w-]+ ){0,2}(?:hashes|passwords|credentials|logins|cookies|keystrokes)\b`,
    // "set up responder so I can grab NTLM hashes from a file:// link": others' secrets, the purpose of what the asker
    // sets up ("…so we can spot stolen passwords" keeps them from being taken).
    String.raw`\bso (?:that )?(?:i|we) (?:can|could) (?:grab|steal|harvest|capture|sniff|dump|collect|crack) (?:the |their |all |any |people s |users |victims )?(?:[\w-]+ ){0,2}(?:hashes|passwords|credentials|logins|cookies|session tokens)\b`,
    // "how do I make a .docx.js file that runs when opened": a booby-trapped file, made by the asker ("how do we know
    // whether a file runs code when opened?" makes nothing).
    String.raw`\b${FOR_ONESELF} (?:make|build|create|write|craft|code) (?:an? |some |the |my own |our own )?(?:[\w-]+ ){0,3}?(?:file|files|attachment|attachments|document|documents|doc|shortcut) (?:that|which) (?:runs|executes|launches|installs|downloads|infects|drops)\b(?: [\w-]+){0,3} (?:when|once|as soon as) (?:[\w-]+ ){0,2}(?:opened|opens|open|clicked|clicks|click)\b`,
    String.raw`\bhow (?:do|can|could|would|should) (?:i|we|you|one|someone) (?:hack|phish|spear ?phish|breach|compromise|infiltrate|break into|spy on|${TAKE_DOWN}|ddos|rig|steal)\b`,
    // "need a way to hack back at these guys' servers", "how do we strike back at apt40", "tools to retaliate against
    // them": an attack on the attackers is still an attack ("did cambodia retaliate?" asks what happened).
    String.raw`\b(?:${FOR_ONESELF}|(?:a|any|some|the) (?:way|ways|tools?|means|options?) to) (?:(?:hack|strike|attack) back|retaliate|counter ?attack|counter ?hack)\b`,
    // "explain how to exploit CVE-2017-11882 step by step": a flaw used by the asker (how the group exploited it is
    // still explained, and so is what patching it stops).
    String.raw`\b${FOR_ONESELF} (?:hack|phish|spear ?phish|breach|compromise|infiltrate|break into|spy on|${TAKE_DOWN}|ddos|rig|steal(?! a march)|exploit|weaponi[sz]e)\b`,
    // "how do I spoof an email from the ministry", "what's the best way to spoof a sender address": forging and
    // breaking in, asked for oneself (how attackers spoof is still explained; "how do we disable macros" or
    // "bypass the blocking of news sites" is no attack).
    String.raw`\b${FOR_ONESELF} (?:spoof|forge(?! ahead| partnerships?| links?| ties)|fake|crack(?! down)|brute ?force)\b`,
    // "how do I cover my tracks after I break in": hiding one's own intrusion (how the group hid theirs, "their
    // tracks", is still explained).
    String.raw`\b${FOR_ONESELF} (?:hide|cover|cover up|erase|wipe|clean up) (?:my|our) (?:tracks|trail|traces|footprints)\b`,
    String.raw`\b(?:bypass|get around|get past|crack|disable|turn off) (?:the |their |his |her )?(?:2fa|mfa|two factor|two step|multi factor|password|passwords|security)(?: \w+)? (?:on|of|for) (?:someone|somebody|another|other people|a colleague|my colleague|my boss|my ex|his|her|their|an? \w+ s)\b`,
    // "make for me phishing email look like licadho": "for me" is how many learners of English say "me"; "write me a
    // realistic phishing email" asks for one as real as can be, whatever it is for.
    String.raw`\b(?:write|draft|make|create|build|craft|give) (?:(?:for )?(?:me|us) )?(?:a |an |one |some )?(?:(?:convincing|fake|good|realistic|believable|credible|authentic|real|real looking|legit looking) )?(?:phishing|phish|spear ?phishing|spear ?phish|malicious|malware|lure|decoy|spoofed)\b(?! (?:awareness|training|simulation|simulations|test|tests|exercise|exercises|drill|drills|quiz|report|reports|policy|course|workshop|session|response|plan|summary|overview|explainer|timeline|briefing|write ?up)\b)`,
    // "help me make a fake licadho email", "write a spoofed invite from the ministry": a forgery, asked for.
    // What follows the thing forged may name a second word of it first ("a fake survey request for staff training").
    String.raw`\b(?:write|draft|make|create|craft|compose|mock up|put together) (?:(?:for )?(?:me|us) )?(?:a |an |one |some )?(?:fake|forged|spoofed|bogus|phony|phoney|lookalike) (?:[\w-]+ ){0,3}(?:e ?mails?|messages?|letters?|invitations?|invites?|requests?|surveys?|questionnaires?|login pages?|sign ?in pages?|sites?|websites?|documents?|attachments?|domains?)\b(?! (?:[\w-]+ )?(?:awareness|training|simulations?|tests?|exercises?|drills?|quiz|posters?|examples? for|for (?:staff |our staff |the team )?(?:training|awareness|a drill|an exercise)))`,
    // "make me a fake invoice.docx.js that downloads a payload": a booby-trapped file, asked for.
    String.raw`\b(?:write|make|create|build|craft|code|generate) (?:me|us) (?:a |an |one |some )?(?:fake|malicious|booby ?trapped|weaponi[sz]ed|forged)\b`,
    // "send me exploit code for CVE-2017-11882": a working attack, asked for (what the flaw is stays explained).
    String.raw`\b(?:send|give|write|share|post|show) (?:me|us) (?:an? |some |the |working )?(?:exploit|exploits|payload|payloads|shellcode|poc|proof of concept)\b`,
    // "give me a step-by-step guide to phishing an opposition MP", "instructions to break into a government mail
    // server": instructions for attacking someone ("a guide to phishing awareness", or to spotting phishing, teaches
    // defence).
    String.raw`\b(?:guide|tutorial|walk ?through|instructions|steps|playbook|how ?to|manual|cheat ?sheet) (?:(?:to|for|on|about) (?:phishing|spear ?phishing|hacking|breaking into|compromising|exploiting|infecting|spying on|ddosing|doxx?ing)|to (?:phish|spear ?phish|hack|break into|compromise|exploit|infect|spy on|ddos|doxx?)) (?:an? |someone|somebody|people|my |his |her |their |(?!(?:awareness|training|defen[cs]es?|protection|prevention|attacks?|campaigns?|emails?|e mails?)\b)\w+ s )`,
    // "how would someone get into the commission's email server": the way in, asked for, not how it happened.
    String.raw`\bhow (?:do|can|could|would|should|might) (?:i|we|you|one|someone|somebody|a person) (?:get into|get access to|gain access to|break in to|sneak into|log into|hijack|take over)\b`,
    // "write me an email pretending to be from LICADHO", "…a realistic phishing email impersonating…": a forged
    // message, whatever it is called.
    String.raw`\b(?:write|draft|make|create|craft|compose) (?:(?:for )?(?:me|us) )?(?:a |an |one |some )?(?:\w+ ){0,2}(?:e ?mail|emails|message|messages|letter|text|sms|invitation|invite) (?:that s |that is |which is )?(?:pretending|impersonating|posing as|claiming to be|spoofing|as if (?:it s |it is |it was )?from|from a fake)\b`,
    // "how do I set up X on a website so it logs visitors' keystrokes": capturing other people's typing or logins.
    String.raw`\b(?:i|we|me|us|my|our)\b.*\bso (?:that )?it (?:logs?|records?|captures?|grabs?|steals?|harvests?) (?:the |their |visitors |users |people s |victims |\w+ s )?(?:keystrokes|passwords|credentials|logins)\b`,
    // "how can we host a c2 server like theirs", "help me set up a fake news site that runs ScanBox", "how do I
    // build a JavaScript downloader like AIRBREAK".
    String.raw`\b(?:${FOR_ONESELF}|how (?:do|can|could|would|should) (?:you|one|someone)) (?:set up|deploy|install|plant|spread|build|code|write|run|host|make|create|craft|develop|program) (?:an? |my own |our own )?${TOOL_DESCRIPTION}${ATTACK_TOOL}\b`,
    // The same with the verb's "up" after the tool: "how do I set a scanbox up".
    String.raw`\b(?:${FOR_ONESELF}|how (?:do|can|could|would|should) (?:you|one|someone)) set (?:an? |my own |our own )?${TOOL_DESCRIPTION}${ATTACK_TOOL} up\b`,
    // "set up a scanbox server so trainees can see it log keystrokes": an attack tool asked for by the bare imperative
    // that opens the question ("set up malware protection" is a defence: DEFENCE_OF), or its code to be written ("write a
    // JavaScript downloader disguised as a .docx"; "write a malware summary" describes one: DEFENCE_OF too).
    String.raw`^(?:please )?(?:set up|deploy|install|plant|host|build|code|write|make|create|craft|develop|program) (?:an? |my own |our own |a working |a real )?${TOOL_DESCRIPTION}${ATTACK_TOOL}\b`,
    // "walk me through setting up a scanbox server", "guide me through building a keylogger".
    String.raw`\b(?:walk|talk|guide|take) (?:me|us) through (?:setting up|deploying|installing|planting|building|coding|writing|running|hosting|making|creating|crafting|developing) (?:an? |my own |our own )?${TOOL_DESCRIPTION}${ATTACK_TOOL}\b`,
    // "how do I send an email that looks like it comes from LICADHO", "how can we make a message appear to be from the
    // ministry": a forged sender, asked for ("…looks like it comes from us" is the asker's own name, abused by others).
    String.raw`\b${FOR_ONESELF} (?:send|write|make|create|craft|forge|compose|draft) (?:an? |some |the |my |our )?(?:[\w-]+ ){0,2}?(?:e ?mails?|messages?|letters?|invitations?|invites?|texts?) (?:that |which )?(?:looks?|appears?|seems?) (?:like (?:it (?:s |is |was )?)?(?:comes?|came|coming|is|was|s) |to (?:come|be) )?(?:from|in the name of) (?!(?:us|me|our|my|ourselves)\b)`,
    String.raw`\b${FOR_ONESELF} make (?:an? |the |my |our )?(?:[\w-]+ )?(?:e ?mails?|messages?) (?:look|appear|seem) (?:like (?:it )?(?:comes?|came) |to come |to be )?from (?!(?:us|me|our|my|ourselves)\b)`,
    // "help me register a lookalike domain to phish reporters": anything set up by the asker for the purpose of an
    // attack ("how do we register lookalike domains of our own name" is a defence, and has no such purpose).
    String.raw`\b${FOR_ONESELF} (?:register|buy|set up|make|create|build|host|spin up|get|send|write) (?:[\w-]+ ){0,8}?to (?:phish|spear ?phish|hack|spy on|infect|trick|fool|impersonate|break into) (?!(?:them|us|me|you|our|ourselves)\b)`,
    // "where can I download AIRBREAK so I can use it on someone": the group's tools, or any attack tool, to obtain
    // ("where can I download the indicators" asks for what defends, and is answered).
    String.raw`\bwhere (?:can|could|do|would|should) (?:i|we) (?:download|get|buy|find|obtain|get hold of) (?:an? |the |some |a copy of (?:the )?)?(?:airbreak|orz|eviltech|dadbod|homefry|murkytop|badflick|lunchmoney|photo|china chopper|gh0st|${TOOL_DESCRIPTION}${ATTACK_TOOL})\b|\bso (?:that )?(?:i|we) (?:can|could) use it (?:on|against) (?!(?:my|our) own\b)(?:someone|somebody|people|him|her|them|my|a|an|the)\b`,
    // "which ports should I scan on the Senate's network to find a way in": probing someone else's network ("should
    // we scan our network for the indicators?" checks one's own).
    String.raw`\b(?:which|what) (?:ports?|hosts?|services?|ips?|machines?|servers?) (?:should|can|could|do|would) (?:i|we) (?:scan|probe|port ?scan|fingerprint|enumerate|hit|target)\b(?! (?:on |in |of )?(?:my|our)\b)`,
    // "how do I dump windows passwords like homefry does", "how to harvest credentials": others' secrets, taken by the
    // asker the way a tool does, or with nothing after ("how do we tell if they dumped credentials" is a defence).
    String.raw`\b${FOR_ONESELF}(?! (?:[\w-]+ ){0,3}?(?:stop|prevent|block|detect|spot|catch|avoid|keep|protect|defend|tell|know|check)\b)(?: [\w-]+){0,8}? (?:dump(?:ing)?|steal(?:ing)?|harvest(?:ing)?|crack(?:ing)?|grab(?:bing)?) (?:the |their |all |any )?(?:[\w-]+ ){0,2}(?:hashes|passwords|credentials|logins|cookies)(?: (?:like|the way|the same way|as) |$)`,
    // "how to copy files out to dropbox without getting caught", "how do I evade EDR": an intrusion kept hidden from
    // its victims' defenders (how the group hid its traffic is still explained).
    String.raw`\b${FOR_ONESELF} (?:[\w-]+ ){0,3}?(?:exfiltrate|exfil|steal|copy|upload|smuggle|sneak|hack|break into|get into|spy on|install|deploy|plant|infect|access|scan|dump|siphon)(?: [\w-]+){0,8}? without (?:getting |being )?(?:caught|detected|noticed|spotted|traced|flagged)\b`,
    String.raw`\b${FOR_ONESELF} (?:evade|bypass|get past|get around|dodge|slip past) (?:the |an? |their |any )?(?:[\w-]+ )?(?:edr|av|antivirus|anti virus|defender|detection|detections|firewall|ids|ips|spam filter|email filter|e mail filter)\b`,
    // "give me code for one-way c2 over github": code for an attack tool or channel, asked for.
    String.raw`\b(?:give|send|write|show|share) (?:me|us) (?:an? |some |the )?(?:working |functional |ready |full )?(?:code|script|scripts|program|poc|proof of concept) for (?:an? |the )?${TOOL_DESCRIPTION}(?:${ATTACK_TOOL}|c2|cnc|c and c|command and control)\b`,
    // "give me working AIRBREAK code that I can use": a working tool's code, asked for (not "give me examples of…").
    String.raw`\b(?:give|send|share|get) (?:me|us) (?:the |some |a )?(?:working|functional|live|weaponi[sz]ed|ready to use|ready to run) (?:[\w-]+ ){0,2}(?:code|script|scripts|exploit|exploits|malware)\b`,
    // "give me working AIRBREAK source code so I can deploy it": a tool's code or sample, asked for to run.
    String.raw`\b(?:give|send|share|get) (?:me|us) (?:the |some |a )?(?:working |functional |full |real |actual |live )?(?:[\w-]+ ){0,2}(?:source code|malware samples?|binary|binaries|payloads?|implant)\b|\b(?:code|script|sample|binary|payload|malware) so (?:that )?(?:i|we) (?:can|could) (?:deploy|run|launch|install|plant|spread|use)\b`,
    // "give me working code to harvest NTLM hashes": code that does the attack, asked for.
    // "give me a script that dumps windows passwords": the same with an article, the verb agreeing with the tool.
    String.raw`\b(?:give|send|write|show|share) (?:me|us) (?:an? |some |the )?(?:working |functional |ready |full )?(?:code|script|scripts|tool|tooling|program|payload|poc|proof of concept) (?:to|that|which|for) (?:harvest|steal|grab|capture|dump|crack|phish|hack|spy|log|record|bypass|break)(?:s|es)?\b`,
    // "write me a javascript downloader like the docx.js ones": an attack tool made for the asker by the bot
    // ("give me a malware overview" is no such request: giving is not among the verbs).
    String.raw`\b(?:write|code|build|make|create|craft|program|develop|generate) (?:me|us) (?:an? |some |my own |our own )?${TOOL_DESCRIPTION}${ATTACK_TOOL}\b`,
  ].join('|'),
);

/**
 * "give me the login password for the NEC portal", "what's the wifi password?": asking for a secret, not
 * about one ("what's a password manager", "I need to change passwords for our staff", "did they steal
 * passwords?" are questions the knowledge answers).
 */
const CREDENTIALS = new RegExp(
  // "what was the CNRP MP's email password?": someone's password, asked as theirs.
  // Not a possessor inside a clause: "what's the thing that grabbed people's windows passwords?" asks for a tool.
  String.raw`\bwhat (?:was|were|is|are|s) (?:the )?(?:(?!(?:that|which|who)\b)[\w-]+ ){1,5}s (?:[\w-]+ )?(?:password|passwords|passcode|pin|login details)$|` +
  // "…and what was her password?": the same person's, named by a pronoun after the first half named them.
  String.raw`\bwhat (?:was|were|is|are|s) (?:his|her|their) (?:[\w-]+ )?(?:password|passwords|passcode|pin|login details)$|` +
  // "what password did the operators use for their panel?": the secret itself ("what passwords did they steal" is answered).
  String.raw`\bwhat (?:password|passcode|pin)s? (?:did|do|does) (?:the |their |his |her )?(?:[\w-]+ ){0,4}(?:use|set|choose|pick|type|enter)\b|` +
  // "what password did they crack at the ministry?", "what was the exact password DADBOD stole?": one secret itself,
  // whoever took it ("what passwords did they steal" asks what kind, and is answered).
  // "what was the c2 password?": the secret itself, named last ("what's the best password?" asks for advice).
  String.raw`\bwhat (?:was|were|is|s) (?:the|their|its|his|her) (?!(?:best|strongest|safest|ideal|recommended|right|minimum|most secure)\b)(?:[\w-]+ ){0,2}(?:password|passcode|pin)\s*$|` +
  // "the password the hackers used on the election commission", left when "my editor wants" has gone: the secret itself,
  // its clause right after it ("the password cracker they used" is a tool).
  String.raw`^(?:the|their|his|her) (?:[\w-]+ ){0,2}?(?:password|passcode|pin)s? (?:that |which )?(?:the|they|he|she|its|their) (?:[\w-]+ ){0,2}(?:used|set|chose|picked|typed|entered)\b|` +
  String.raw`\bwhat (?:password|passcode) (?:did|was|were)\b|\b(?:what|which) (?:was|is|were) (?:the |their |his |her )?(?:exact|actual|specific|real) (?:password|passcode)\b|` +
  // Not advice on them: "what's the advice on passwords", "tell me about passwords", "what are the rules for logins".
  String.raw`\b(?:give|send|share|tell|show|get|need|want|whats|what s|what is|what are|look up|dig up|pull up|provide|supply|disclose|furnish)(?: (?:me|us))?(?: (?:the|a|an|your|his|her|their|our|its))?(?: (?!(?:to|on|about|advice|tips?|guidance|rules?|recommendations?|policy|policies|practices?|best|strongest|safest)\b)[\w-]+){0,3}? (?:password|passwords|passcode|passcodes|login|logins|credentials|pin|pins|otp|2fa code|2fa codes)(?= (?:for|to|of|at|on)\b|$)`,
);

/** What a verdict on a person calls them. */
const JUDGEMENT = String.raw`(?:good|bad|great|terrible|awful|corrupt|evil|honest|decent|competent|incompetent|legit|legitimate|trustworthy|dictator|tyrant|hero|villain|criminal|liar)`;
/** States and blocs, as one may be asked to act against another. */
const STATE = String.raw`(?:cambodia|china|the us|the usa|the united states|america|the eu|asean|japan|the west|the cambodian government|the chinese government|the us government|phnom penh|beijing|washington)`;
/** A state, bloc or state-linked firm acted against, in the words people use for it. */
const OTHER_STATE = String.raw`(?:cambodia|cambodian|china|chinese|the us|us|usa|american|america|the eu|eu|european|asean|japan|japanese|beijing|phnom penh|washington|huawei|zte)`;
/**
 * The bot's own view, or a verdict on a person or a side: "your opinion?", "what do you think of hun sen",
 * "is hun sen a good leader", "was he actually guilty or not", "who should I vote for". Not what the sources
 * judged ("what did rights groups say about the charges?").
 */
const OPINION = new RegExp(
  [
    // A judgement "of" someone or something ("your opinion of hun sen", "what do you think of the CPP"), or the
    // bot's opinion asked on its own ("…or not? your opinion"); "your take on 2FA" or "what do you think about
    // using signal" asks for advice.
    String.raw`\b(?:your|ur) (?:own |personal |honest )?(?:opinion|view|take|verdict|gut feeling) of\b|^(?:and |so )?(?:your|ur) (?:own |personal |honest )?(?:opinion|view|verdict)\W*$` +
      // The same asked as "…, what do you reckon?" after a question, which the reading sets apart.
      String.raw`|^(?:and |so )?what do you (?:personally )?(?:think|reckon)\W*$` +
      // The bot's view asked first, then a yes-or-no question for it to judge: "in your opinion was the vote legit?".
      String.raw`|^(?:and |so )?in (?:your|ur) (?:own |personal |honest )?(?:opinion|view)\W* (?:is|was|are|were|did|does|do|has|have|had)\b`,
    String.raw`\bwhat (?:do|would) you (?:personally )?(?:think|reckon|feel) of\b`,
    String.raw`\bdo you (?:personally )?(?:think|reckon|believe|feel) (?:that )?(?:[\w-]+ ){1,4}(?:is|was|are|were) (?:a |an )?${JUDGEMENT}\b`,
    String.raw`\b(?:is|was) (?!there\b)(?:[\w-]+ ){1,3}(?:a |an )?(?:good|bad|great|terrible|awful|corrupt|evil|honest|decent|competent|incompetent) (?:leader|man|person|guy|pm|prime minister|president|politician|ruler|king|party|government)\b`,
    // The same said as a statement, as learners of English ask it, alone or after the bot's view is asked: "hun sen is
    // good leader or no?", "what is your opinion, hun sen is good leader?".
    String.raw`(?:^|\b(?:opinion|view|verdict|think|reckon|believe) )(?!(?:how|what|which|who|whom|why|when|where|is|was|are|were|do|does|did|not)\b)(?:[\w-]+ ){1,3}(?:is|was) (?:a |an )?(?:good|bad|great|terrible|awful|corrupt|evil|honest|decent|competent|incompetent) (?:leader|man|person|guy|pm|prime minister|president|politician|ruler|king|party|government)\b`,
    // The same typed without "is", as learners of English and people in a hurry write it: "hun sen good leader or not?".
    String.raw`^(?!(?:how|what|which|who|whom|why|when|where|is|was|are|were|do|does|did|not)\b)(?:[\w-]+ ){1,3}(?:a |an )?(?:good|bad|great|terrible|awful|corrupt|evil|honest|decent|competent|incompetent) (?:leader|man|person|guy|pm|prime minister|president|politician|ruler|king|party|government)(?: or (?:not|no|bad|good))?$`,
    String.raw`\b(?:is|was) (?:[\w-]+ ){1,3}(?:actually |really |truly )(?:guilty|innocent)\b|\b(?:guilty|innocent) or not\b`,
    // A bare verdict on a person or a side, as chat puts it: "is hun sen corrupt tbh", "was he a crook?" (files or data are corrupt in another sense).
    String.raw`\b(?:is|was|are|were) (?!there\b)(?!(?:[\w-]+ ){0,2}(?:files?|data|documents?|docs?|attachments?|downloads?|archives?|pdfs?|drives?|disks?|records?|logs?|databases?|images?|videos?)\b)(?:[\w-]+ ){1,3}(?:actually |really |just |basically )?(?:corrupt|a dictator|a tyrant|a villain|a crook|a criminal|a liar|the villains?|the baddies)(?=\s*(?:here|in (?:this|all this|the story))?\s*[?!.]*$)`,
    // A side called another's puppet: "is hun sen a puppet of china?", "is cambodia just china's pawn".
    String.raw`\b(?:is|was|are|were) (?!there\b)(?:[\w-]+ ){1,5}(?:puppets?|pawns?|stooges?|lackeys?|vassals?)\b`,
    String.raw`\b(?:who|which party|which candidate|what party) should (?:i|we|people|cambodians|voters) (?:vote for|support|back)\b`,
    // The same asked of anyone ("which party should diplomats back?"), or of a party or person named ("should I vote
    // for the cpp?"); "which files should we back up" is advice.
    String.raw`\b(?:which party|which candidate|what party|which side) should (?:[\w-]+ ){1,2}(?:vote for|support|back(?! up\b))\b`,
    String.raw`\bshould (?:i|we|people|cambodians|voters) vote for\b`,
    // Whether one state is good or bad for another ("is china good for cambodia?"): a verdict on a side.
    String.raw`\b(?:is|was|are|were) ${OTHER_STATE} (?:good|bad|a good thing|a bad thing|great|terrible|harmful|dangerous) for ${OTHER_STATE}\b`,
    String.raw`\b(?:which|what) (?:party|side|candidate) is (?:better|right|the good guys?)\b|\bwho (?:is|was) (?:in the right|the good guy)\b`,
    // The same verdict as a ranking of two: "who is more corrupt, hun sen or kem sokha?".
    String.raw`\b(?:who|which (?:one|party|side|leader|politician|man)) (?:is|was|are|were) (?:more|less|the most|the least) ${JUDGEMENT}\b`,
    // What a state or bloc ought to do to another ("should cambodia ban chinese tech firms?", "should the US
    // sanction china over this?", "should cambodia stop taking chinese money?"): a policy verdict, not what the
    // sources report it did.
    String.raw`\b(?:(?:should|shouldn t) ${STATE}|${STATE} (?:ought to|should|shouldn t)) (?:ban|sanction|boycott|punish|retaliate against|(?:cut|break|sever|break off)(?: (?:diplomatic|economic|trade|all))? (?:ties|relations) with|expel|kick out|leave|quit|withdraw from|pull out of|stop (?:being |be )?(?:friends?|allies|ally|partners?) (?:with|of)|stop (?:trusting|trading with|working with|dealing with)|(?:stop |keep )?(?:taking|accepting|refusing|turning down)(?: (?:aid|money|loans?|cash|donations?|investment|help) from)?|(?:take|accept|refuse|turn down|trust|rely on|depend on|distance itself from)) (?:[\w-]+ ){0,2}?${OTHER_STATE}\b`,
    // The same in the passive: "do you think china should be sanctioned for this?".
    String.raw`\b${STATE} (?:ought to|should|shouldn t) be (?:banned|sanctioned|boycotted|punished|expelled|held (?:to )?account(?:able)?)\b`,
    // The bot's view of a state as a whole: "what do you think about china?" ("what do you think about using
    // signal?" asks for advice).
    String.raw`\bwhat (?:do|would) you (?:personally )?(?:think|reckon|feel) about ${OTHER_STATE}\s*[?!.]*$`,
    // What would have happened otherwise ("would the cnrp have won if it hadn't been banned?", "who would have lost
    // without the hacks?"): a guess no source makes.
    // Only a vote won or lost: "would 2FA have beaten the phish?" and "would the attackers have lost access?" are
    // questions about security.
    String.raw`\bwould (?:(?!not\b)[\w-]+ ){0,4}(?:have|ve) (?:won|lost)\b(?! (?:access|data|files|control|their|its|the (?:files|data|access)))(?=.*\b(?:elections?|votes?|seats|polls?|if|without|had(?:n t)?)\b)`,
    // ("was the fireeye report just american propaganda?" is no verdict asked of the bot: it doubts the attribution,
    // and is answered with who made it and on what evidence.)
  ].join('|'),
);

/**
 * "can she sue the Chinese government in a US court?", "can i sue fireeye…? what are my chances": a case, or
 * its chances asked bare or in court ("what are my chances of being targeted?" asks about risk); the asker's own
 * court, case or lawyer ("which court do I go to?", "what would my legal case be?").
 */
const LEGAL_ADVICE = /\b(?:which|what) courts? (?:do|should|can|could|would|will) (?:i|we) (?:go to|file (?:in|with|at)|sue (?:in|at)|bring (?:it|this|a case)|take (?:it|this|them|the case))\b|\bwhat (?:would|will|is|are|could) (?:my|our) (?:legal )?(?:case|cases|claim|claims|legal options)(?: be)?\s*[?.!]*$|\b(?:do|should|would) (?:i|we) (?:need|get|hire) (?:a )?lawyers?\b|\b(?:can|could|should|would) (?:i|we|she|he|they|my client|our client|my company|our (?:party|ngo|organi[sz]ation|company|newsroom)) (?:sue|take [\w ]{1,30} to court|press charges|file a (?:lawsuit|legal complaint))\b|\bis it (?:legal|illegal|lawful|unlawful|against the law|a crime) (?:for (?:me|us|my \w+|our \w+) )?to\b|\bwhat are (?:my|our|her|his|their) chances(?: (?:in court|of winning|of (?:a )?(?:suing|lawsuit|case)|if (?:i|we|she|he|they) sue)\b|\W*$)/;

/** Mail and cloud services by name, compared as products ("is protonmail better than gmail"); not messaging apps, which the advice compares ("is signal better than whatsapp?"). */
const BRAND = String.raw`(?:gmail|google mail|outlook|hotmail|yahoo(?: mail)?|proton ?mail|proton|tutanota|tuta|icloud|dropbox|google drive|onedrive)`;

/** How a request to the bot opens, when it does not open with the verb itself: "can you …", "please …". */
const ASKING_THE_BOT = String.raw`(?:(?:can|could|would|will) you |please |pls )`;
/** How a request to the bot starts: "can you …", "please …", or the verb itself. */
const ASKED_OF_THE_BOT = String.raw`^${ASKING_THE_BOT}?`;
const OTHER_TASK = new RegExp(
  [
    String.raw`${ASKED_OF_THE_BOT}(?:translate|transcribe|summari[sz]e this|proofread)\b`,
    String.raw`${ASKED_OF_THE_BOT}(?:recommend|suggest) (?:me )?(?:a|an|some) (?:good |great |nice )?(?:book|books|film|films|movie|movies|show|series|restaurant|restaurants|song|songs|podcast|podcasts|game|games|hotel|hotels)\b`,
    String.raw`${ASKED_OF_THE_BOT}(?:write|compose) (?:me |us )?(?:a |an )?(?:poem|song|story|essay|joke|limerick|haiku|cover letter|speech)\b`,
    String.raw`${ASKED_OF_THE_BOT}tell (?:me |us )?a (?:joke|story)\b`,
    // Words in another language: "how do you say good morning in Khmer", "what's the Khmer word for phishing",
    // "what's the Khmer for 'good morning'".
    String.raw`\bhow (?:(?:do|would|can|should) (?:you|i|we|one)|to) (?:say|write|spell|pronounce) (?:[\w-]+ ){1,6}in (?:khmer|english|french|chinese|mandarin|thai|vietnamese|lao|spanish|german)\b|\bwhat (?:is|s) the (?:khmer|french|chinese|mandarin|thai|vietnamese|lao) (?:(?:word|term|phrase) )?for\b`,
    String.raw`\bhow (?:do i|do you|can i|to) (?:make|build|create|code) (?:a |an |my own )?(?:website|web site|app|game|logo|blog)\b`,
    // A career or a hobby, the asker's own: "how do i become a hacker", "how can i learn hacking" (how the group's
    // hackers learnt or were recruited stays a question of the sources).
    String.raw`\b(?:how (?:do|can|could|should|would) (?:i|we)|how to|(?:i|we) (?:want|wanna|would like|d like) to) (?:(?:become|be|train as|turn into) (?:an? )?(?:(?:ethical|white hat|black hat|pro|professional|real|good|better) )?hackers?|(?:learn|start|get into|get good at) (?:to )?hack(?:ing)?)\b`,
    // Help with the asker's own code: "my python script throws KeyError", "my pandas dataframe throws an error when I
    // merge", "my React useEffect keeps looping". Errors only programmers meet are enough alone; the group's
    // scripts and JavaScript downloaders are someone else's code, and stay questions.
    String.raw`\b(?:my|our) (?:[\w-]+ ){0,2}(?:python|javascript|typescript|react|php|sql|css|html|pandas|numpy|dataframe|code|script|function|regex|query|component|useeffect|compiler|excel formula|spreadsheet formula)s? (?:[\w-]+ ){0,4}?(?:throws?|throwing|keeps|crash(?:es|ing)?|errors?|exceptions?|bugs?|broken|won t (?:compile|run|work)|doesn t (?:compile|run|work)|not (?:compiling|working)|loops?|looping|fails?)\b`,
    String.raw`\b(?:keyerror|typeerror|valueerror|indexerror|attributeerror|syntaxerror|referenceerror|nullpointerexception|segfault|segmentation fault|useeffect|stack overflow error)\b`,
    // Weather ("weather in phnom penh tomorrow?"): "weather" before a place or a day, not the misspelt
    // "whether" of "weather they were hacked".
    String.raw`\b(?:weather|forecast) (?:in|for|at|like|tomorrow|today|tonight|this (?:week|weekend))\b|\b(?:what s|whats|how s|hows) the weather\b|\bweather forecast\b|\b(?:will it|it ll|it will|is it going to|is it gonna) (?:rain|snow|storm|be sunny|be hot|be cold)\b`,
    // Sport: "who won the cambodia vs china football match", "score in the cambodia game".
    String.raw`\b(?:football|soccer|basketball|volleyball|cricket|badminton|sea games|world cup|premier league|champions league|olympics)\b|\b(?:score|result) (?:of|in) the (?:[\w-]+ ){0,3}(?:match|game|derby)\b`,
    // The sky's timetable: "what time is sunset", "when is sunrise in phnom penh".
    String.raw`\b(?:what time|when) (?:is|s|does) (?:the )?(?:sunset|sunrise|sun (?:set|rise|go down|come up))\b`,
    // Whether a journey is safe: "is it safe for me to travel to Phnom Penh next month?", a question for the
    // traveller's own security advisers and their government's travel advice ("is it safe to open the file?" stays).
    String.raw`\b(?:is it|would it be|will it be|is cambodia|is phnom penh) (?:still )?safe (?:for (?:me|us|a [\w-]+|journalists?|reporters?|foreigners?|activists?|diplomats?) )?(?:to )?(?:travel|fly|visit|return|move|live|go (?:back )?(?:to|there|home))\b|\bsafe to (?:travel|fly) (?:to|in)\b`,
    // The time of day somewhere: "what time is it in phnom penh".
    String.raw`\bwhat time is it\b|\bwhat s the time (?:in|at)\b`,
    // Travel papers and bookings: "how do I get a Cambodian visa on arrival", "can I renew my passport online".
    String.raw`\b(?:how (?:do|can|should|would) (?:i|we|you|one)|how to|where (?:do|can) (?:i|we)|can (?:i|we)) (?:get|apply for|obtain|renew|book|extend|buy) (?:a |an |my |our |the )?(?:[\w-]+ ){0,2}(?:visa|visas|passport|passports|flight|flights|plane ticket|plane tickets|hotel room|work permit)\b`,
    // Medicine: "what sleeping pills should I take", and "what should I take for it?" after a symptom, which
    // asks for a remedy ("what steps should I take" names what it takes, and stays a question for the bot).
    String.raw`\b(?:what|which) (?:[\w-]+ ){0,2}(?:pills?|medication|medications|medicine|medicines|drugs?|tablets?|dose|dosage) (?:should|do|can|could) (?:i|we|you|one) (?:take|use|try)\b`,
    String.raw`\bwhat (?:should|can|could|do|would you recommend) (?:i|we) take (?:for (?:it|this|that|my|the (?:pain|stress|anxiety|headaches?|nerves))|to (?:calm down|sleep|relax|stop (?:the|my) (?:pain|panic|anxiety)))\b`,
    // A price: "how much does FireEye charge for its reports", "what do they charge to investigate": the other
    // sense of "charge", a vendor's fee, which no source gives (criminal charges, "what was he charged with", stay).
    String.raw`\bhow much (?:does|do|did|would|will|might|could) (?:[\w.-]+ ){1,4}charge\b|\bwhat (?:does|do|would|will) (?:[\w.-]+ ){1,3}charge (?:for|to)\b|\bhow much (?:is|are|was|were) (?:the )?(?:fees?|prices?|subscriptions?)\b`,
    // Shopping advice: "which fireeye product should we buy", "what antivirus should I purchase".
    String.raw`\b(?:which|what) (?:[\w-]+ ){0,2}(?:product|products|tool|tools|software|antivirus|anti virus|vendor|vendors|service|services|subscription|licen[cs]e)s? (?:should|do|would|could|can) (?:i|we|you|they|our \w+) (?:buy|purchase|subscribe to|pay for)\b`,
    // A brand or model to buy: "which yubikey model should I order", "which VPN company do you recommend" (the
    // kinds of protection the sources advise, such as "should we use a password manager?" or "what authenticator
    // app should I download?", are still answered).
    // Also for the asker's office by what it is: "which firewall brand should a small election office get".
    String.raw`\b(?:which|what) (?:[\w-]+ ){0,2}(?:brand|brands|model|models|make|company|companies|vendor|vendors|provider|providers|product|products)s? (?:should|do|would|could|can) (?:i|we|you|they|our \w+|(?:an? |the |our )(?:[\w-]+ ){0,3}(?:office|ngo|newsroom|team|organi[sz]ation|campaign|party|ministry|commission|embassy)) (?:buy|purchase|order|pay for|recommend|get|choose|pick|go with)\b`,
    // A product handed over, as chat asks for it: "gimme a good vpn for journos", "recommend me a decent antivirus".
    String.raw`${ASKED_OF_THE_BOT}(?:give|recommend|suggest|find|get) (?:me |us )?(?:a |an |some )?(?:good|decent|solid|reliable|cheap|free|safe|secure|trustworthy|great|legit) (?:vpn|vpns|antivirus|anti virus|laptop|laptops|phone|phones|router|routers|browser|browsers|email provider|e ?mail provider)\b`,
    // A named device or key to buy, or the best device for someone: "which yubikey should I buy", "what's the best
    // laptop for a journalist" (whether a security key helps is advice the sources give).
    String.raw`\b(?:which|what) (?:yubikeys?|yubi keys?|laptops?|phones?|smartphones?|routers?|computers?|tablets?) (?:should|do|would|could|can) (?:i|we|you|they|our \w+) (?:buy|purchase|order|get)\b`,
    // "what's the best firewall for the ministry?": a product again (which kind of protection helps is advice).
    String.raw`\bwhat (?:s|is) the (?:best|safest|most secure|cheapest) (?:laptops?|phones?|smartphones?|routers?|computers?|tablets?|antivirus|anti virus|vpns?|firewalls?|backup (?:software|services?|tools?)|(?:e ?mail|spam|mail) (?:filters?|providers?))(?: (?:for|to)\b|\s*[?!.]*$)`,
    // A kind of product the sources name no brand of, to pick: "what backup software should we use", "which vpn
    // service would you recommend" (password managers and messaging apps, which the advice compares, are answered).
    String.raw`\b(?:which|what) (?:backup|antivirus|anti virus|firewall|vpn|endpoint protection|spam filter|e ?mail filtering|mail filtering)(?: (?:software|program|programs|product|products|tool|tools|service|services|provider|providers|app|apps|solution|solutions))? (?:should|would|do|could|can) (?:i|we|you|they|our \w+) (?:use|install|get|choose|pick|go with|recommend)\b`,
    // Also typed without "the" or "to": "best vpn buy for journalist?".
    String.raw`\b(?:the )?(?:best|cheapest|top) (?:[\w-]+ ){0,3}(?:brand|model|product|antivirus|vpn|router|laptop|phone|key)s? (?:(?:to )?(?:buy|order|purchase)|on the market|for the money)\b`,
    // The safest or best of a kind of product: "which cloud storage is safest for our campaign files", "what email
    // provider is the most secure". (Which kind of protection helps, "is a security key safer than SMS codes?", is
    // advice the sources give.)
    String.raw`\b(?:which|what) (?:[\w-]+ ){0,2}(?:storage|service|services|provider|providers|brand|brands|product|products|software|antivirus|vpn|vpns|browser|browsers|router|routers|laptop|laptops|phone|phones|company|companies)s? (?:is|are) (?:the )?(?:safest|best|most secure|most private|cheapest|most trusted)\b`,
    // One brand against another: "is protonmail better than gmail", "is telegram safer than signal". The sources
    // say what end-to-end encryption and security keys do, and rank no mail or storage services.
    String.raw`\b(?:is|are) ${BRAND} (?:any |much |really )?(?:better|safer|more secure|more private|worse|less safe) than ${BRAND}\b`,
    // A document written for the asker: "write a policy for our staff on phishing", "give me a lesson plan". The
    // sources give advice, not the asker's own policies or courses ("what should our policy on attachments be?" and
    // "did the NEC have a policy?" are questions, and stay).
    String.raw`^(?:please )?(?:write|draft|compose|prepare|design|create|make|put together) (?:me |us )?(?:a |an |our |the )?(?:[\w-]+ ){0,2}(?:polic(?:y|ies)|lesson plans?|curriculum|syllabus|training plans?|slide ?decks?|powerpoint|press releases?)\b|\b(?:give|write|draft|make|prepare|design|create) (?:me|us) (?:a |an |some )?(?:[\w-]+ ){0,2}(?:polic(?:y|ies)|lesson plans?|curriculum|syllabus|training plans?|slide ?decks?|powerpoint|press releases?)\b`,
    // Work on the asker's own device or account, asked of the bot: "can you scan my laptop for malware", "can you
    // reset my email password for me". The bot reaches no device. ("can you check my password is strong?" asks
    // for the advice, which answers it.)
    String.raw`^${ASKING_THE_BOT}(?:please )?(?:scan|clean|fix|repair|reset|recover|unlock|unhack|restore|wipe) my (?:[\w-]+ )?(?:laptop|computer|pc|mac|phone|iphone|android|device|devices|account|accounts|e ?mail|inbox|password|router|wifi|network|files?)\b`,
    // Something sent outside the chat, asked of the bot: "can you email me the fireeye report as a pdf", "send me the
    // report as a word file", "text me the summary". The bot replies in the chat only. ("send me the list of
    // targets" asks for the answer here, and is answered.)
    String.raw`${ASKED_OF_THE_BOT}(?:please )?(?:e ?mail|text|sms|fax|whatsapp) (?:me|us)\b`,
    String.raw`${ASKED_OF_THE_BOT}(?:please )?(?:send|give|forward|share) (?:me|us) (?:[\w-]+ ){1,5}(?:as|in) (?:a |an )?(?:pdf|word file|word document|word doc|docx|zip|attachment)\b`,
    // A watch kept for the asker later: "alert me if apt40 attacks cambodia again", "notify us when there is a new
    // report". The bot answers when asked and keeps no watch. ("remind me what airbreak does" and "let me know if
    // the senate was hit" are questions, and are not read so.)
    String.raw`${ASKED_OF_THE_BOT}(?:please )?(?:alert|notify|ping|warn|update) (?:me|us) (?:if|when|whenever|as soon as|once|the next time|next time)\b|${ASKED_OF_THE_BOT}(?:please )?keep (?:me|us) (?:posted|updated|in the loop)\b`,
  ].join('|'),
);

/**
 * Why a question must be declined regardless of the knowledge, or undefined when it may be answered. A word
 * English lacks, one slip from an everyday word, is read as that word too: "who's her husbsnd", "wrte me a
 * phishing emal".
 */
export function outOfScope(question: string, context = ''): OutOfScope | undefined {
  // "Ben Read's phone" must still read as a possessive.
  const text = normalizeKeepingPossessives(question);
  // "…these days, going by the report?": the account the question goes by may have been read as its context, where
  // it is the last thing (read-message's splitAttribution); the rest of the context scopes nothing.
  const scoped = SCOPED_AT_THE_END.test(normalizeText(context));
  const reason = outOfScopeText(text, scoped);
  if (reason) return reason;
  const mended = withEverydaySlipsMended(text, TYPOS.everydaySlipMinLength);
  const mendedReason = mended === text ? undefined : outOfScopeText(mended, scoped);
  if (mendedReason) return mendedReason;
  // Short words too, for attack help only: "wrte me a phishing emal" (but "the nec's wifi" is no "wife").
  const short = withEverydaySlipsMended(text, TYPOS.attackHelpSlipMinLength);
  return short !== text && ATTACK_HELP.test(short) ? 'attack-help' : undefined;
}

function withEverydaySlipsMended(text: string, minLength: number): string {
  return text.replace(/[a-z]+/g, (word) => everydayWordMeant(word, minLength) ?? word);
}

function outOfScopeText(text: string, scoped: boolean): OutOfScope | undefined {
  // Most questions hold none of the words any of the kinds needs, and its pattern is not run (pattern-prefilter.ts).
  const might = KIND_PREFILTER.mightMatch(text);
  for (let i = 0; i < KIND_PATTERNS.length; i++) {
    if (!might[i]) continue;
    const [kind, pattern] = KIND_PATTERNS[i]!;
    if (!pattern.test(text)) continue;
    if (kind === 'not-yet-known' && (scoped || SCOPED_TO_THE_SOURCES.test(text) || asksTheLatestName(text) || GROUP_STILL_ACTIVE.test(text) || INDICATORS_STILL_USEFUL.test(text))) continue;
    return kind;
  }
  return undefined;
}

/** Each kind of question to decline with the pattern that finds it, in the order they are looked for. */
const KIND_PATTERNS: readonly (readonly [OutOfScope, RegExp])[] = [
  ['private-details', PRIVATE_DETAILS],
  ['private-remarks', PRIVATE_REMARKS],
  ['not-yet-known', NOT_YET_KNOWN],
  ['voting-services', VOTING_SERVICES],
  ['attack-help', ATTACK_HELP],
  ['credentials', CREDENTIALS],
  ['opinion', OPINION],
  ['legal-advice', LEGAL_ADVICE],
  ['other-task', OTHER_TASK],
];
const KIND_PREFILTER = new PatternPrefilter(KIND_PATTERNS.map(([, pattern]) => pattern));
