/**
 * The words of a chat message that are manners, not matter: greetings, addressing the bot, hedges and
 * apologies, thanks and sign-offs. They are read off the start and end of each sentence, so a question
 * keeps every word it is made of ("thanks to whom did the data go?" keeps "thanks to").
 */

const NAMES = String.raw`(?:ballot ?guard|bot|all|everyone|everybody|folks|team|guys|y'?all|there|friends?|people|again|mate|mates|sir or madam|sir\/madam|sirs?|madam|colleagues)`;
/** Names at the end of a sentence are only those that cannot be its subject ("who was on the team" keeps "team"). */
const TRAILING_NAMES = String.raw`(?:ballot ?guard|bot|all|everyone|everybody|folks|guys|y'?all|friends)`;
/** Some openers are filler only when punctuation sets them apart ("team, who…", "question: …"). */
const SET_APART = String.raw`(?=\s*[,:!\u2014\u2013-])`;
/** …or standing alone, its colon already read as a sentence break ("My question about that report: which firm…"). */
const SET_APART_OR_ALONE = String.raw`(?=\s*(?:[,:!\u2014\u2013-]|$))`;

/**
 * How a formal request opens: "could you kindly", "would you please", "would you be so kind as to", "might you be
 * good enough to", "please", "kindly".
 */
const FORMAL_ASKING = String.raw`(?:(?:could|would|can|will|might) (?:you|one)(?: (?:please|kindly|perhaps|possibly))*(?: be (?:so (?:good|kind) as|(?:kind|good) enough|able) to)?|please|kindly)(?: kindly)?`;
/**
 * A body that writes a formal letter and is its "we": "our embassy would appreciate…", "the delegation would be
 * grateful…". Who asks, not what is asked.
 */
const ASKING_BODY = String.raw`(?:our|my|the) (?:[\p{L}-]+ )?(?:embassy|mission|delegation|ministry|office|organi[sz]ation|committee|department|team|board|government|agency|secretariat|unit|desk|newsroom|commission|observers|institution)`;

/** What may open a sentence without being part of the question, each followed by optional punctuation. */
const LEADING = [
  String.raw`(?:hi+|hello+|hey+|hiya|howdy|heya|yo|sup|greetings|dear|good (?:morning|afternoon|evening|day)|morning|evening|gm|cheers)(?: ${NAMES})*(?: from (?:the |our |my |a |an )?[\p{L}-]+)?`,
  NAMES + SET_APART,
  // How older askers open politely, before the question: "I wonder if you could kindly tell me…", "I'm ever so sorry
  // to bother you, but…", "I hope you don't mind me asking, but…", "pardon my ignorance, but…", "excuse me,".
  String.raw`(?:i |i was |i'?m |i am |just )?(?:wonder|wondered|wondering) (?:if|whether) (?:you|u|someone|anyone|somebody) (?:could|would|might|can)(?: (?:kindly|possibly|please|perhaps|be so (?:kind|good) as to))*(?: (?:tell|explain to|show|remind) (?:me|us))?(?: (?:if|whether))?(?= \p{L})`,
  String.raw`(?:i'?m |i am )?(?:ever so |so |very |terribly |awfully |really |most )?sorry (?:to (?:bother|trouble|disturb|pester) you|for (?:bothering|troubling|disturbing) you)(?: (?:again|with this))?(?:,? but)?`,
  String.raw`(?:(?:i )?hope you (?:don'?t|do not) mind (?:me |my )?asking|if you (?:don'?t|do not) mind (?:me |my )?asking|(?:pardon|excuse|forgive) (?:my ignorance|me(?: for asking)?|the (?:silly|daft|basic|stupid|naive) question))(?:,? but)?`,
  // What an asker says of their own way with computers is how to answer, not what to search: "I am not very good with
  // computers.", "I'm hopeless with technology".
  String.raw`(?:i'?m|i am) (?:not (?:very |terribly |too |that |at all |really )?(?:good|great|clever|handy|comfortable|confident)|(?:hopeless|useless|terrible|no good|rubbish|not much use)) (?:with|at|around) (?:computers|technology|tech|the internet|these things|this sort of thing|all this)`,
  String.raw`(?:ok(?:ay)?|so|and|but|plus|um+|uh+|hm+|alright|also|and also|btw|by the way|fyi|psa|real quick)`,
  // "fr tho how did she know": "for real", opening a question as it closes one.
  String.raw`fr(?: tho| though)?`,
  // Speech's "like" before the question it opens: "like how did fireeye even find out".
  String.raw`like(?=,? (?:what|who|whom|whose|when|where|which|why|how|did|does|do|is|was|were|are|has|have|had|can|could)\b)`,
  // How younger chat hails whoever reads it, before the question: "bruh who did it", "ok fam which ministries".
  String.raw`(?:bruh+|bro|bruv|dude|fam|y'?all|bestie|sis|ayo+)`,
  // How younger chat leans into a question before asking it, never what is asked: "ok but like who did it", "so
  // basically what happened", "genuinely asking, who found it", "respectfully wtf is murkytop", "nah cuz who hacked the
  // nec" ("cuz" already read as "because"). Only before a question's first word or set apart: "like" and "no" begin
  // questions of their own ("like which ministries?" keeps its question word either way).
  String.raw`(?:like|basically|literally|genuinely(?: asking| curious| wondering)?|honestly(?: asking| curious)?|seriously|respectfully|real talk|no shade|(?:nah|naw|no) (?:because|cause))(?=\s*(?:$|[,.:!\u2014\u2013-]|(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|do|does|has|have|had|can|could|should|would|will)\b))`,
  // "ngl kinda shook the nec got hacked", "crazy that they left the servers open": how the news struck the asker, before
  // what they say or ask of it.
  String.raw`(?:(?:i'?m|im|i am|i was) )?(?:(?:kind of|sort of|lowkey|honestly|so|pretty|a bit) )?(?:shook|shooketh|shocked|stunned|floored|spooked|confused|lost)(?: (?:rn|right now|tbh|to be honest|ngl|not gonna lie))?(?: that)?`,
  String.raw`(?:(?:it'?s|that'?s|thats|its) )?(?:kind of |kinda |so |pretty |lowkey )?(?:wild|crazy|insane|nuts|bonkers|mental)(?: that)?(?=\s*(?:[,.:!\u2014\u2013-]|(?:the|they|china|apt40|hackers|someone|fireeye)\b))`,
  // "random but was the senate hit", "wait, has the US…": an aside before the question, not part of it.
  String.raw`(?:random|unrelated|off[- ]topic|different|related)(?: (?:q|qn|question|one|thought|thing))?,? but`,
  String.raw`wait(?: (?:a )?(?:sec|second|minute))?(?=\s*(?:$|[,.:!\u2014\u2013-]|(?:has|have|had|is|are|was|were|did|does|do|hasn't|haven't|isn't|aren't|wasn't|weren't|didn't|doesn't|don't|so|who|what|when|where|which|why|how|the|they|this|that|these|those|really|seriously|srsly|fr)\b))`,
  String.raw`(?:well|right|question|q|honest question|random question|dumb question|silly question|stupid question|heads up|quick heads up)` + SET_APART,
  // How long the message will be, and what the asker cannot work out, before what they ask: "long story short,",
  // "this might be a long one, but", "what I don't get is why…".
  String.raw`(?:long story short|to cut a long story short|(?:this|it) (?:might|may|will|could) be a (?:long|long-winded|rambling) (?:one|question|message)(?:,? but)?)`,
  String.raw`what (?:i|we) (?:don'?t|do not|can'?t|cannot) (?:get|understand|figure out|work out)(?:,[^,.?!]{1,60},)? is(?= (?:why|how|what|who|when|where|which|whether)\b)`,
  String.raw`quick (?:q|qn|question|one|thing|check)(?: for (?:you|the bot|ballot ?guard))?`,
  // What a trainer's question is for, before it: "quiz q: which org was impersonated?", "trivia question for my
  // class what malware…", "pop quiz: who found it" (its own sentence at the colon; "quiz" alone stays, and is
  // searched). The question follows; the quiz is only its use.
  String.raw`(?:(?:pop|quick|bonus|a|another) )?(?:quiz|trivia)(?: (?:q|qn|question|time))?(?: for (?:my|our|the) (?:class|students|trainees|workshop|session|training|team|staff))?(?=\s*(?:[,:!\u2014\u2013-]|(?:who|what|whats|what's|when|where|which|why|how|name|true|is|was|were|did|does)\b))|(?:pop|quick|bonus) (?:quiz|trivia)(?: (?:q|qn|question|time))?(?=\s*$)|(?:quiz|trivia) (?:q|qn|question|time)(?=\s*$)`,
  String.raw`one more(?: (?:q|qn|question|thing))?(?=\s*(?:[,:!\u2014\u2013-]|$))`,
  String.raw`(?:sorry|apologies|pardon)(?: (?:to bug|to bother|for the noob question|for asking|for the (?:long|late|dumb|basic|random|rambling|long-winded) (?:msg|message|post|question|q|one|wall of text|rant)|if (?:this is |it'?s )?(?:a )?(?:dumb|stupid|silly|obvious|basic|naive|noob)(?: (?:question|q|qn))?|if this was asked before|if this has been asked(?: before)?))?(?: you| y'?all| everyone)?(?: but)?`,
  String.raw`(?:just |i was |i'?m |i am )?(?:wondering|curious)(?: if| whether| about)?`,
  String.raw`(?:can|could|would) (?:you|someone|anyone|somebody)(?: please)? (?:tell|show|explain to|remind) (?:me|us)(?: please)?`,
  // "…been in business. Any idea?": a sentence asking only whether anyone knows what was just asked ("were there
  // any clues?" asks something).
  String.raw`(?:any|got any) (?:idea|ideas|clue|clues|thoughts|pointers)(?: (?:anyone|anybody|folks|guys|all|bot))?(?=[\s?.!]*$)`,
  // "remind me what day they voted": asked of the bot before a question word, and dropped ("remind" would be
  // searched for as a rare word; "tell me" is made of stopwords).
  String.raw`remind (?:me|us)(?: again)?(?= (?:what|who|when|where|which|why|how|whether|if)\b)`,
  String.raw`(?:does|do) (?:anyone|anybody|someone|somebody|you|y'?all) (?:know|remember)(?: if| whether)?`,
  String.raw`(?:anyone|anybody|someone) (?:know|knows|remember)(?: if| whether)?`,
  String.raw`(?:i'?d|i would|i want to|i wanna|we'?d|we would|i need to|we need to|need to|want to|wanna|would like to|(?:i |we )?(?:have|got) to) (?:like to )?(?:know|ask|check|find out)(?: if| whether)?`,
  // What the asker wants to grasp, before what they ask: "I'd like to understand how they got in", "we need to
  // figure out who…", "I want to learn why…", and as chat drops the subject, "trying to work out whether…". Only before
  // a question word: "I need to understand phishing" is a topic.
  String.raw`(?:(?:i|we)(?:'?d| would) like to|(?:(?:i|we) )?(?:want|need|have|am trying|'m trying|are trying|'re trying) to|(?:(?:i|we)(?:'m| am|'re| are) )?trying to) (?:(?:better|properly|fully) )?(?:understand|learn|figure out|work out|make sense of|get my head around)(?= (?:who|what|when|where|which|why|how|whether|if)\b)(?: if| whether)?`,
  // What the asker must explain to others, which they ask first: "i need to explain who kem sokha is" ("I want to
  // explain why…" tells what the asker means to do, and stays).
  String.raw`(?:(?:i|we) )?(?:need|have|got) to explain(?= (?:who|what|when|where|which|why|how)\b)`,
  // Asking for help before the question, set apart: "Can you help, I'm drafting…", "could someone help me with this:".
  String.raw`(?:(?:can|could|would) (?:you|someone|anyone|somebody)|please) help(?: (?:me|us))?(?: (?:out|with (?:this|something|a (?:question|thing))))?(?: please)?` + SET_APART,
  // How the asker frames what follows, set apart: "My question about that report: which firm…", "my question is:".
  String.raw`(?:so |and )?(?:my|our|the|one) (?:question|q|qn|query)(?: (?:about|on|regarding) (?:that|this|the|your) [\p{L}-]+(?: [\p{L}-]+)?)?(?: (?:is|was|then))?(?: (?:this|simply|simple))?` + SET_APART_OR_ALONE,
  // What the asker never understood, set apart before it: "Something I never understood, and my colleagues can't
  // explain it either: …".
  String.raw`(?:(?:there'?s |there is )?(?:something|one thing|a thing|the (?:one )?thing)(?: that| which)? (?:i|we) (?:(?:never|still|just|really) )?(?:(?:don'?t|do not|can'?t|cannot|didn'?t) )?(?:understood|understand|get|got|figured out|grasped)(?:,? (?:and|but) [^,.?!:]{1,60}?)?)` + SET_APART_OR_ALONE,
  // Where what follows came from, set apart before it: "A colleague forwarded me this:", "Here is an excerpt from an
  // email my director forwarded:", "Forwarded message:".
  String.raw`(?:(?:a|my|our|the) (?:[\p{L}-]+ )?(?:colleague|friend|boss|editor|director|manager|contact|source|partner|supervisor)s? (?:forwarded|sent|shared|passed on|passed)(?: (?:me|us))?(?: (?:this|the following|a (?:line|quote|message|mail|email|e-mail|snippet|passage|paragraph|text)))?|(?:here(?:'s| is) )?(?:a |an |the )?(?:forwarded (?:message|email|e-mail|mail|text)|fwd|fw|excerpt|snippet|extract|passage)(?: from [^,.?!:]{1,60})?)` + SET_APART_OR_ALONE,
  // A rumour the question checks, before it: "there's a claim floating around that…", "there is a rumour going around that…".
  String.raw`there(?:'?s| is| was) (?:a|this|some) (?:claim|rumou?r|story|theory|report)(?: (?:floating|going|doing the rounds|circulating|online))?(?: around| about)?(?: online)?(?: that)?(?= \p{L})`,
  // "please to inform me…", "kindly to give the list": a learner's "please" often takes the "to" of the verb after it.
  String.raw`(?:please|pls|plz|kindly)(?: to(?= \p{L}))?`,
  // Formal English wraps a question in a request, the way a diplomat's note or an official letter does: "could
  // you kindly indicate which…", "I should be grateful for clarification as to whether…", "may I enquire as to
  // the date…", "would you be so good as to indicate whether…". The request is manners; what follows is asked.
  String.raw`${FORMAL_ASKING} (?:indicate|clarify|confirm|specify|outline|set out|elaborate(?: (?:up)?on)?|elucidate|enlighten (?:me|us)(?: (?:as to|on|about))?|inform (?:me|us)(?: (?:as to|of|about))?|let (?:me|us) know|advise(?: (?:me|us))? (?:as to|of)|ascertain)(?: to (?:me|us))?(?: whether| if)?(?= \p{L})`,
  // The same request with a verb that may also ask for a thing of its own ("could you explain phishing", "could you
  // advise on passwords" ask for advice or an explanation): manners only before the question it wraps, "could you
  // kindly advise how many servers…", "would you be kind enough to explain why…".
  String.raw`${FORMAL_ASKING} (?:advise|explain|describe|state|summari[sz]e|tell|say|show|remind)(?: (?:to )?(?:me|us))?(?: (?:as to|on|about))?(?= (?:who|whom|whose|what|when|where|which|why|how|whether|if)\b)(?: whether| if)?`,
  // A request for an account of a thing: "could you provide a brief description of DADBOD", "would you be so kind as
  // to provide an overview of the malware families". The frame noun says how to answer, not what about.
  String.raw`${FORMAL_ASKING} (?:provide|give|offer|share|send)(?: (?:me|us))?(?: with)? (?:a |an |some |any |your |the )?(?:(?:brief|short|concise|quick|general|full|detailed|succinct) )?(?:overview|summary|description|account|explanation|outline|details|clarification|confirmation|indication)(?: (?:of|on|about|regarding|concerning|as to))?(?: whether| if)?(?= \p{L})`,
  // ("should be grateful…" without its subject: what follows "…, and" once "I write from the ministry and" has gone.)
  String.raw`(?:(?:i|we|${ASKING_BODY}) (?:should|would)|(?:i|we)['\u2019]d|should|would) be (?:most |very |extremely |truly )?(?:grateful|obliged|thankful)(?: (?:for|to (?:you|learn|know)(?: for)?)(?: (?:any|some|your|a|an))?(?: (?:clarification|information|confirmation|account|explanation|indication|overview|views?))?)?(?: (?:if|were) you (?:could|would|might|to)(?: kindly)?(?: (?:confirm|indicate|clarify|advise(?: (?:me|us))?|tell (?:me|us)|let (?:me|us) know|explain|set out|outline|specify))?)?(?: (?:as to|on|about|regarding|of))?(?: whether| if)?(?= \p{L})`,
  String.raw`(?:(?:i|we|${ASKING_BODY}) (?:would|should)|(?:i|we)['\u2019]d) (?:appreciate|welcome|value)(?:(?: (?:any|some|your|an?))? (?:clarification|information|confirmation|account|explanation|indication|overview|summary|views?|advice|guidance|details)(?: (?:of|on|about|regarding|as to))?| (?:it|learning|knowing)(?: if you (?:could|would)(?: kindly)? (?:confirm|indicate|clarify|tell (?:me|us)|explain|set out|outline))?)?(?: whether| if)?(?= \p{L})`,
  String.raw`(?:(?:may|might|could|can) (?:i|we)|permit me to|allow me to|(?:i|we) (?:wish|would (?:like|wish)|should like) to|(?:i|we)['\u2019]d like to) (?:enquire|inquire|ask)(?: (?:of )?you)?(?: (?:as to|about|regarding|concerning))?(?: whether| if)?(?= \p{L})`,
  String.raw`(?:elucidate|clarify|indicate|specify)(?: to (?:me|us))?(?: whether| if)?(?= \p{L})`,
  // "I should like to know…", "we wish to learn whether…": the asker's wish to know, before what they wish to know.
  String.raw`(?:(?:i|we) (?:should|would) (?:like|wish)|(?:i|we) wish) to (?:know|ask|learn|ascertain|establish)(?: whether| if)?(?= \p{L})`,
  // The same request left bare before the question it wraps, once "please" has gone: "please confirm which domain…",
  // "kindly let me know when…", "elaborate on how…" ("confirm the nec was hacked" is a claim, and keeps its verb).
  String.raw`(?:confirm|state|advise(?: (?:me|us))?|let (?:me|us) know|elaborate(?: (?:up)?on)?)(?= (?:who|whom|whose|what|when|where|which|why|how|whether|if)\b)(?: whether| if)?`,
  // "…has asked me to enquire about the role of MURKYTOP": what is enquired about is asked.
  String.raw`(?:enquire|inquire)(?: (?:about|as to|regarding|concerning|whether|if))?(?= \p{L})`,
  // The same request left bare once "please (to)" has gone: "inform me which group…", "inform us about the servers".
  String.raw`inform (?:me|us)(?: (?:as to|of|about|on))?(?: whether| if)?(?= \p{L})`,
  String.raw`(?:would|is) it (?:be )?possible (?:to|for you to) (?:ascertain|confirm|establish|learn|know|find out|say|indicate|clarify)(?: whether| if)?(?= \p{L})`,
  String.raw`it would (?:greatly |much |certainly )?(?:assist|help|be (?:useful|helpful|of (?:great |much )?(?:help|assistance|use)))(?: (?:me|us|our \p{L}+|my \p{L}+))?(?: greatly)? (?:to (?:know|learn|understand|have)|if you (?:could|would)(?: kindly| please)? (?:confirm|indicate|clarify|specify|state|advise(?: (?:me|us))?|tell (?:me|us)|let (?:me|us) know|explain|set out|outline|provide))(?: whether| if)?(?= \p{L})`,
  String.raw`with (?:(?:the )?(?:greatest |all )?(?:due )?respect|regret)` + SET_APART,
  // A letter's opening that ties it to earlier letters: "Further to our earlier correspondence, …".
  // Standing alone once a comma before "I would be grateful…" has ended its sentence, too: "Further to our meeting last week."
  String.raw`(?:further to|following up on|with reference to|in reference to) (?:our|your|my) (?:earlier |previous |recent |last |prior )?(?:correspondence|e-?mails?|letters?|messages?|notes?|calls?|conversations?|exchanges?|discussions?|meetings?)(?: (?:last|this) (?:week|month)| (?:of|on) (?:monday|tuesday|wednesday|thursday|friday|yesterday|last \p{L}+))?(?=\s*(?:[,.:!\u2014\u2013-]|$))`,
  // A reporter checking a line before printing it: "can I say that…", "is it fair to write that…", "need a
  // line on…". What follows is the claim or the subject asked about; the lead-in is how it will be used.
  // ("can we report this email?" asks how to report it: "report" is a reporter's only before "that".)
  String.raw`(?:(?:is it|would it be) (?:fair|accurate|safe|ok(?:ay)?|correct|right) to (?:say|write|report|claim|state|call)(?: that)?|(?:can|could|may) (?:i|we) (?:say|write|claim|state)(?: that)?|(?:can|could|may) (?:i|we) report that)`,
  // ("need a line on who…" has already lost "a line on" as an aside, and leaves "need who…").
  String.raw`(?:on deadline|(?:i |we )?need (?:a )?(?:quick )?line on|(?:a )?quick line on|(?:i |we )?need(?= (?:who|what|when|where|which|why|how)\b))`,
  // Where the asker heard a claim, before the claim itself: "heard china gave the NEC money, true?".
  // A figure may open the claim: "i heard 100 cnrp members were banned", "i read 5 people were charged".
  String.raw`(?:i (?:have |'?ve )?|i just |just )?heard(?: that)?(?= [\p{L}\p{N}$])|(?:i (?:have |'?ve )?|i just )read(?= \$?\p{N})`,
  // Disbelief before the claim: "are you telling me china hacked the vote", "so you're saying the NEC was hacked?".
  String.raw`(?:so )?(?:are you|you'?re|you are) (?:telling me|saying|trying to tell me)(?: that)?(?= \p{L})`,
  // "someone on twitter said…", "a colleague told me…": who passed the claim on, before the claim.
  // "a friend who works in cybersecurity told me that…", "a colleague from another mission said…": who they are is
  // part of who passed the claim on.
  String.raw`(?:someone|somebody|people|a (?:friend|colleague|journalist|reporter|guy|contact)|my (?:friend|colleague|boss|editor|contact))(?: (?:on|in) (?:twitter|x|facebook|telegram|whatsapp|reddit|signal|slack|discord|social media|the news|(?:a|our|the) (?:group )?(?:chat|slack|discord|channel|server))| (?:who|that) (?:works?|is|was) (?:in|at|for|with) [^,.?!:]{1,30}?| (?:from|at) (?:a|an|another|the|my|our) [^,.?!:]{1,30}?)? (?:said|says|told me|claimed|claims|posted|wrote|reckons|swears|swore|insists)(?: that)?(?= \p{L})`,
  // More of who or what passed a claim on, and how: "my editor thinks…", "people are saying…", "a tweet says…", "the
  // news say…" (as a learner writes it), "my uncle say…", "I read online that…".
  String.raw`(?:someone|somebody|people|a (?:friend|colleague|journalist|reporter|guy|contact|source|tweet|post|facebook post|blog(?: post)?|video|website|news (?:report|story|article)|article|story|headline|rumou?r)|the (?:news|media|papers|press|rumou?r)|my (?:friend|colleague|boss|editor|contact|source|uncle|aunt|father|mother|dad|mum|mom|brother|sister|cousin|neighbou?r|wife|husband|partner|manager|director|teacher|professor|family|son|daughter|grandson|granddaughter|grandchildren|grandkids|nephew|niece|carer|vicar|priest))(?: (?:on|in) (?:twitter|x|facebook|telegram|whatsapp|reddit|tiktok|signal|slack|discord|social media|the news|(?:a|our|the) (?:group )?(?:chat|slack|discord|channel|server)))? (?:says?|thinks?|believes?|insists?|swears?|swore|(?:is|are|was|were|keeps?) (?:saying|claiming|posting|swearing)|reckon|mentioned)(?: that)?(?= \p{L})`,
  String.raw`(?:i (?:have |'?ve )?|i just |just )?(?:read|saw|seen)(?: (?:somewhere|online|on (?:twitter|x|facebook|tiktok|reddit|social media|the news)|in (?:the (?:news|paper|papers)|an? (?:article|report|post|news story)))(?: that)?| that)(?= \p{L})`,
  // Where the asker saw a claim, before the claim itself: "saw a post saying russian hackers…", "read a tweet claiming…".
  String.raw`(?:i (?:have |'?ve )?|i just |just )?(?:saw|seen|read|came across|spotted) (?:a|an|this|that|some) (?:(?:fb|facebook|twitter|telegram|tiktok|reddit|whatsapp|viral|random) )?(?:post|tweet|video|article|story|headline|message|thread|comment|claim|meme|blog(?: post)?)(?: (?:on|in) [\p{L}]+)? (?:saying|that says|which says|claiming|that claims|that(?= (?:the|china|chinese|beijing|cambodia|cambodian|hackers|apt40|fireeye)\b))(?: that)?(?= \p{L})`,
  // What a pasted quote came from, set apart before it: "tweet going around:", "saw this tweet:", "headline in my
  // feed -", "FB post:", "reddit comment:", "pasted from a slide:", "just saw this in the thread" (on its own line).
  String.raw`(?:(?:i |we )?(?:just )?(?:saw|seen|found|got|spotted|pasted|copied)(?: (?:this|it))?(?: (?:from|in|on))? )?(?:this |a |an |the |some )?(?:tweet|post|fb post|facebook post|reddit (?:post|comment)|comment|headline|telegram (?:msg|message)|whatsapp (?:msg|message)|screenshot|slide|thread|meme)(?: (?:going around|doing the rounds|circulating|in (?:my|our|the) (?:feed|timeline|group|chat)|on (?:twitter|x|facebook|telegram|whatsapp|reddit|tiktok|linkedin)))?` + SET_APART_OR_ALONE,
  // A fact-checker's request to debunk, set apart before the claim ("help me debunk: …", "debunk pls — …", "debunk or
  // confirm: …"), or before "the claim that…": the claim is what is asked ("debunk" would be searched as a rare word).
  String.raw`(?:(?:can|could|would) (?:you|u) |pls |plz |please |help (?:me |us )?(?:to )?)?debunk(?: or (?:confirm|verify|back up))?(?: (?:this|that|pls|plz|please|for me|for us))*` + SET_APART_OR_ALONE,
  String.raw`(?:(?:can|could|would) (?:you|u) |pls |plz |please |help (?:me |us )?(?:to )?)?(?:debunk|fact[- ]?check|verify|check) (?:the |this |that |a )?(?:claim|rumou?r|idea|story|post|tweet)s? that(?= \p{L})`,
  // "is it legit that the servers were in the US?": asking whether a claim holds, as "is it true that…" does.
  String.raw`(?:is|was) (?:it|this|that) (?:really |actually )?(?:legit|for real|real|accurate|a fact) that(?= \p{L})`,
  // "is there any truth to the claim that…", "any truth in the rumour that…": the claim to check follows.
  String.raw`(?:is there )?(?:any|some) truth (?:to|in) (?:the |this |that )?(?:claim|rumou?r|story|idea|report|post)s? that(?= \p{L})`,
  // "claim: the NEC was hacked", "claim that the group is APT40 — true?": the claim to check follows.
  String.raw`(?:the )?claim(?: that(?= \p{L})|` + SET_APART_OR_ALONE + ')',
  // A quiz-like frame around the claim asked about: "true or false: the NEC was hacked", "fact or fiction - …".
  String.raw`(?:true or false|true ?\/ ?false|fact or fiction|fact or myth|myth or fact|real or fake|truth or rumou?r)(?=\s*(?:[,:!?\u2014\u2013-]|$))`,
];

/** What an answer is asked to be given as: "number only", "year please", "one word answer". */
const ANSWER_FORM = String.raw`number|figure|count|total|year|date|day|month|city|country|place|id|ids|domain|ip|one word(?: answer| reply)?`;

/** What may close a sentence without being part of the question. */
const TRAILING = [
  String.raw`(?:thanks|thank you|thx|thnx|tnx|ty|tysm|tia|cheers|ta|merci|much appreciated|appreciate(?:d| it| that)?|many thanks|thanks a lot|thanks so much|thank you so much)(?:,? (?:in advance|again|a lot|so much|all|everyone|folks|team|bot|ballot ?guard|for (?:the|your) (?:help|patience|time|kindness)(?: with (?:me|us))?|for any help))*`,
  // "what is LICADHO, I've never heard of it": that the asker has not met the name is why they ask, not what.
  String.raw`(?:i'?ve|i have|i had|i'?d) never (?:heard of|come across|seen) (?:it|them|that|this|those|him|her|the (?:name|word|term))(?: before)?`,
  String.raw`(?:please|pls|plz|asap|anyone|anybody|someone|if you know|if anyone knows|if possible|when you (?:get a chance|can)|no rush|lol|lmao|haha+|hehe|tbh|fr|frfr|fyi|btw|ok|kthx|x+)`,
  // What younger chat closes a question with: "what's a spear phish anyway", "who found it tho", "how'd they get in, im
  // curious", "…bruh". Only alone at the end: "even though" or "curious about" keep their sense.
  String.raw`(?<!\beven )(?:anyways?|tho|though|bruh+|bro|fam|(?:(?:i'?m|i am|im|just|i'?m just|i am just) )?(?:curious|wondering)|asking for a friend)`,
  // The asker leaving, closing the message: "…, brb meeting", "gtg", "ttyl", "gotta run".
  String.raw`(?:brb|gtg|g2g|ttyl|afk|bbl|(?:got to|gotta) (?:go|run|dash|bounce))(?: (?:meeting|mtg|call|class|lunch|soon|now|sorry))?`,
  // "…from the report, can the bot help?": asking for help with the sentence is asking the sentence.
  String.raw`(?:can|could|would|will) (?:you|u|the bot|ballot ?guard|this bot|anyone|someone|somebody) help(?: (?:me|us))?(?: (?:with|on) (?:this|that|it))?`,
  // "…who kem sokha is can you tell me", "…, could you explain?": asking the bot to tell what was just asked.
  String.raw`(?:(?:can|could|would) (?:you|u|the bot|anyone|someone) )?(?:tell|explain(?: (?:it|this|that))?(?: to)?) (?:me|us)(?: please)?(?=\W*$)`,
  // Why the asker wants it, closing the question: "…, just so I'm informed", "just so we know".
  String.raw`(?:just )?so (?:that )?(?:(?:i|we)(?:'m| am|'re| are) (?:informed|aware|prepared|up to (?:date|speed)|in the loop|not caught out)|(?:i|we) (?:know|understand|am prepared|are prepared))`,
  // Help hoped for, and who cannot give it, closing a question: "…, and honestly nobody on the team remembers, so any
  // help is appreciated before our Monday call".
  String.raw`(?:so )?(?:any|all) (?:help|input|pointers)(?: (?:is|would be))? (?:much |greatly |really |very )?(?:appreciated|welcome)(?: (?:before|by|ahead of) (?:my|our|the|a|an|this|tomorrow'?s|today'?s) [^,.?!]{1,30})?`,
  String.raw`(?<=,\s*)(?:and |but )?(?:honestly |frankly )?(?:nobody|no one|none of us)(?: (?:here|on (?:the|my|our) team|in (?:the|my|our) (?:office|team|group)))? (?:remembers|knows|can (?:remember|say|tell|explain)|is sure|has a clue)`,
  // How speech trails off after a question: "…find out about this so yeah", "…finance or whatever", "…and stuff like that".
  String.raw`(?:so (?:yeah|yea|ya|yep)|yeah so|or whatever|and stuff(?: like that)?|and (?:all )?that(?= *$)|and everything)`,
  // "did she open it or nah": the other half of a yes-no question adds nothing to search for.
  String.raw`or (?:nah|not|no|nope|what|smth|something(?: else)?|anything else|somewhere else|elsewhere|someone else|somebody else|(?:just |did they |do they )?ignored? it)`,
  // The lesser alternative a question sets against its own: "is this a state-backed crew or just random crooks?",
  // "how do they know it was china and not just some random hackers?" ask the first ("did they hit not just the
  // NEC" asks of both, and stays).
  String.raw`(?:or|and not) (?:(?:is|was|are|were) (?:it|this|that|they) )?just (?:[\w'-]+ ){0,4}[\w'-]+`,
  // Doubt about the claim asked: "did the senate get hit or is that a rumour?", "…or am I mixing things up?" ask
  // whether it happened, which the sentence before asks already.
  String.raw`or (?:(?:is|was|are|were) (?:it|this|that|they) |am i )(?:just |only |all )?(?:an? )?(?:rumou?rs?|myths?|fake(?: news)?|made up|false|bogus|bs|hype|overblown|exaggerated|(?:not )?true|wrong|mistaken|mixing (?:things|it|stuff) up|confused)`,
  // A guess at the size of the answer: "how long before the vote was it, like weeks?".
  String.raw`(?<=,\s*)(?:like |maybe |roughly |about )?(?:(?:a few|two|three|several|some) )?(?:days|weeks|months|years|a day|a week|a month|a year)`,
  // The form of the answer wanted, set after the question by a comma or a dash ("how many servers, number only", "when
  // was it dissolved - year please"), or as a sentence of its own after it ("which country is behind it? one word
  // answer"), where it says how ("just the year", "one word"). The question already says what is wanted; left in,
  // "number" drew entries that merely use the word. Not "exact number", which asks more than the question does
  // ("how many emails, exact count"), nor "names please", which may ask names the question does not.
  String.raw`(?<=(?:[,;:\u2014\u2013]|\s-)\s*)(?:(?:just|only) )?(?:(?:the|a|its|their) )?(?:${ANSWER_FORM})(?: only)?(?: (?:please|pls|plz))?`,
  String.raw`(?<=^\s*)(?:(?:just|only) (?:(?:the|a) )?(?:${ANSWER_FORM})|(?:${ANSWER_FORM}) only|one word(?: answer| reply| only)?)(?: (?:please|pls|plz))?`,
  // A tag asking to confirm what the sentence said: "china gave the NEC money, true?", "…, right?".
  String.raw`(?<=,\s*)(?:true|right|correct|yes|no|or not)`,
  // More tags of the same kind, leading the bot to agree: "…, yeah?", "…, confirm?", "…to hand hun sen the win,
  // obviously", "so it really was china huh". The claim before them is what is asked.
  String.raw`(?<=,\s*)(?:yeah|yea|yep|ya|confirm|confirmed|agreed|obviously|surely|am i right|am i wrong|yes or no)|(?<=\b[a-z\d]{2,}\s)(?:huh|yeah)`,
  // A tag question closing a statement: "…was about the election, wasn't it?", "…the commission didnt they" (read as
  // "did not they"). Not after a question word: "why wasn't it?" asks why.
  String.raw`(?:(?<=,\s*)|(?<=\b[a-z\d'.]{2,}\s)(?<!\b(?:why|how|what|who|whom|when|where|which|so|and|but|or|if|that)\s))(?:(?:is|was|are|were|did|do|does|has|have|had)(?:n'?t|n\u2019t| not)) (?:it|they|she|he|there|that|we|you)`,
  // The same tag in chat's words, set apart: "…flipped votes, accurate?", "…, any truth to that?", "…. can u confirm"
  // (", legit?" and ", real?" judge a thing as often as a claim: "got mail from x@gmail.com, legit?" keeps them).
  String.raw`(?<=,\s*)(?:for real|accurate|fact|facts)`,
  String.raw`(?:is there )?any truth (?:to|in) (?:that|it|this|this claim|the claim)|(?<=^\s*)(?:is there )?any truth|(?<=[,.]\s*)(?:any truth|(?:can|could) (?:you|u) confirm|pls confirm|please confirm|confirm)`,
  // Asking whether the sources bear the claim out, after it: "apt40 is state-backed. do the sources actually say that?".
  String.raw`(?:do|does) (?:the |your )?(?:sources?|reports?|research|knowledge base) (?:actually |really |even )?(?:say|back|support|confirm|back up) (?:that|this|it)(?: up)?`,
  // "…has other names right?", typed without the comma ("is that right?" and "human right" are not tags).
  String.raw`(?<!\b(?:is|was|are|were|it|that|this|the|a|an|not|am|be|s|human|civil|voting|all|copy|their|its|my|your|our)\s)(?:right|rite|ryt|innit)`,
  // The same tag asked as a question of its own: "…the senate. is that right?", "…, is this accurate?", "…? true or
  // false?" ("is it legit?" after a pasted address asks about the address, and stays).
  String.raw`(?:(?:(?:is|was) (?:that|this|it)|(?:that|this|it) (?:is|was)) (?:really |actually |even )?(?:so|true|right|correct|accurate|the case)(?: or (?:not|no|false|wrong))?|(?:true|fact|myth) or (?:false|fiction|myth|fact)|(?:correct|right|true) or not)`,
  // A reaction that is the whole sentence: "hmm interesting", "ok cool", "makes sense", "good to know". It asks
  // nothing; left in, "interesting" alone drew an entry that merely uses the word.
  String.raw`(?<=^\s*)(?:(?:oh|ah+|ooh|hm+|wow|so|very|how|that'?s|thats|pretty|really|super|kinda) )*(?:interesting|cool|neat|wow|whoa|woah|wild|yikes|oof|good to know|makes sense|fair enough|noted|gotcha|got it|i see|sounds good|awesome|great)`,
  // Praise for the bot: "thanks bot, you're the best".
  String.raw`(?:you'?re|you are|ur) (?:the best|a star|a legend|a lifesaver|awesome|amazing|great|brilliant|so helpful)|you rock|good bot|great (?:job|work)|nice (?:one|work)|legend`,
  // Not after a preposition or a determiner: "how do I report it through the bot?" is about the bot.
  String.raw`(?<!\b(?:the|this|that|these|those|a|an|our|your|with|through|by|via|of|to|from|for|about|on|in|into|at|using|use) )${TRAILING_NAMES}`,
];

const EDGE_PUNCTUATION = String.raw`[\s,;:.!?\u2014\u2013-]*`;
const leading = new RegExp(String.raw`^(?:${LEADING.join('|')})\b${EDGE_PUNCTUATION}`, 'iu');
const trailing = new RegExp(String.raw`(?:^|[\s,;:.!?\u2014\u2013-])(?:${TRAILING.join('|')})${EDGE_PUNCTUATION}$`, 'i');

/** Strips greetings, hedges and sign-offs from both ends of a sentence, as often as they are stacked. */
export function stripFiller(sentence: string): string {
  let text = sentence.trim();
  for (let changed = true; changed && text; ) {
    changed = false;
    const head = leading.exec(text);
    if (head && head[0].length > 0) {
      text = text.slice(head[0].length).trim();
      changed = true;
    }
    const tail = trailing.exec(text);
    if (tail && tail[0].length > 0) {
      // Keep the sentence's own question mark: it still says this was a question.
      const asked = /\?/.test(tail[0]) && !/^\W*$/.test(text.slice(0, tail.index)) ? '?' : '';
      text = `${text.slice(0, tail.index).replace(/[\s,;:]+$/, '')}${asked}`;
      changed = true;
    }
  }
  return text.replace(/^[\s,;:.!\u2014\u2013-]+/, '').trim();
}

/**
 * Chat interjections, asides and light verbs that are never what a question is about, wherever they stand:
 * "dadbod lol is that real?", "is it (or the bot) sure?", "which one tbh", "how did they manage to get in".
 */
const ASIDES = new RegExp(
  [
    // "oh" before the word that joins a second question ("what's murkytop, oh and htran too") only marks the
    // afterthought; left in, it hides the joining word and the second name is never asked about.
    String.raw`\b(?:lol+|lmao+|lmfao|rofl|haha+|hehe+|omg|smh|ngl|fwiw|jk|ikr|welp|meh|btw|to be honest|in my opinion|if i recall correctly|as far as i know|by the way|lowkey|highkey|no cap|deadass|istg|fr fr|wtf|wth|tbf|iykyk|on god|ong|yikes+|oof+|sheesh+|jeez|geez|yeesh|oh(?=,? (?:and|also|plus)\b))\b`,
    // Alarm at what the asker just did, never what is asked: "oops i opened the attachment, what now",
    // "uh oh, I clicked it".
    String.raw`\b(?:(?:wh)?oops+|oopsie|uh[- ]oh)\b`,
    // A dictated message's hesitations, wherever the speaker paused: "what did they steal from the um foreign ministry".
    String.raw`\b(?:um+|uhm+|uh+|erm+)\b`,
    String.raw`\b(?:like|as if) (?:i'?m|i am) (?:5|five|a (?:kid|child|five year old)|not (?:technical|a techie|an expert|a tech person))\b|\bin (?:plain|simple|normal|everyday|lay|layman'?s|non-?technical) (?:english|terms|words|language)\b`,
    // How technical the answer should be, never what it is about: "non-techie version", "a non-technical
    // explanation of", "for someone who knows nothing about computers", "non-technical, please:" standing on its
    // own ("is the phishing non-technical?" describes the subject, and stays).
    String.raw`\b(?:(?:a |an |the )?non-?(?:technical|techie|tech|expert)(?: (?:version|explanation|summary|answer|terms|words)(?: of)?|(?<=(?:^|[,;:.?!]\s*)(?:a |an |the )?non-?(?:technical|techie|tech|expert))(?=\s*(?:(?:please|pls|plz)\s*)?(?:[,.!?;:\u2014\u2013]|\s-|$)))|(?:a |the )?(?:simple|plain|layman'?s|easy|dumbed[- ]down) (?:version|explanation)(?: of)?|(?:to|for) (?:someone|somebody|a person|people|a layman|a layperson|laypeople|a beginner|my (?:grandma|grandmother|granny|mum|mom|dad|parents?)) who (?:knows?|understands?) nothing about (?:computers|tech|technology|it|security|cyber ?security|hacking))\b`,
    // How the asker wants the answer, never what it is about: "just the gist pls", "tl;dr", "in a nutshell" (but
    // "tl;dr of the story" asks a summary of it).
    String.raw`(?:\b(?:just |only )?(?:the|a) (?:gist|short version|quick version|summary)(?: of it| please| pls)?(?=\s*(?:[,.!?]|pls|please|$))|\btl;? ?dr\b(?! (?:of|on|for)\b)|\bin a nutshell\b|,?\s*\b(?:in (?:brief|short|sum|summary|essence|particular)|briefly|(?:broadly|generally|roughly|strictly) speaking|on the whole|by and large|all in all)\b|,?\s*\bin general\b(?! elections?\b)|(?<!\b(?:the|an?|its|their|his|her) ),?\s*\b(?:overall|mainly)(?=\s*(?:[,.!?;:]|$))|\bkeep it (?:short|brief|simple)\b|\bin (?:a )?(?:few|one|two) (?:words?|sentences?|lines?)\b|\b(?:in )?(?:a|one|two|a few|a couple of) (?:lines?|sentences?|words?) (?:on|about)(?= (?:why|how|what|who|when|where|which)\b)|\beli5\b)`,
    // When the asker needs the answer, never what it is about: "board meeting in 10", "on air in 5 mins",
    // "by tonight", "before my call". Two digits at most: "in 2018" is a year of the subject.
    String.raw`\b(?:in|within) (?:\d{1,2}(?: ?(?:mins?|minutes?|hrs?|hours?|secs?))?|(?:a few|an?|one|two|five|ten|fifteen|twenty|thirty|half an?) (?:mins?|minutes?|hrs?|hours?))(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    String.raw`\bby (?:tonight|tomorrow(?: morning)?|eod|cob|end of (?:the )?day|this (?:afternoon|evening))(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // "brief due at 5", "piece due tomorrow": the asker's deadline.
    String.raw`\bdue (?:(?:at|by|in) \d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm|mins?|minutes?|hrs?|hours?))?|tonight|tomorrow(?: morning)?|today|soon|this (?:afternoon|evening))(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // What the asker needs the answer for, never what it is about: "(for a briefing tomorrow)", "asking for a
    // piece I'm writing" ("for a report on APT40" keeps "on APT40"; "for the report's introduction" is a part of it,
    // read whole by the lead-ins of read-message.ts).
    String.raw`\b(?:asking |writing |working on |preparing )?for (?:a|an|my|our|the|this|tomorrow'?s|today'?s) (?:briefing|piece|story|article|report|podcast|presentation|meeting|class|lecture|thesis|paper|newsletter|segment|broadcast|explainer|blog ?post|post|training|workshop|memo)(?: (?:i'?m|i am|we'?re|we are) (?:writing|doing|preparing|giving|working on|putting together))?(?: (?:tomorrow|today|tonight|this week|next week))?\b(?!['\u2019]s\b)`,
    // Where the asker keeps meeting the subject, never what is asked: "the hainan connection everyone keeps
    // mentioning", "the guy the papers kept quoting on this". Not after a question's own verb ("what did the
    // papers keep saying").
    String.raw`(?<=\b(?!(?:did|do|does|are|is|were|was|have|has|had)\b)[a-z0-9'-]+ )(?:that |which |who |whom )?(?:everyone|everybody|people|folks|the (?:papers|news|media|press|reports?|articles?)) (?:keeps?|kept|have been|has been|are|is|were|was) (?:mentioning|talking about|bringing up|citing|quoting|going on about|on about)(?: on (?:this|it|that))?(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // The report the question rests on, never what it asks about: "anything to watch out for given the 2018
    // findings?", "in light of the report". ("after the report" asks a time, and stays.)
    String.raw`\b(?:given|in light of|considering|based on) (?:the |these |those |this |fireeye'?s? |the report'?s )?(?:2018 |latest |recent |new )?(?:findings|report|reports|revelations|disclosures)(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // The whole subject named again at a question's end: "which ministries were compromised in the campaign?",
    // "…got popped in the Cambodia op?" ask which ministries; every question here is about the campaign.
    String.raw`\b(?:in|during|throughout) (?:the|this|that|these|those) (?:whole |entire |2018 |same )?(?:(?:cambodia|cambodian|election|china|chinese) )?(?:campaign|operation|op|ops|(?:hacking|espionage|spying|phishing) (?:campaign|operation|spree)|hacks?|attacks?|intrusions?|spying|affair|episode|incident)(?=\s*(?:[?.!]|$))`,
    // The work a finding came out of, closing a formal question: "how many servers FireEye examined in the course of its
    // investigation", "what was found during the course of the inquiry". The finding is what is asked.
    String.raw`\b(?:in|during|over) the course of (?:its|their|his|her|the|this|that) (?:own )?(?:investigations?|inquiry|enquiry|research|analysis|review|work)(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // Where a question starts from, never what it asks: "how did they lure people in the first place".
    String.raw`\b(?:in the first place|to begin with|to start with)(?=\s*(?:[,.!?;:\u2014\u2013]|\s-|$))`,
    // "how they managed to compromise": the verb after it is what is asked about.
    String.raw`\b(?:managed|manage|manages|managing|was able|were able|been able) to\b`,
    String.raw`\(\s*(?:or |and )?(?:the |you )?(?:bot|ballot ?guard)\s*\)`,
  ].join('|'),
  'gi',
);

/** Removes interjections and asides from anywhere in a message. */
export function stripAsides(text: string): string {
  // Brackets the aside emptied go too: "was it hit (for a briefing)" is "was it hit".
  // So do commas left before the end of a sentence: "after a reboot, generally speaking?" is "after a reboot?".
  return text.replace(ASIDES, ' ').replace(/\(\s*\)/g, ' ').replace(/[ \t]+/g, ' ').replace(/ ([,;:.!?])/g, '$1').replace(/[,;:]+([.!?])/g, '$1');
}

/**
 * A line that only signs a message off: "best, S.", "Kind regards, Dara", "cheers", "- Sam". The valediction
 * then at most a short name written with capitals ("best practice" is no signature).
 */
const VALEDICTION = /^(?:best|best wishes|all the best|(?:kind |warm |best )?regards|cheers|thanks|thank you|many thanks|ta|sincerely|yours|take care|rgds|br)(?:(?:\s*,\s*|\s+)(.*?))?[.!]*$|^[-\u2014\u2013~]\s*(.+?)[.!]*$/iu;
const SIGNATURE = /^(?:\p{Lu}[\p{L}'-]*\.?)(?:\s+\p{Lu}[\p{L}'-]*\.?){0,2}$/u;

/** True for a sentence that only signs the message off, with or without a name. */
export function isSignOff(sentence: string): boolean {
  const trimmed = sentence.trim();
  const match = VALEDICTION.exec(trimmed);
  if (!match) return false;
  const name = (match[1] ?? match[2] ?? '').trim();
  return name === '' || SIGNATURE.test(name);
}
