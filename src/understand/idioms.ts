import { everydayWordMeant } from '../search/word-commonness.ts';
import { AUXILIARY, WH_WORD } from './question-openers.ts';
import { PatternPrefilter } from './pattern-prefilter.ts';

/**
 * Idioms whose words say nothing of their meaning, read as the plain words they mean: "what does spear phishing
 * mean?" (or what a name "stands for") asks what it is; "how come" asks why, and why someone "singled out" something asks why they called it
 * significant; "what were the spooks after" and "why did they do it" ask their motive, but a kind of victim they are
 * "after" ("which ministries", "who") is whom they target, and what a tool is after what it steals; to "set their sights
 * on", "have it in for" or "aim at" someone is to target them, and what a thing is "built to" do is what it does; "pulling the strings" is who
 * is behind it, and "who did it" asks who is responsible, who "ran" an operation who was behind it; to "pull it
 * off" is to do it; malware
 * "calls back", "calls home" or "phones home" to a command server, and so does a file or script that "talks to" one;
 * "easy pickings" are easy targets; the body "responsible for running elections" is the election commission, and
 * people who "go to the polls" vote; "government departments" are its ministries; a "LICADHO-themed" phish is a
 * LICADHO phish; "in scope" or "on the hit list" is targeted; to "lock down" accounts is to protect them, for a
 * person to be "locked up" is to be arrested, and the "opposition chief" is its leader; "give a toss" is to care;
 * where a bot "gets its info from" is its sources; "down under" is Australia; a "smoking gun" is evidence, and so is the "basis" or the "grounds" on which, or for which, something is claimed; "100%
 * sure" is certain; to "go fishing for" is to go after; to "lose sleep over" is to worry about; what someone "gets out of it" (or out of hacking someone) is what they want from it; "Hun Sen's government" responding is the Cambodian government; to "swing" or "tip" a vote is to change the result; money "poured into" a country is invested in it; who "works out of" or "operates from" a
 * city is based there; to "get owned" or "popped" is to be hacked; to "blow the whistle on" is to expose; "a big
 * deal" is significant; a report "drops", "comes out" or is "put out" (or "put online") when it is published, a story the
 * press "ran" was published, "how long ago" asks when, and malware "dropped on" a machine
 * is installed on it; "the Cambodian state" is its government; "next time we get one" is "if we get one"; "should
 * we assume we were hit?" asks whether we were, not what to do; someone "claiming to be from" an organisation is
 * impersonating it; "what kind of people" is who; to "say anything back", "hit back" or "push back" is to respond; "were they
 * after money?" asks their motive; "how far back does it go" asks since when; something "tied to" or "hooked up with" them is linked
 * to them; mail that "lands in an inbox" arrives; a "pile of cash" is money; a "fishing email" is phishing; "how
 * do I report" one asks how to report a message, not about the report; "have they done this before?" asks about
 * the group's earlier attacks; to "worm their way in" is to get in; where someone is "sitting" is where they are;
 * what mail was "supposed to be from" it impersonated; "one of the places they got into" was hacked; "across the
 * strait" is Taiwan; "disputed waters" are the South China Sea; "the people at the keyboard" are the operators;
 * "the party challenging the government" is the opposition; how long "they have been doing this" (or "in
 * business") is how long the group has been active; where something "traced back to" is where it came from; how they "figured out it
 * was China" asks what links the hackers to China; who they "work for" is who sponsors them; what a group "goes by" is its aliases; to "put names
 * and faces to" them is to identify them; what "gave the game away" revealed it; "names wise" is about names; and
 * how sure others are ("believed to", "thought to be") is not what is asked. People who "cast their ballots" vote; a
 * "charge sheet" is the indictment; to "have a go at" or "a crack at" someone is to target them, and hacking "aimed at" them targets them; and what someone
 * "told reporters" is what they said; to "own up" is to admit and to "brush it off" to dismiss it; who is "kicked out
 * of politics" is banned from it; the "chief of the team" is its leader; to "put" papers "into English" is to
 * translate them; servers "sitting open" or "lying around exposed" are open or exposed. "Whereabouts" asks where, and where a group "sits" is where it is; what "investigators think"
 * after who, what or where is what is asked; the "role" a thing played is what it is, and so is how it "fits into
 * the story"; a question word at the end
 * of a statement ("the election was when?") asks as at the start; the "steps" or "measures" someone takes are what they do; a "tl;dr of" something is its summary; and
 * malware that "keeps running after a restart" or "survives a reboot" has persistence. "The election the hackers
 * were watching" is the election (also before its verb: "the vote they were circling happened when?"); a mail that
 * "was a trap" was fake, and to "work out" that it was is to figure it out; "mlcdailynews role", typed as keywords,
 * asks what it is. Officials' nominal wording frames the thing asked about: "the scope (nature, extent) of" it is
 * it, "to what extent" asks whether, "how extensive" what; the function, role or objective of a tool is what it is,
 * and so is "the significance of" a thing; "to what end" asks why, "by what means" how, "in what capacity" in what
 * role; "the primary objective" is the objective, and "the election in question" the election. To "enumerate" or
 * "itemise" things asks for their list. What the group did "after" Cambodia or has done "since" 2018 is what it did later.
 * A group's "bread and butter" is its usual targets, and servers that "heard from" someone got check-ins from them.
 * "Why X and not Y" (or "rather than Y", "instead of Y") asks why X.
 */
/** Who may be said to run a vote: "the body", "the agency", "the folks" (responsible for running elections). */
const ELECTION_BODY = String.raw`(?:body|bodies|agency|agencies|authority|authorities|office|institution|organi[sz]ation|organ|outfit|people|folks|officials|commission|committee)`;
/** The vote they run: "elections", "the country's general election", "voting". */
const ELECTIONS = String.raw`(?:the |its |their |our |cambodia'?s |the country'?s )?(?:(?:national|cambodian|general) )?(?:elections?|votes?|voting|polls?|ballots?)`;

/** The story as a whole, which a thing "fits into" or "comes into": "it", "all this", "the Cambodia story". */
const THE_STORY = String.raw`(?:all |the whole |the |this |that )?(?:(?:cambodia|cambodian|cambodia's|election|hacking|hack|spying|cyber|espionage|whole) )?(?:it|this|that|all this|story|picture|puzzle|case|campaign|operation|affair|attacks?|hacks?|hacking|thing|saga|what we know)`;

/** A sentence that does not open as a question, up to a question word at its end (see below). */
const STATEMENT = String.raw`(?<=^|[.!?:;]\s*)(?:(?:and|so|but|ok|okay) )?(?!(?:${WH_WORD}|${AUXILIARY})\b)([\p{L}][^?.!:;]{7,}?),? `;

/** A vote or its result, and whom it goes to if the asker says: "the vote to hun sen", "the election for the cpp". */
const A_VOTE_FOR_SOMEONE = String.raw`(?:the |this |that |cambodia'?s )?(?:vote|votes|election|elections|result|results|outcome|polls?)(?: (?:to|for|towards|toward|in favou?r of) (?:hun sen|him|the cpp|cpp|the ruling party|the opposition|the cnrp|cnrp))?`;

/** The attackers and what they ran, whose later doings are no response: "the hackers", "this group", "the malware". */
const ATTACKERS_OR_TOOLS = String.raw`(?:(?:the |these |those |this |that )?(?:chinese )?(?:hackers?|attackers?|spies|group|crew|gang|operators?|intruders?|malware|virus|backdoor|downloader|script|file|payload|temp\.?periscope|apt ?40|leviathan))`;

/** Kinds of victim a question may ask for: "which ministries", "what orgs", "what sort of people". */
const VICTIM_KIND = String.raw`(?:ministries|ministry|departments?|agencies|agency|institutions?|bodies|organi[sz]ations?|orgs?|outfits|people|persons|folks|individuals|targets|victims|countries|nations|companies|firms|businesses|sectors|industries|governments?|officials|politicians|parties|journalists|reporters|outlets|media(?: outlets| organi[sz]ations)?|ngos|groups|universities|embassies|diplomats|places|ones)`;
/** Kinds of thing taken: "what kind of data", "what info". */
const DATA_KIND = String.raw`(?:data|info|information|intel|intelligence|files|documents|details|secrets|credentials|passwords|stuff)`;
/** Who is after something, in a word or two: "they", "the hackers", "apt40", "DADBOD". */
const SUBJECT = String.raw`(?:the |these |those )?(?!(?:actually|really|just|only)\b)[\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?`;
/** People who want things, whose being after something is their motive rather than what a tool takes. */
const DOERS = String.raw`(?:they|we|you|he|she|it|china|beijing|(?:the |these |those )?(?:chinese |china'?s )?(?:hackers?|attackers?|spies|spooks|cyberspies|group|crew|gang|operators?|intruders?|actors?|guys|people|government|chinese|state)|temp\.?periscope|apt ?40|leviathan)`;
/** A group or its hackers, as one asks what they care about. */
const INTERESTED_GROUP = String.raw`(?:(?:the|this|that|these|those) (?:actor|group|crew|gang|hackers|attackers|spies|apt)|apt40|apt 40|leviathan|temp\.periscope|they)`;
/** What a group may be interested in as targets: kinds of organisation or people, not a topic ("into the election"). */
const INTERESTS = String.raw`(?:the|a|an|our|my|companies|firms|organi[sz]ations|groups|people|outfits|shops|ngos|newsrooms|businesses|sectors?|industries|targets?|[a-z-]+ (?:companies|firms|sectors?|industries|organi[sz]ations|groups))\b`;

const IDIOMS: [RegExp, string][] = [
  [/\bwhat (?:kinds?|sorts?|types?) of (?:people|persons|folks|individuals)\b/gi, 'who'],
  // "how come beijing cares?" asks why.
  [/\bhow come\b/gi, 'why'],
  // "isn't it false that the US indicted anyone?", "is it a myth that…": a claim checked by its denial is checked all
  // the same; "false" would be searched for as a rare word.
  [/\b(?:is|isn'?t|is not|was|wasn'?t|was not) it (?:really |actually )?(?:false|untrue|a lie|a myth|fake news|made up|bogus|bs|wrong) that\b/gi, 'is it true that'],
  // "enumerate the aliases", "itemise every ministry they hit": asks for the list. ("name all the diplomats" asks
  // their names, which a list of what the sources say of them does not give.)
  [/(?<=^|[.!?:;,]\s*|\b(?:pls|please|can you|could you|would you)\s+)(?:enumerate|itemi[sz]e)\b/gi, 'list'],
  // "what steps should I take if I clicked?", "what measures did they take?": the steps taken are what is done.
  [/\bwhat (?:(?:next |immediate |practical |concrete )?steps|actions?|measures) (should|can|could|do|must|would|did|does) (i|we|you|they|one|he|she) (?:take|follow)\b/gi, 'what $1 $2 do'],
  // Swearing that only stresses a question word: "why tf would china care", "what the hell is eviltech", "eviltech wtf
  // is that" ("wtf" left standing alone is an aside, dropped later).
  [/\b(what|why|how|who|where|when|which)( is| are| was| were|'s| s)? (?:tf|the (?:fuck|f+|hell|heck|frick|fudge|eff))\b/gi, '$1$2'],
  [/\bw(?:tf|th)(?= (?:is|are|was|were|did|does|do|happened|even)\b|'s\b)/gi, 'what'],
  // "spill the tea on apt40", "what's the tea on the NEC hack", "gimme the lowdown on scanbox", "fill me in on the
  // phish", "what's the lore behind apt40", "catch me up on the cambodia hack": asks to be told about it.
  [/\b(?:spill(?:s|ed|ing)? (?:the |some )?tea|(?:give|gimme|get) (?:me |us )?(?:the |some |any )?(?:tea|lowdown|rundown|411|scoop|deets|lore)|what(?:'s| is| s)? the (?:tea|lowdown|rundown|411|scoop|lore)|fill (?:me|us) in|catch (?:me|us) up)(?: (?:on|about|re|with|behind))?\b/gi, 'tell me about'],
  // "what did china say about it?": how a state or government answered the claims (a person's words, "what did Ben
  // Read say about it", are his quote, and stay).
  [/\bwhat (?:did|does|has|have) (china|beijing|cambodia|phnom penh|the (?:cambodian |chinese )?(?:government|authorities|foreign ministry)|the chinese|the cambodians) (?:have to )?say(?: about (?:it|this|that|all this|the (?:hacks?|hacking|report|allegations|accusations|claims)))?(?=\s*(?:[?!.,]|$))/gi, 'how did $1 respond'],
  // "what did the NEC do after?", "what did licadho do about it?", "what did the senate do next?": how a body or
  // person answered what happened, whose words ("do", "after") search drops as too common to tell anything. Not
  // the attackers or their tools, whose later steps are no response ("what did the hackers do next?"), nor a
  // pronoun, which may be either.
  [new RegExp(String.raw`\bwhat (?:did|has|have) (?!(?:they|it|we|you|i|he|she|them|these guys|those guys|${ATTACKERS_OR_TOOLS})\b)((?:the |its |their )?[\p{L}.'-]+(?: [\p{L}.'-]+){0,3}?) do (?:after(?:wards?)?|after (?:that|it|this|the (?:hacks?|hacking|breach|attacks?|report|news|intrusions?))|next|then|about (?:it|this|that|the (?:hacks?|hacking|breach|attacks?|report))|in response)(?=\s*(?:[?!.,]|$))`, 'giu'), 'how did $1 respond'],
  // "what did apt40 do after cambodia?", "what has the group been up to since 2018?": the group's later doings, whose
  // telling words ("after", "since", "afterwards") search drops as too common. Only the group, and only after the
  // campaign, the vote, a report or a year: "what did the malware do after it ran?" is a step of the intrusion.
  [/\bwhat (?:did|has|have) (they|(?:the |this |that )?(?:group|hackers|crew|gang|spies)|temp\.?periscope|apt ?40|leviathan) (?:do|done|been up to|get up to|got up to|gotten up to) (?:afterwards?|after (?:cambodia|the cambodia(?:n)? (?:campaign|operation|hacks?|elections?)|the (?:elections?|vote|report|indictment|campaign|operation)|(?:19|20)\d\d)|since (?:then|cambodia|the (?:elections?|vote|report|indictment|campaign)|(?:19|20)\d\d))(?=\s*(?:[?!.,]|$))/gi, 'what did $1 do later'],
  // "which lure mentioned japan?", "what file refers to the philippines?": which one was about it. "Mentioned" is
  // a word the knowledge uses in passing, which weighed against the entry that lists the lure.
  [/\b(which|what) ((?!(?:source|sources|report|reports|article|articles|story|stories|outlet|outlets|paper|papers)\b)[\p{L}.'-]+(?: [\p{L}.'-]+)?) (?:mentioned|mentions|referenced|references|referred to|refers to)\b/giu, '$1 $2 was about'],
  // A question word at the end of a statement asks as it would at the start ("the vote happened on what day?",
  // "and they were based where?").
  [new RegExp(String.raw`${STATEMENT}(?:(?:on|in) what (?:day|date|year|month)|when)\s*\?`, 'giu'), 'when $1?'],
  [new RegExp(String.raw`${STATEMENT}where\s*\?`, 'giu'), 'where $1?'],
  // "tl;dr of the story": its summary (a bare "tl;dr" is only how to answer, dropped with the other asides).
  [/\btl;? ?dr (?=(?:of|on|for) )/gi, 'summary '],
  // "what role did mlcdailynews play?", "what function does HTRAN serve?": what the thing is, which says what it does.
  [/\bwhat (?:role|function|part|job|purpose) (?:did|does|do) (.{1,40}?) (?:play|serve|have|perform|fulfil|fulfill)\b/gi, 'what is $1'],
  // Officials' and report writers' nominal wording: "what was the scope of the campaign?", "the nature of the
  // attacks", "the full extent of the compromise" ask about the thing itself, and the frame noun says nothing of
  // what is asked ("scale" stays: FireEye speaks of the group's "large-scale" intrusions).
  [/\b(the |its |their )?(?:(?:overall|full|exact|precise|general|broad|broader|true|real|actual|essential|geographic(?:al)?|sectoral) )?(?:scope|extent|nature|breadth|magnitude|character) of (?:the |its |their )?(?=[\p{L}\p{N}])/giu, '$1'],
  // "to what extent was the activity confined to Cambodia?" asks whether it was; "how extensive was the targeting
  // of the opposition?" asks what it was.
  [/\bto what (?:extent|degree)\b\s*/gi, ''],
  [/\bhow (?:extensive|widespread|far-reaching|wide-ranging|broad) (?=(?:was|were|is|are)\b)/gi, 'what '],
  // "what was the function of the ScanBox server?", "the main role of HOMEFRY": what the thing is, which says what
  // it does. Not the purpose of an act or of the attackers ("the purpose of targeting the commission", "the
  // purpose of the campaign"), which asks their motive.
  [/\bwhat (?:is|was|were|are) (?:the |its |their )?(?:(?:main|primary|principal|exact|precise|specific|real|actual|overall|intended) )?(?:role|function|job|task|use|purpose|aim|goal|objective) of (?!(?:the |this |that |their |its )?(?:[\p{L}-]+ )?(?:campaign|operation|attacks?|hacks?|hacking|intrusions?|spying|espionage|breach|compromise|hackers|attackers|spies|group|actor|operators|chinese|china|beijing|temp\.periscope|apt40)\b|[\p{L}]+ing\b)/giu, 'what is '],
  // "what was the significance of the 2021 indictment?", "the broader importance of the Hainan address": what the
  // thing is, whose answer says why it matters ("why was the commission significant?" keeps its own words).
  [/\bwhat (is|was|were|are) (the |its |their )?(?:(?:broader|wider|real|true|political|strategic|overall|main|key|exact|precise) )?(?:significance|importance|relevance) of (?:the |its |their )?(?=[\p{L}\p{N}])/giu, 'what $1 $2'],
  // "to what end did they target the ministries?", "for what purpose": why; "by what means were they compromised?": how.
  [/\b(?:to what end|for what (?:purpose|reason|end)|with what (?:aim|goal|objective|intent|intention|purpose))\b/gi, 'why'],
  [/\b(?:by|through) what (?:means|method|methods|route|routes|vector|vectors|mechanism|channel|channels)\b/gi, 'how'],
  // "the primary objective", "their principal method", "the overriding aim": the aim, the method.
  [/\b(?:primary|principal|chief|overriding|overarching|ultimate|underlying|main) (?=(?:aims?|goals?|objectives?|purposes?|motives?|motivations?|intent|intentions?|methods?|means|vectors?|tactics?|focus)\b)/gi, ''],
  // "kem sokha's title?", "what was her title in the cnrp": a person's title is their job title. Not the title of a
  // write-up, a lure or a message ("the decoy's title", "the advisory's full title"), which names it.
  [/\b(his|her|(?!(?:the|its|their|this|that|report|reports|article|story|decoy|lure|document|doc|file|email|e-mail|mail|message|post|blog|advisory|paper|book|video|film|page|chapter|section|indictment|campaign|operation|website|site|attachment|survey|bloomberg|fireeye|mandiant|proofpoint|mitre|cisa)['\u2019]s\b)[\p{L}]+['\u2019]s) (?:(?:official|formal|exact|full|actual) )?title\b(?! (?:of|for)\b)/giu, '$1 job title'],
  // "the identity of the FireEye analyst quoted", "what was the identity of the person who registered the domain?":
  // who that is. Read word by word, "identity" drew entries on impersonation and the names of the group.
  [/\b(?:what (?:is|was) )?the (?:(?:exact|precise|real|actual|true|full) )?identity of\b/gi, 'who is'],
  [/\b(?:what (?:are|were) )?the (?:(?:exact|precise|real|actual|true|full) )?identities of\b/gi, 'who are'],
  // "in what capacity did Ben Read comment?": in what role.
  [/\b(in )?what capacity\b/gi, '$1what role'],
  // "the election in question": the one just named.
  [/(?<=\bthe [\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?) in question\b/giu, ''],
  // "mlcdailynews role", "scanbox purpose?", "htran function": a name and the word for what it is for, typed as
  // keywords. Not a programmer's function ("hash function"), an everyday word or a country ("admin role", "china
  // role").
  [/^(?!(?:what|which|whose|who|the|its|their|his|her|my|our|your|a|an|job|main|key|admin|user|staff|team|leadership|gender|china|chinese|cambodia|us|usa|government|party|hash|hashing|math|javascript|js|python|callback)\b)([\p{L}\p{N}][\p{L}\p{N}.[\]-]*) (?:role|purpose|function)\s*\??$/giu, 'what is $1'],
  // "how does licadho fit into the story?", "where does the CNRP fit in all this?", "how does fresh news come into
  // it?": the part the thing played, which is what it is. Only with the story as a whole after it: "how does the
  // hacking fit into what this group usually does" compares two things, and malware or attackers that "come in"
  // or "come into" a computer are no part of a story: "come" needs the story after it. A pronoun is no thing to
  // say what it is ("how do they fit in?").
  [new RegExp(String.raw`\b(?:how|where) (?:does|do|did|is|are|was|were) (?!(?:they|it|we|you|he|she|them|this|that|these|those)\b)(.{1,40}?) (?:(?:fit(?:s|ting)?|tie|ties|tying) (?:in|into|in to)(?: ${THE_STORY})?|(?:come|comes|coming) (?:in|into|in to) ${THE_STORY})(?=\s*(?:[?!.,]|$))`, 'gi'), 'what is $1'],
  // "why did the researchers single out the commission?" asks why they called it significant; "who was singled
  // out" (targeted) is unchanged.
  [/\bwhy (did|does|do|would|were|was) (.+?) singl(?:e|ed|ing) out\b/gi, 'why $1 $2 call significant'],
  // "did beijing push back?": responded, unless a date or a vote is pushed back ("push back the vote", "pushed
  // back to august"), which is put off.
  [/\b(?:say|said|saying|says) (?:anything|something|much) back\b|\bhit back\b|\bclap(?:s|ped|ping)? back\b|\bpush(?:es|ed|ing)? back\b(?! (?:the|a|its|their|to|until|by|on the (?:date|vote|election))\b)/gi, 'respond'],
  // "when the press came knocking", "once reporters come calling": asked for comment.
  [/\b(?:came|come|comes|coming) (?:knocking|calling)\b/gi, 'asked'],
  // "wdym by c2", "what do you mean by open indexed": what it is.
  [/\bwhat do (?:you|u|they) mean by\b/gi, 'what is'],
  // "which ministries were they after?", "what orgs is apt40 after", "who were the spies after": a kind of victim
  // asked for (or who), so being after them is targeting them, not the motive (which pulled the entry on the goal).
  [new RegExp(String.raw`\b(what|which) ((?:kinds? of |sorts? of |types? of )?(?:other )?${VICTIM_KIND}) (?:were|was|are|is) (${SUBJECT}) (?:actually |really |mostly |mainly )?after\b`, 'giu'), '$1 $2 did $3 target'],
  [new RegExp(String.raw`\b(whom?(?: else)?) (?:were|was|are|is) (${SUBJECT}) (?:actually |really |mostly |mainly )?after\b`, 'giu'), '$1 did $2 target'],
  // "what kind of data is DADBOD after", "what is homefry after": of a tool rather than the people using it, what it
  // is after is what it takes (the tools' entries say what they steal); of people it is their motive, read below.
  [new RegExp(String.raw`\bwhat ((?:kinds? of |sorts? of |types? of )?${DATA_KIND} )?(?:is|are|was|were) (?!${DOERS}\b)(${SUBJECT}) (?:actually |really |mostly |mainly )?after(?=\s*(?:[?!.,]|$))`, 'giu'), 'what $1does $2 steal'],
  // "did they set their sights on the senate?", "who did apt40 have it in for?": to target.
  [/\b(?:set|sets|setting) (?:their|its|his|her|our|your|the) sights on\b|\b(?:have|has|had|having) it in for\b/gi, 'target'],
  // "what institutions did the hackers aim at", "did they aim for the senate": to target, said of whoever aims (after
  // an auxiliary, "they" or the attackers); "their aim for 2019" is a goal, and aiming at doing something ("aim at
  // stealing") a purpose, and both stay.
  [/(?<=\b(?:did|do|does|they|to|would|will|ever|really|mostly|mainly|hackers|attackers|spies|group|crew|gang|china|apt40|periscope) )aims? (?:at|for)\b(?! \p{L}+ing\b)/giu, 'target'],
  // "what were the spooks after", "were these guys after bank details?": asks their motive, unless a time
  // follows ("were they active after the vote") or a place or people ("were other hackers after Cambodia too?",
  // "are they after journalists?"), whom they target.
  [/\b(?:were|was|are|is) ((?:the |these |those )?(?!(?:actually|really|just|only)\b)[\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?) (?:actually |really |just |only )?after\b(?! (?:the|this|that|it|they|its|their|his|her|\d|[\p{L}]+ \d|(?:cambodia|cambodians?|japan|taiwan|malaysia|vietnam|hong kong|europe|us|me|you|him|them|journalists|reporters|diplomats|activists|officials|politicians|ngos|lawmakers|voters|anyone|anybody|someone|people)\b))/giu, 'was the motive of $1'],
  // "why did they do it?", "why would china bother with all this?": their motive.
  [/\bwhy (?:did|would|do|does|were|are) (they|the hackers|the attackers|the spies|these guys|china|beijing)(?: even)? (?:do|doing|bother(?: doing| with)?) (?:it|this|that|all this|all that)\b/gi, 'what was the motive of $1'],
  // "have they done this before?", "has this crew pulled anything like it before?": the group's earlier attacks.
  [/\b(?:have|has|had|did) (?:they|the hackers|the attackers|the spies|this group|this crew|these guys|apt40) (?:ever )?(?:done|do|tried|pulled|pulled off) (?:this|it|that|something like (?:this|it|that)|anything like (?:this|it|that)) before\b/gi, 'has the group attacked before'],
  // The same asked indirectly: "my editor wants to know what the hackers were actually after".
  [/\bwhat ((?:the |these |those )?[\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?) (?:were|are|was|is) (?:actually |really )?after(?=\s*(?:[?!.,]|$))/giu, 'what was the motive of $1'],
  // "what does NEC stand for?" asks what it means, and so, read by the idiom below, what it is; "what does TEMP
  // stand for in TEMP.Periscope" keeps "mean". Read word by word, "stand" drew an entry using it in another sense.
  [/\b(what (?:does|do|did) .{1,40}?) stands? for\b/gi, '$1 mean'],
  // "what does 'open indexed' refer to?" asks what it is, as "…mean?" does.
  [/\bwhat (?:does|do) (.+?) (?:actually |really |even )?(?:mean|refers? to)(?=\s*(?:[?!.]|$))/giu, 'what is $1'],
  // "how far back does the activity go?" asks since when.
  [/\bhow far back (?:does|do|did) (.+?) go(?: back)?(?=\s*(?:[?!.,]|$))/gi, 'since when was $1 active'],
  [/\bpull(?:s|ed|ing)? the strings\b/gi, 'behind it'],
  [/\bpull(?:s|ed|ing)? (it|this|that|them) off\b/gi, 'do $1'],
  [/\bwho (?:did|done|was behind) (?:it|this|that|the hack|the hacks|the hacking)\b|\bwho ?dunn?it\b/gi, 'who is responsible'],
  // Who "ran" or "masterminded" an operation is who was behind it, not when it ran.
  [/\bwho (?:ran|runs|was running|is running|masterminded|orchestrated) ((?:the |this |that )?(?:operation|op|campaign|attacks?|hacks?|hacking|spying)(?: on [\p{L}]+)?)\b/giu, 'who was behind $1'],
  [/\bcall(?:s|ed|ing)? the shots\b/gi, 'in charge'],
  // Organisations or machines that "phoned home to the same servers" were more victims checking in to them; malware
  // that did ("which backdoors called home to the same server?") still asks about the server.
  [/\b((?:organi[sz]ations?|orgs?|companies|firms|businesses|victims|machines|computers|pcs|entities|institutions|agencies|others)(?: (?:were|was|are|is|had|have|also|all|too|even))*) (?:call(?:s|ed|ing)? (?:back|home)|phon(?:e|es|ed|ing) home|report(?:s|ed|ing)? back) to (?=(?:the )?same\b)/gi, '$1 checking in to '],
  [/\b(?:call(?:s|ed|ing)? (?:back|home)|phon(?:e|es|ed|ing) home)(?: to)?\b/gi, 'use as command server'],
  // "which server did the js file talk to?": malware that talks or reports to a server uses it as its command server;
  // a person who talks to someone ("what did Ben Read talk to Axios about") does not, nor is the server named after
  // it ("which file talks to the server?") to be rewritten.
  [/\b(file|files|malware|downloader|downloaders|dropper|droppers|implant|implants|backdoor|backdoors|script|scripts|js|payload) (?:talk(?:s|ed|ing)?|report(?:s|ed|ing)? back|connect(?:s|ed|ing)?) to(?=\s*(?:[?!.,]|$))/gi, '$1 use as command server'],
  // "the body responsible for running elections", "the agency that organises voting": the election commission,
  // however its role is described, and so is "who is in charge of running elections", where "in charge" is a
  // duty, not a criminal charge ("the group responsible for the hacks" is not). The role must be said in a
  // clause of its own: "which body organises Cambodia's elections?" and "when did the authorities hold the
  // election?" keep their own verb.
  [new RegExp(String.raw`\b${ELECTION_BODY}(?: (?:that|which|who)(?: is| are|'s)?)? (?:responsible for|in charge of|tasked with)(?: (?:running|organi[sz]ing|holding|administering|overseeing|managing|conducting))? ${ELECTIONS}\b|\bwho(?:'s| s| is| was| are| were)? (?:responsible for|in charge of|tasked with) (?:running|organi[sz]ing|holding|administering|overseeing|managing|conducting) ${ELECTIONS}\b|\b${ELECTION_BODY} (?:that|which|who)(?: actually| officially)* (?:runs?|organi[sz]es?|holds?|administers?|oversees?|manages?|conducts?) ${ELECTIONS}\b`, 'gi'), 'election commission'],
  // "the election the hackers were interested in", "the vote they were watching", "the election that this campaign
  // preceded", "…that the intrusions appeared to be building up to": which election is meant, told by
  // who was watching it; the words that tell it say nothing of what is asked about it ("when was it?"). Only "the"
  // election (or "this", "the general"…): "how many votes the hackers targeted" asks about votes.
  [/(?<=\b(?:the|that|this|cambodian|cambodia's|general|national|2018|july) )(elections?|votes?|voting|polls?|ballots?) (?:that |which )?(?:the |these |those |this |that )?(?:(?:hackers?|attackers?|spies|spooks|crew|group|gang|they|apt40|leviathan|temp\.periscope)(?:'s (?:intrusions|hacks|attacks|campaign|operation))?|(?:(?:espionage|cyber-?espionage|hacking|spying|phishing) )?(?:campaign|operation|intrusions|hacks|attacks)) (?:were |was |are |is |seemed |seem |seems |had been |have been |(?:appeared|appears|appear|seemed|seems|seem) to (?:be |have been )?)?(?:so |really |most |apparently |reportedly |allegedly )?(?:(?:interested|focused) in|(?:building|built|leading|led) up to|preceded|came before|(?:keeping|kept|keep) (?:an eye|tabs|watch) on|monitoring|monitored|surveilling|surveilled|circling|circled|watching|watched|eyeing|eyed|targeting|targeted|after|going after|went after|snooping on|snooped on|spying on|spied on|keen on|zeroing in on)(?=\s*(?:[?!.,]|$)|\s+(?:happened|took place|was held|was|fell|came)\b)/gi, '$1'],
  // "does this actor care about shipping firms?", "is the group interested in companies like ours?": what a group
  // cares about is what it goes after. Only of the group or its hackers, and not asked why ("why do they care about
  // the South China Sea?" and "why would china care about cambodia's election?" ask a motive).
  [new RegExp(String.raw`(?<!\bwhy (?:do|does|did|would|should|will|might|could) )\b(${INTERESTED_GROUP}) (?:(?:really|even|actually|still) )?(?:cares?|cared|caring) about\b`, 'gi'), '$1 targets'],
  [new RegExp(String.raw`\b(${INTERESTED_GROUP}) (is|are|was|were) (?:(?:really|even|actually|still) )?(?:interested in|into|keen on)(?= ${INTERESTS})`, 'gi'), '$1 $2 targeting'],
  [new RegExp(String.raw`\b(is|are|was|were) (${INTERESTED_GROUP}) (?:(?:really|even|actually|still) )?(?:interested in|into|keen on)(?= ${INTERESTS})`, 'gi'), '$1 $2 targeting'],
  // "when did cambodians go to the polls?": when they voted.
  [/\b(?:go|goes|going|went|gone|head|heads|headed|heading) to the (?:polls|ballot box(?:es)?|voting booths?)\b/gi, 'vote'],
  // "which government departments got broken into": the ministries (a "security department" keeps its name, and
  // "US government departments" are not Cambodia's).
  [/(?<!\b(?:us|u\.s\.|american|federal|america's|washington's) )\bgovernment (?:departments|depts)\b|\bdepartments of (?:the )?(?:cambodian )?government\b/gi, 'government ministries'],
  // "the opposition chief", "FireEye's intelligence chief": its leader ("the chief target" is the main one).
  [/\b(opposition|party|cnrp|cpp|nec|commission|ministry|fireeye|fireeye's|cyber|spy|intelligence|security|research|team|group) chiefs?\b/gi, '$1 leader'],
  // "who signs the paychecks for these hackers", "who pays the crew": who funds them, their sponsor ("who paid for
  // the election" stays a question about money for the vote).
  [/\bsign(?:s|ed|ing)? (?:the |their )?pay ?(?:checks|cheques)(?: (?:for|of))?\b/gi, 'funds'],
  [/\bwho (?:pays|paid|is paying|was paying|bankrolls|bankrolled)(?= (?:the |these |those |this )?(?:hackers|attackers|spies|crew|group|gang|apt40|apt 40|leviathan|temp\.periscope)\b)/gi, 'who funds'],
  // "easy pickings" are easy targets.
  [/\beasy pickings\b/gi, 'easy targets'],
  // "what's their bread and butter?": what the group usually goes after.
  [/\bbread and butter\b/gi, 'usual targets'],
  // "did the same C2 boxes hear from firms abroad?", "who else did those servers hear from": victims checking in to them.
  [/\b(servers?|boxes|c2s?|infrastructure|domains?) (?:hear|hears|heard|hearing) from\b/gi, '$1 get check-ins from'],
  // A "LICADHO-themed" or "NEC-branded" phish is one about or in the name of LICADHO: the suffix says nothing more.
  [/\b([\p{L}\p{N}.]+)-(?:themed|branded)\b/giu, '$1'],
  [/\bgive (?:a )?(?:toss|damn|hoot|monkey'?s)\b/gi, 'care'],
  [/\b(?:get|gets|got) (?:its|your|their|the) (?:info|information|facts) from\b/gi, 'get its sources from'],
  [/\bin scope\b/gi, 'targeted'],
  // "on their hit list", "on that chinese crew's hit list".
  [/\b(?:on|in|off) (?:the|their|a|that|this|its|(?:(?:that|this|the) )?(?:[\w.-]+ ){0,2}[\w.-]+'s) (?:hit ?list|target list|radar|crosshairs)\b/gi, 'targeted'],
  [/\block(?:s|ed|ing)? down\b/gi, 'protect'],
  // "was the opposition chief locked up", "they locked him up": arrested. Only a person's being locked up: "lock up
  // my laptop", "is my account locked up?" and "locked out" of an account are not.
  [/\b(was|were|is|are|got|been|being) ((?:(?!(?:my|our|your|its|the (?:account|laptop|computer|phone|device|files?|data|office|building))\b)[\p{L}'-]+ ){0,4}?)locked up\b/giu, '$1 $2arrested'],
  [/\block(?:s|ed|ing)? (him|her|them) up\b/gi, 'arrested $1'],
  [/\bdown under\b/gi, 'Australia'],
  [/\b(?:brand[- ]new|never[- ]before[- ]seen)\b/gi, 'new'],
  [/\breckons\b/gi, 'thinks'],
  [/\breckon\b/gi, 'think'],
  [/\b(?:gets?|got|getting) out of (?:all )?(?:this|it|that)\b/gi, 'wants from it'],
  // "how did hun sen's government respond?": the Cambodian government's response, not the man's ("what did hun sen
  // say?" is his). Only before a verb of responding: how long his government ruled is about him.
  [/\bhun sen'?s (?:government|govt|administration|regime|cabinet)(?= (?:respond|responded|react|reacted|say|said|comment|commented|reply|replied|answer|answered)\b)/gi, 'the Cambodian government'],
  // "did the hack swing the vote to hun sen?", "tip the election for the cpp": change the result, whoever for.
  // Each tense as typed: "they swung the vote" changed it.
  [new RegExp(String.raw`\b(?:swing|tip|tilt) ${A_VOTE_FOR_SOMEONE}\b`, 'gi'), 'change the result'],
  [new RegExp(String.raw`\b(?:swung|tipped|tilted) ${A_VOTE_FOR_SOMEONE}\b`, 'gi'), 'changed the result'],
  // "how much money does china pour into cambodia?": invest in it. Rain that pours is not money.
  [/\bpour(?:s|ed|ing)? (?:(?:so much|much|more|all that|that|its|their|the|billions of|millions of) )?(?:money|cash|funds|aid|investment|billions|millions|dollars) into\b|\bpour(?:s|ed|ing)? into\b(?= cambodia| the country| phnom penh)/gi, 'invest in'],
  // "what does china get out of hacking cambodia?": what it wants from the act named after it.
  [/\b(?:gets?|got|getting) out of (?=(?:hacking|spying|snooping|targeting|attacking|breaking into|going after|watching)\b)/gi, 'wants from '],
  [/\bhome base\b/gi, 'base'],
  [/\b(?:work|works|working|worked|operat(?:e|es|ing|ed)|run|runs|running|ran) out of\b|\boperat(?:e|es|ing|ed) from\b/gi, 'based in'],
  // "which country is the group believed to operate from?": how sure others are is not what is asked.
  [/\b(?:(?:widely|generally|commonly) )?(?:believed|thought|alleged|suspected|understood|assessed|presumed|rumou?red) to (?:be )?(?=[\p{L}])/giu, ''],
  [/\b(?:tied|connected) (?=to (?:the|this|that|these|those|their|its|apt40|temp)\b)/gi, 'linked '],
  // "which spy agency are they hooked up with?", "in cahoots with": linked to it.
  [/\b(?:hooked up|in cahoots|in bed|in league) with\b/gi, 'linked to'],
  // "when did the mail land in her inbox?": when it arrived.
  [/\b(land|lands|landed|landing|arrive|arrived|arrives|show up|showed up|shows up|pop up|popped up|pops up) in (?:her|his|their|my|our|your|the|people'?s|someone'?s|anyone'?s) (?:inbox|inboxes|mailbox|mailboxes|email)\b/gi, 'arrive'],
  // "a pile of cash": money, however it is heaped.
  [/\b(?:an? )?(?:pile|load|bunch|wad|stack|heap|truckload|boatload|bucket|bag|suitcase|mountain)s? of (?:cash|money|dough|dollars)\b/gi, 'money'],
  // "the fishing email", "a fishing link": phishing, misheard.
  [/\bfishing (e-?mails?|mails?|messages?|attacks?|links?|attempts?|campaigns?|scams?|lures?)\b/gi, 'phishing $1'],
  // "the trick email", "that nasty letter", "the tricky message": older askers' words for the phishing e-mail, a
  // letter being any message to them.
  [/\b(?:trick|tricky|trickster|nasty|poisoned|rigged|bogus|sham|crooked|rogue) (?:e-?mails?|mails?|messages?|letters?)\b/gi, 'phishing email'],
  [/\bworm(?:s|ed|ing)? (?:their|its|his|her|your|our|a) way (?:in|into)\b/gi, 'get into'],
  // "where were the operators actually sitting": where they were.
  [/\bwhere (?:physically |exactly |actually |really )?(were|are|was|is) (.{1,40}?) (?:actually |really |physically )?sitting\b/gi, 'where $1 $2 located'],
  // "were really sitting in China": located there.
  [/\b(were|was|are|is) (?:actually |really )?sitting in\b/gi, '$1 located in'],
  // "servers sitting open to the public", "files left lying around unprotected": they were open or exposed.
  [/\b(?:(?:left|been) )?(?:sitting|lying|sat|lay)(?: around| about| there)? (?=(?:wide )?(?:open|exposed|unprotected|unsecured|unlocked|online|public|publicly|accessible)\b)/gi, ''],
  // "whereabouts in China is the team?" asks where; "their whereabouts" stays a noun.
  [/^whereabouts\b|\bwhereabouts(?= (?:in|on|is|are|was|were|do|does|did)\b)/gi, 'where'],
  // "where do investigators think the team is?", "who do experts believe did it?": whose opinion it is adds nothing
  // to what is asked (the sources say who thinks what). Not after why or how: "why do they think it was China?"
  // asks their reasons.
  [/\b(where|when|who|which|what)\b([^?.!+]{0,30}?) (?:do|does|did) (?:the )?(?:investigators|researchers|analysts|experts|specialists|officials|authorities|people|folks|they) (?:think|believe|suspect|assess|figure) (?:that )?/gi, '$1$2 '],
  // "where do investigators think this team sits?": a group that sits somewhere is located there.
  [/\b(where\b[^?.!]{1,60}?) sits?(?=\s*(?:[?!.,]|$))/gi, '$1 is located'],
  [/\bacross the (?:taiwan )?strait\b|\bcross[- ]strait\b/gi, 'Taiwan'],
  // "how do I report a phishing email?": report is the verb, the reporting of a suspicious message, not the report.
  [/\b(how (?:do|can|should) (?:i|we)|how to|where (?:do|can|should) (?:i|we)|should (?:i|we)|who (?:do|should) (?:i|we)) report\b/gi, '$1 report and forward'],
  // "disputed waters" in this story are the South China Sea.
  [/\b(?:disputed|contested) (?:waters|seas?|maritime (?:areas|territory|claims))\b/gi, 'South China Sea'],
  // "was the foreign ministry one of the places they got into?": was it hacked.
  [/\bone of the (?:places|ones|organi[sz]ations|orgs|institutions|bodies|targets|victims|outfits|groups) (?:that )?(?:they|the hackers|the attackers|the spies|the group|these guys|those guys) (?:got into|hit|targeted|hacked|went after|broke into|compromised|breached|got)\b/gi, 'hacked'],
  // "the people at the keyboard": the operators.
  [/\b(?:people|person|guys|folks|ones|humans|hackers) (?:at|behind) the keyboards?\b/gi, 'operators'],
  // "the main party challenging the government": the opposition.
  [/\b(?:party|parties|politicians|movement) (?:challenging|opposing|running against|taking on|standing against) (?:the )?(?:government|ruling party|regime|hun sen|cpp)\b/gi, 'opposition party'],
  // "what other handles does this crew go by?": the names it is known by.
  [/\b(?:handles|monikers)\b(?=[^.?!]{1,40}\bgo(?:es)? by\b)/gi, 'names'],
  [/\b(does|do|did) (.{1,40}?) go by(?=\s*(?:[?!.,]|$))/gi, '$1 $2 have as aliases'],
  // "what name does microsoft slap on this crew?": the name it gives them (a label "slapped on" is given).
  [/\b(name|names|label|labels|tag|tags|moniker|monikers)\b([^.?!]{1,40}?) slap(?:s|ped|ping)? on\b/gi, '$1$2 give'],
  // "did any newsrooms get owned?": hacker slang for being hacked.
  [/\b(get|gets|got|gotten|getting|been|be|was|were|is|are) (?:p?owned|popped)\b/gi, '$1 hacked'],
  [/\bbl(?:ow|ows|ew|owing|own) the whistle on\b/gi, 'exposed'],
  [/\b(?:such )?a (?:big|huge) deal\b/gi, 'significant'],
  [/\b(reports?|write-?ups?|papers?|stor(?:y|ies)|articles?|advisor(?:y|ies)|analys[ie]s|research|findings|news) (?:drop(?:s|ped)?|c[ao]me(?:s)? out|went live|go(?:es)? live)\b/gi, '$1 published'],
  // "how did the researchers figure out it was chinese?": what links the hackers to China.
  [/\b(?:figure(?:d)? out|work(?:ed)? out|tell|know|conclude|decide|determine|establish) (?:that )?(?:it|they|the hackers|the attackers|the spies|the group) (?:was|were|s|re|are|is) (?:the )?(china|chinese|beijing)\b/gi, 'link the hackers to $1'],
  // "who do they actually work for?": who sponsors them.
  [/\bwho (?:do|does|did) they (?:actually |really )?work(?:ing)? for\b/gi, 'who sponsors them'],
  [/\bwho (?:do|does|did) (the hackers|the attackers|the spies|the group|these guys|this crew|apt40|temp\.periscope) (?:actually |really )?work(?:ing)? for\b/gi, 'who sponsors $1'],
  // "where the login IP traced back to?": where it came from.
  [/\bwhere (?:(?:did|does|do|was|were|is|has|have) )?(.{1,40}?) (?:(?:was|were|is|got|get|been) )?trac(?:e|es|ed|ing)(?: it| them)?(?: back)? to\b/gi, 'where $1 came from'],
  // "when did the security company put out its report", "…put out the Cambodia TEMP.Periscope blog": published it.
  [/\b(?:put|puts|putting) out (?=(?:(?:its|their|the|a|an|his|her|that|this) )?(?:[\w.-]+ ){0,2}(?:reports?|write-?ups?|papers?|analys[ie]s|advisor(?:y|ies)|blog(?: posts?)?|statements?|findings)\b)/gi, 'published '],
  // "how long ago was the election?" asks when it was.
  [/\bhow long ago\b/gi, 'when'],
  // "when did bloomberg run its story", "which outlets ran the article": a story run by the press is published.
  [/\b(?:ran|run|runs|running) (?=(?:(?:its|their|the|a|an|that|this|his|her) )?(?:[\w.-]+ ){0,2}(?:stor(?:y|ies)|articles?|pieces?)\b)/gi, 'published '],
  // "when did fireeye put the report online", "…put its write-up on its blog": published it.
  [/\b(?:put|puts|putting) ((?:(?:its|their|the|a|an|his|her|that|this) )?(?:[\w.-]+ ){0,3}(?:reports?|write-?ups?|papers?|analys[ie]s|advisor(?:y|ies)|blog(?: posts?)?|articles?|stor(?:y|ies)|findings)) (?:up )?(?:online|on (?:the web|the internet|(?:its|their|the) (?:blog|website|site)))\b/gi, 'published $1'],
  [/\bdrop(?:s|ped|ping)? (?:on|onto|on to) (?:people's |their |the |victims' |our |my )?(machines?|computers?|pcs?|laptops?|systems?|devices?)\b/gi, 'install on $1'],
  // "which malware did the phishing mail drop?", "what backdoor did they plant?": malware a message or a group
  // "drops" or "plants" is malware it installs (a domain "dropped" keeps its sense: no malware word before it).
  [/\b((?:malware|viruses|virus|payloads?|trojans?|implants?|backdoors?|nasties|spyware)\b[^.?!]{0,60}?\b)(?:drop(?:s|ped|ping)?|plant(?:s|ed|ing)?)\b/gi, '$1install'],
  [/\b(cambodian|cambodia's|khmer) state\b/gi, '$1 government'],
  [/\bsmoking gun\b/gi, 'evidence'],
  // "on what basis does FireEye blame China?", "what are the grounds for the attribution?": the evidence for it
  // ("on a daily basis" and "the embassy grounds" keep their sense).
  [/\bon what (?:basis|grounds)\b/gi, 'on what evidence'],
  [/\bwhat (is|are|was|were) (?:the |their |its |fireeye's )?(?:basis|grounds) (?=(?:for|of)\b)/gi, 'what $1 the evidence '],
  // "kept running after the computer was switched off and on", "survives a reboot": persistence, in lay words.
  [/\b(?:kept|keep|keeps|keeping|stay|stays|stayed|staying|remain(?:s|ed|ing)?) (?:running|alive|active|installed|on the (?:machine|computer|system))(?: even)? after (?:a |the )?(?:reboots?|restarts?|(?:the )?(?:computer|machine|pc|laptop|system) (?:was|is|got) (?:switched|turned|powered) off(?: and (?:back )?on)?)\b|\bsurviv(?:e|es|ed|ing) (?:a |the )?(?:reboots?|restarts?)\b/gi, 'persistence'],
  // "how did she work out it was a trap?": she found out it was fake. A message that "was a trick" or "a scam" was
  // a fake one (asked in the present, "how can you tell a message is a scam?" asks for warning signs, and stays);
  // "work out" whether something is so is to figure it out ("work out" alone is exercise).
  [/\bwork(?:s|ed|ing)? out (?=(?:that |if |whether )?(?:it|the|this|that|she|he|they|her|his)\b)/gi, 'figure out '],
  [/\b(was|were|been) (?:a |an |all )?(?:trap|trick|scam|hoax|ruse)\b/gi, '$1 fake'],
  // "is fireeye 100% sure it was china?", "a hundred percent certain": certain ("100% of the seats" is a share).
  [/(?:\b(?:a|one) hundred|\b100) ?(?:%|per ?cent\b) (?:sure|certain|positive|confident)\b/gi, 'certain'],
  [/\bgo(?:es|ing)? fishing for\b/gi, 'go after'],
  [/\blos(?:e|ing) (?:any )?sleep over\b/gi, 'worry about'],
  [/\b(?:been )?up to (?:lately|recently|these days|since)\b/gi, 'doing recently'],
  [/\b(?:the )?next time (?=(?:we|i|you|they|someone|anyone|a|an|our|my) )/gi, 'if '],
  [/\b(?:claim|claims|claimed|claiming|pretend|pretends|pretended|pretending|purport|purports|purporting) to be (?:from |with )?/gi, 'impersonating '],
  // "who was it supposed to be from?": who it impersonated.
  [/\b(?:supposed|meant|made|designed|dressed up|faked) to (?:be from|come from|appear to come from|look like it (?:was |came )?from|look like it s from)\b/gi, 'impersonating'],
  // "what kind of data is DADBOD built to take?", "what was eviltech designed to do": what a thing does. "Built", rare in
  // the knowledge, outweighed the tool's name; what something is made to look or be like stays.
  // The thing may be described at length: "was the newly found DADBOD malware designed to steal".
  [new RegExp(String.raw`\b(?:is|are|was|were) ((?:the |these |those )?[\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+){0,3}) (?:built|designed|made|programmed|coded|written|engineered) to (?!(?:be|look|seem|appear|resemble)\b)`, 'giu'), 'does $1 '],
  [/\bshould (?:i|we) (?:assume|presume|suppose|take it|believe|think) (?:that )?(?=(?:we|i|our|my|they|it|this|the)\b)/gi, ''],
  // "how long have these people been doing this kind of thing?": since when the group has been active.
  // "those chinese internet spies": what they are called may carry a word or two before the noun.
  [/\bhow long (?:have|has) (?:they|(?:these|those) (?:[a-z-]+ ){0,2}(?:people|guys|folks|hackers|spies)|this (?:lot|bunch|crew|gang|group|outfit)|the (?:[a-z-]+ ){0,2}(?:group|hackers|attackers|spies)|apt40|temp\.periscope) been (?:doing|at|pulling|running) (?:this|it|that|all this)(?: kind of thing| sort of thing| stuff| kind of stuff)?\b/gi, 'how long has the group been active'],
  // "how long has this crew been in business?", "been around": how long it has been active.
  [/\b(been|be) (?:in business|in operation|around)\b/gi, '$1 active'],
  // "who put names and faces to this crew": who identified them.
  [/\bput(?:s|ting)? (?:a )?(?:names?|faces?)(?: and (?:a )?(?:names?|faces?))? to\b/gi, 'identified'],
  // "what gave the game away": what revealed it.
  [/\b(?:gave|give|gives|giving) (?:the game|it|them) away\b/gi, 'revealed it'],
  [/\b(?:gave|give|gives|giving) ((?:the|that|this) (?:phish|email|e-mail|mail|message)) away\b/gi, 'revealed $1'],
  // "when did cambodians cast their ballots?": when they voted.
  [/\bcast(?:s|ing)? (?:their |his |her |a |my |our |your |the )?(?:ballots?|votes?)\b/gi, 'vote'],
  // "what does the charge sheet say?": the indictment.
  [/\bcharge ?sheets?\b/gi, 'indictment'],
  // "did beijing own up or brush it off?": whether it admitted or dismissed the accusation.
  [/\bown(?:s|ed|ing)? up(?: to (?:it|this|that))?\b/gi, 'admit'],
  [/\bbrush(?:es|ed|ing)? (?:it|this|that|them|the (?:claims?|accusations?|allegations?|charges?|report)) off\b|\bbrush(?:es|ed|ing)? off (?:the )?(?:claims?|accusations?|allegations?|charges?|report)\b/gi, 'dismiss'],
  // "how many were kicked out of politics?": banned from it.
  [/\b(?:kick(?:s|ed|ing)?|boot(?:s|ed|ing)?) out of (politics|the party|parliament|office)\b/gi, 'banned from $1'],
  // "did they have a go at the senate?", "who had a crack at the commission": to attack it (a dictionary sense of
  // "have a go at" someone), so who targeted it; a go at doing something ("a go at patching it") is a try, and stays.
  [/\b(?:have|has|had|having) (?:a )?(?:go|crack|pop|swing|stab|bash) at\b(?! \p{L}+ing\b)/giu, 'target'],
  // "the hacking aimed at cambodia's election", "the phish directed at kem": what targeted them. "Aim" names a motive
  // ("what was their aim?"), and its rare past tense outweighed the subject, pulling the entry on the group's goal;
  // aimed at doing something ("aimed at stealing secrets") is a purpose, and stays.
  [/\b(?:aimed|aiming|directed) (?:at|against)\b(?! \p{L}+ing\b)/giu, 'targeting'],
  // "what did fireeye tell reporters?", "what did kem say to the press": what they said. Who heard it says nothing
  // of what was said, and "reporters" would otherwise ask about the media as targets ("were reporters hit?" stays).
  // Only the audience at the end of its clause, and after "say" only with "to": "did fireeye say media orgs were
  // targeted?" asks about the media.
  [/\b(?:(tell|tells|telling|told) |(say|says|saying|said) to )(?:the )?(?:reporters|press|journalists|journos|media|newspapers)(?=\s*(?:$|[?!.,;:]|(?:about|after|that|when|then|and|in|on|at|over)\b))/gi, '$1$2'],
  // "the chief of the team": its leader ("the chief target" is the main one, and stays).
  [/\bchiefs? of (the|this|that|its|their|his|her) (team|group|party|unit|division|opposition)\b/gi, 'leader of $1 $2'],
  // "who did they get to put the stolen papers into english?": to translate them.
  [/\bput(?:s|ting)? (it|them|this|that|the [\p{L}' -]{1,30}?) into (english|khmer|chinese|french)\b/giu, 'translate $1 into $2'],
  // "why did they keep an eye on the vote?", "why is china keeping tabs on cambodia": the attackers watching something
  // spy on it. Only the attackers or a state: "should we keep an eye on our logs" is a defender's watch, and stays.
  [/\b(they|the hackers|the attackers|the spies|china|beijing|the chinese|these guys|apt40|the group) (?:keep|keeps|kept|keeping) (?:an eye|tabs|watch|close watch) on\b/gi, '$1 spy on'],
  // "what should we keep an eye out for?", "be on the lookout for": the warning signs of what is feared, which the
  // advice lists. ("watch out for" and "look out for" are read well as typed: the advice's own questions use them.)
  [/\b(?:keep(?:ing)? an eye out|(?:be |being |stay |staying )?on the lookout)(?: for)?\b/gi, 'look for warning signs of'],
  // "what were they trying to get hold of?", "what did they get their hands on": what they wanted to get. Only with
  // what was got left to ask: "how did FireEye get hold of the e-mail?" names it, and reads well as typed.
  [/\b(get|gets|got|getting|gotten) (?:a )?hold of(?=\s*(?:[?!.,]|$))|\b(get|gets|got|getting|gotten|lay|laid) (?:their|his|her|its|our|my|your) hands on(?=\s*(?:[?!.,]|$))/gi, '$1$2'],
  // "what does airbreak boil down to?": what it is.
  [/\bwhat (?:does|do|did|is|was) (.{1,40}?) (?:really |actually )?boil(?:s|ing)? down to\b/gi, 'what is $1'],
  // "what did the report turn up?", "what did they dig up": what was found; to "dig into" the servers is to examine them.
  [/\b(?:turn(?:ed)?|dig|dug) up\b/gi, 'find'],
  [/\b(?:dig|digs|dug|digging) (?:into|in to|through)\b/gi, 'examine'],
  // "when did this all kick off?": when it started.
  [/\bkick(?:s|ed|ing)? off\b/gi, 'start'],
  // "who came out on top in the election?": who won it.
  [/\b(?:come|comes|came|coming) out (?:on top|ahead)\b/gi, 'win'],
  // "who walked away with the seats?": who won them.
  [/\b(?:walk|walks|walked|walking) (?:off|away) with\b(?=[^.?!]{0,30}\b(?:seats?|votes?|win|victory|election|majority|prize)\b)/gi, 'won'],
  // "did fireeye reach out to the victims?": contact them.
  [/\breach(?:es|ed|ing)? out to\b/gi, 'contact'],
  // "how did they sneak malware onto machines?": install it there; "sneak in" is to get in.
  [/\b(?:sneak(?:s|ed|ing)?|snuck) (?!in\b)(.{1,30}?) (?:onto|on to|into|in to)\b/gi, 'install $1 on'],
  [/\b(?:sneak(?:s|ed|ing)?|snuck) in(?:to)?\b/gi, 'get into'],
  // "what malware did they sneak onto machines?": the malware asked about comes first, so nothing stands between.
  [/\b(?:sneak(?:s|ed|ing)?|snuck) (?:onto|on to)\b/gi, 'install on'],
  // "how did fireeye get its hands on their files?": what is got is named after it, and getting hold of it is meant.
  [/\b(get|gets|got|getting|gotten|lay|laid) (?:their|his|her|its|our|my|your) hands on\b/gi, '$1 hold of'],
  // "where did they set up shop?": where they operate from; "online" or "on the internet", on which servers.
  [/\bset(?:s|ting)? up shop (?:online|on the (?:internet|net|web))\b/gi, 'run their servers'],
  [/\bset(?:s|ting)? up shop\b/gi, 'based'],
  // "when the phishing email showed up": when it arrived (in an inbox, above, or with no place named).
  [/\b(e-?mails?|mails?|messages?|phish(?:ing e-?mails?)?) (?:show(?:s|ed)?|turn(?:s|ed)?|pop(?:s|ped)?) up\b/gi, '$1 arrived'],
  // "what other campaigns have they pulled off before?": the group's earlier attacks, like "done this before".
  [/\bwhat (?:other |else |earlier |previous )?(?:(?:campaigns|attacks|operations|ops|hacks|jobs|stuff) )?(?:have|has|had|did) (?:they|the hackers|the attackers|the group|this crew|these guys|apt40|temp\.periscope) (?:ever )?(?:pulled off|pull off|pulled|carried out|carry out|done|do|launched|run) (?:before|in the past|previously|earlier)\b/gi, 'has the group attacked before'],
  // "what front company did they operate through?": the company they used.
  [/\boperat(?:e|es|ed|ing) through\b/gi, 'use'],
  // "did cambodia hand over the hackers to the us?": people handed over to a state are extradited (papers or an
  // e-mail handed over are only given: "who did kem hand the email over to" stays).
  [/\bhand(?:s|ed|ing)? (?:over )?(the hackers|the suspects|the spies|the attackers|the officers|the accused|the four|them|him|her|these guys|those guys)(?: over)?(?= to\b)/gi, 'extradite $1'],
  // "how much did they make off the stolen data?": what they earned from it ("make off with" something is to steal it).
  [/\b(?:make|makes|made|making) (?:(?:any |much |some |a lot of |good )?(?:money|cash|profit|a profit|a killing) )?(?:off of|off|out of)\b(?! with\b)/gi, 'profit from'],
  // "who did the phish try to pass itself off as?": whom it impersonated.
  [/\bpass(?:es|ed|ing)? (?:itself|themselves|himself|herself|oneself|it|them) off as\b/gi, 'impersonate'],
  // "what did they end up stealing?": what they stole; "end up" only says it came last, and its words drew answers
  // about other things. Only after "what": "who ended up getting hacked" and "which ministries did they end up
  // breaking into" are read well as typed.
  [/\bwhat (did|does|do|will|would|might|could) (.{1,40}?) end(?:s|ed)? up (?=\p{L}+ing\b)/giu, 'what $1 $2 '],
  // "how did fireeye get wind of this?": how it found out about it.
  [/\b(?:get|gets|got|getting|gotten|catch|caught) wind of\b/gi, 'find out about'],
  // "names wise", "timing-wise": about names, about timing. Hyphened, or after a noun people use so; "is it
  // wise to open it?" keeps its adjective, and "likewise", "otherwise" their meaning.
  [/\b(?:(names?|timing|time|money|cost|price|security|tech|size|location|content|dates?)[- ]?wise|(?!(?:other|like|clock|street|length|counterclock|anticlock)-wise\b)(\p{L}{3,})-wise)\b/giu, '$1$2'],
  // How people write English learnt after another language, or pasted from a translation tool. "What signify CNRP?",
  // "what does NEC signify?": what it stands for, so what it is; "the letters NEC", "the acronym CNRP" before the
  // short name asked about only frame it.
  [/\bwhat (?:does |do |did )?(.{1,40}?) signif(?:y|ies|ied)(?=\s*(?:[?!.]|$))|\bwhat signif(?:y|ies|ied) (.{1,40}?)(?=\s*(?:[?!.]|$))/gi, 'what is $1$2'],
  [/\b(?:the )?(?:letters|acronym|abbreviation|initials) (?=\p{L}{2,8}(?:(?: please| pls)?\s*[?!.,]|$| (?:stand|stands|mean|means|signify|signifies|please|pls)\b))/giu, ''],
  // "homefry for what it serves?", "for what serves murkytop?", "htran serves for what?": what it is used for.
  [/\bfor what (?:(?:it|they|this|that|does it|do they|is it|are they) )?(?:serves?|serving|is used|are used|used|use)\b/gi, 'what is it used for'],
  [/\bserv(?:e|es|ed|ing) for what\b/gi, 'used for what'],
  // "they enter in the ministry", "entered into the computers of the senate": broke into it (entering a date or a
  // password into a form is not meant, so only before a place, a body or a machine).
  [/\b(?:enter|enters|entered|entering) (?:in|into|inside|to) (?=(?:the |their |its |his |her |our |my )?(?:[\p{L}-]+ ){0,3}?(?:ministry|ministries|commission|senate|parliament|computers?|systems?|networks?|servers?|e-?mails?|mailbox(?:es)?|accounts?|inbox(?:es)?|machines?|pcs?|laptops?|offices?|nec|cnrp|party)\b)/giu, 'hack '],
  // "how many votes obtained the CPP?", "the opposition obtained 55 seats": won them.
  [/\bobtain(?:s|ed|ing)?\b(?=[^.?!]{0,30}\b(?:votes?|seats?)\b)|(?<=\b(?:votes?|seats?)\b[^.?!]{0,30})\bobtain(?:s|ed|ing)?\b/gi, 'won'],
  // "how she understand that it was false email?": found out the e-mail was fake.
  [/\bunderst(?:and|ands|ood|anding)(?= (?:that )?(?:it|this|the (?:e-?mail|mail|message|phish|letter)) (?:was|is|were)\b)/gi, 'figure out'],
  [/\bfalse (e-?mails?|mails?|messages?|senders?|addresses?|documents?|sites?|websites?|domains?|letters?)\b/gi, 'fake $1'],
  // "in which city the hackers are staying?": where they are based ("stay safe" and a person's "stay" are not).
  [/\b(are|is|were|was) (?:staying|residing|living)(?= in\b|\s*[?!.]|$)/gi, '$1 based'],
  // A noun that English does not count, counted as other languages do: "informations", "advices", "softwares".
  [/\b(information|advice|software|malware|spyware|evidence|equipment|feedback|knowledge|hardware)s\b/gi, '$1'],
  [/\bpersons\b/gi, 'people'],
  // "the American justice", "the justice of the USA" (la justice américaine): the US Justice Department.
  [/\b(?:the )?(?:american|us|u\.s\.|usa) justice\b(?! department)|\b(?:the )?justice of (?:the )?(?:usa|us|united states|america)\b/gi, 'the US Justice Department'],
  // "the hackers of China", "the spies from China": the Chinese hackers.
  [/\b(?:the )?(hackers|spies|attackers|cyberspies) (?:of|from) china\b/gi, 'the Chinese $1'],
  // A title before a name, in whatever language it was learnt: "madam Kem", "monsieur Read", "mister Kem Sokha".
  [/\b(?:madam|madame|mister|monsieur|mr|mrs|ms|mme) (?=\p{L})|\b(?:mr|mrs|ms|mme)\. (?=\p{L})/giu, ''],
  // "which are the victims?" (quels sont…, cuáles son…): who they are.
  // Only the people asked about, not a thing of theirs: "what are the hackers' names?" stays.
  [/\b(?:which|what) (are|were) the (victims|targets|hackers|attackers|responsibles?)(?=\s*(?:[?!.,]|$| (?:of|in|for)\b))/gi, 'who $1 the $2'],
  // "the responsibles of the hacking", "who is the responsible of the attack": those responsible for it.
  [/\bresponsibles\b/gi, 'responsible'],
  [/\bresponsible of\b/gi, 'responsible for'],
  // "since how much time is this group active?", "since how many years…" (depuis combien de temps): since when.
  [/\b(?:since|from) how (?:much time|long|many (?:years|months|days|weeks))\b/gi, 'since when'],
  // "kindly revert with the list" (Indian English): reply with it, so give it.
  [/\b(?:kindly |please )?revert(?: back)?(?: to (?:me|us))? with\b/gi, 'give me'],
  // Khmer and formal titles before a name: "Samdech Hun Sen", "Samdech Techo Hun Sen", "Lok Chumteav Mu Sochua", "H.E.".
  [/\b(?:samdech(?: techo)?|lok chumteav|(?:his|her) excellency) (?=\p{L})|(?<=^|\s)h\.e\. (?=\p{L})/giu, ''],
  // The French names of the bodies in this story, as French-speaking Cambodians and translation tools give them.
  [/\b(?:comit[eé] national des [eé]lections|commission (?:nationale )?[eé]lectorale(?: nationale)?)\b/giu, 'National Election Commission'],
  [/\bminist[eè]re de l['\u2019 ]?int[eé]rieur\b/giu, 'Ministry of Interior'],
  [/\bminist[eè]re des affaires [eé]trang[eè]res(?: et de la coop[eé]ration internationale)?\b/giu, 'Ministry of Foreign Affairs'],
  [/\bminist[eè]re de l['\u2019 ]?[eé]conomie et des finances\b/giu, 'Ministry of Economy and Finance'],
  [/\bparti du peuple cambodgien\b/giu, "Cambodian People's Party"],
  [/\bparti du sauvetage national(?: du cambodge)?\b/giu, 'Cambodia National Rescue Party'],
  // "why licadho and not amnesty?", "why the senate rather than the assembly?": the choice passed over only sets off
  // the one asked about, whose reason is what is asked; its words would draw the entry on what was not chosen.
  [/\b(why\b[^?.!;,]*?)\s*,?\s+(?:(?:and|but) not|rather than|instead of|as opposed to)\b[^?.!;]*/gi, '$1'],
  // "how i can vote from abroad?", "where we can report it?": the question as English orders it.
  [/\b(how|where|when|why|what) (i|we) (can|could|should|must) (?=\p{L})/giu, '$1 $3 $2 '],
];

/** Which idioms a text might hold: most messages hold none of the words any idiom needs. */
const IDIOM_PREFILTER = new PatternPrefilter(IDIOMS.map(([idiom]) => idiom));

/**
 * The words the idioms are made of ("believed", "sitting", "strait"), so that one mistyped ("beliveed") is read
 * as the word before the idioms are looked for. Only these: a name mistyped near some other everyday word
 * ("fierye", nearer FireEye than "fierce" for search) is left for search to read.
 */
const IDIOM_WORDS: ReadonlySet<string> = new Set(IDIOMS.flatMap(([idiom]) => idiom.source.match(/(?<![\\a-z])[a-z]{5,}/g) ?? []));

function withIdiomWordsMended(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const meant = everydayWordMeant(word.toLowerCase());
    return meant && IDIOM_WORDS.has(meant) ? meant : word;
  });
}

/** How many of the idioms a text holds. */
function idiomsIn(text: string): number {
  const might = IDIOM_PREFILTER.mightMatch(text);
  let found = 0;
  for (let i = 0; i < IDIOMS.length; i++) {
    if (!might[i]) continue;
    const [idiom] = IDIOMS[i]!;
    idiom.lastIndex = 0;
    if (idiom.test(text)) found++;
    idiom.lastIndex = 0;
  }
  return found;
}

/**
 * Replaces each idiom with the plain words it means, keeping everything else as typed. Mistyped words of the
 * idioms are mended only when that completes an idiom ("beliveed to work for"); otherwise the text stays as
 * typed, for search to read ("pwned" is slang, not "owned").
 */
export function readIdioms(typed: string): string {
  const mended = withIdiomWordsMended(typed);
  const text = mended !== typed && idiomsIn(mended) > idiomsIn(typed) ? mended : typed;
  // Most messages hold none of an idiom's words, and its pattern is not run (pattern-prefilter.ts); each idiom reads
  // the text as the ones before left it.
  let plain = text;
  let might = IDIOM_PREFILTER.mightMatch(plain);
  for (let i = 0; i < IDIOMS.length; i++) {
    if (!might[i]) continue;
    const [idiom, meaning] = IDIOMS[i]!;
    const replaced = plain.replace(idiom, meaning);
    if (replaced !== plain) {
      plain = replaced;
      might = IDIOM_PREFILTER.mightMatch(plain);
    }
  }
  return plain;
}
