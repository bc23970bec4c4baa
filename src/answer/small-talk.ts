import { reply, type Reply } from '../core/reply.ts';
import type { ReadMessage } from '../understand/read-message.ts';

/**
 * Greetings and thanks get a friendly reply instead of "I don't know": they are not questions, and
 * searching the knowledge base for "hello" would only find noise.
 */
export function smallTalkReply(kind: NonNullable<ReadMessage['smallTalk']>): Reply {
  if (kind === 'banter') {
    return reply({
      kind: 'info',
      body: '\u{1F604} I\u2019m here for questions about the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to protect yourself from attacks like it. Ask away, or type `/help` for commands.',
    });
  }
  if (kind !== 'thanks') {
    return reply({
      kind: 'info',
      title: 'Hello!',
      body: 'I\u2019m ballotguard, a bot that answers questions about the 2018 cyber-espionage campaign against Cambodia\u2019s election and how to protect yourself from attacks like it. Ask in your own words, or type `/help` for commands.',
      suggestions: [
        { label: 'Who was targeted?', run: '/targets' },
        { label: 'Who is behind it?', run: '/actor' },
        { label: 'How do I stay safe?', run: '/advice' },
      ],
    });
  }
  return reply({ kind: 'info', body: 'You\u2019re welcome. Stay safe, and report anything suspicious to your security contact.' });
}
