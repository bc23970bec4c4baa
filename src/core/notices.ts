import { errorReply, reply, type Reply } from './reply.ts';

/**
 * The few sentences an adapter may need outside a request's pipeline (when the platform itself failed, or
 * a button's payload is gone), so that every sentence a person reads still comes from the core.
 */
export const NOTICES = {
  /** A request failed in a way the pipeline could not answer (a platform call threw). */
  somethingWentWrong: (): Reply => errorReply('Something went wrong', 'Something went wrong on my side, not yours. Please try again in a moment.'),
  /** A suggestion button whose command the adapter no longer remembers (older, or from before a restart). */
  buttonExpired: (): Reply => errorReply('This button has expired', 'Ask again, or type `/help`.'),
  /** A message action ("Check with ballotguard") on a message with no text or file names to read (an image, an embed). */
  messageWithoutText: (): Reply =>
    errorReply('Nothing I can read in that message', 'It has no text or file names I can read (only an image or an embed, perhaps). Copy its sender line, link or text and paste it after `/check`.'),
  slowDown: (waitSeconds: number): Reply =>
    errorReply('Slow down a little', `Please wait ${waitSeconds} s before asking again. Until then I will not reply to you, so your community\u2019s channels stay quiet.`),
  feedbackCounted: (): Reply => reply({ kind: 'info', body: 'Thank you: the maintainers use this to improve the answers.', visibility: 'private' }),
  feedbackAlreadyCounted: (): Reply => reply({ kind: 'info', body: 'You already rated this answer; each person\u2019s rating counts once.', visibility: 'private' }),
  feedbackUnknownAnswer: (): Reply => reply({ kind: 'info', body: 'This answer is no longer on record, so the rating was not kept. Thank you all the same.', visibility: 'private' }),
};
