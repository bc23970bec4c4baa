/**
 * What the knowledge base is about, in words its entries use. A question that points at something it never
 * names ("who did it?", "where are they from?"), asked with nothing before it, is read as about this: the
 * one subject anyone asking this bot can mean. Replies say so, so a wrong reading is plain to see.
 */
export const KNOWLEDGE_SUBJECT = 'the 2018 cyber-espionage campaign against Cambodia\u2019s election';
