import type { AppHomeOpenedEvent } from '@slack/types';
import type { Logger } from '../../src/core/logger.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import { renderSlack } from './render-slack.ts';
import type { EventArgs } from './slack-adapter.ts';

/**
 * The App Home tab: published for a person each time they open it (`app_home_opened` → `views.publish`), from
 * the core's home page. Needs no scope beyond the bot user, only the event and the Home tab in the manifest.
 * Returns the event's handler, which the adapter's one event listener calls.
 */
export function appHomeOpened(pipeline: Pipeline, logger: Logger): (args: EventArgs) => Promise<void> {
  return async ({ event: opened, client }) => {
    const event = opened as AppHomeOpenedEvent;
    if (event.tab !== 'home') return;
    const { blocks } = renderSlack(pipeline.homePage());
    try {
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
    } catch (error) {
      logger.warn({ code: (error as { data?: { error?: unknown } }).data?.error }, 'could not publish the App Home tab');
    }
  };
}
