import { reply, type Reply } from '../core/reply.ts';
import { normalizeText } from '../search/normalize.ts';

const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|yo)( there)?( ballotguard| bot)?$/;
const THANKS = /^(thanks?|thank you|thx|cheers|ta)( (so|very) much)?( ballotguard| bot)?$/;

/**
 * Greetings and thanks get a friendly reply instead of "I don't know": they are not questions, and
 * searching the knowledge base for "hello" would only find noise.
 */
export function smallTalk(text: string): Reply | undefined {
  const said = normalizeText(text);
  if (GREETING.test(said)) {
    return reply({
      kind: 'info',
      title: 'Hello!',
      body: 'I answer questions about the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to protect yourself from attacks like it. Ask in your own words, or type `/help` for commands.',
      suggestions: [
        { label: 'Who was targeted?', run: '/targets' },
        { label: 'Who is behind it?', run: '/actor' },
        { label: 'How do I stay safe?', run: '/advice' },
      ],
    });
  }
  if (THANKS.test(said)) {
    return reply({ kind: 'info', body: 'You\u2019re welcome. Stay safe, and report anything suspicious to your security contact.' });
  }
  return undefined;
}
