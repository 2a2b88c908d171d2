import type { LineContext } from '../../shared/line/line.js';
import { parseSmsCommand } from '../../shared/line/sms/commands.js';

/** How the labelled-message tests score the line: what it does with a message, and whether that is what was meant. */

/** What the line does with a message, in the labels' terms; a suggestion counts by its first topic. */
export function understood(ctx: LineContext, text: string): string {
  const command = parseSmsCommand(text, ctx.faqSearch.mentionsTopic, ctx.faqSearch.readsAsOptOut, (query) =>
    ctx.places.resolve(query),
  );
  switch (command.kind) {
    case 'help':
      return 'help';
    case 'hotlines':
      return 'hotline';
    case 'language':
      return `language-${command.lang}`;
    case 'stop':
      return 'opt-out';
    case 'start':
      return 'opt-in';
    case 'stop-ask':
      return 'asked whether to stop';
    case 'off-topic':
      return 'none';
    case 'question': {
      const match = ctx.faqSearch.search(command.text);
      if (match.kind === 'answer') return `answer:${match.topic.id}`;
      if (match.kind === 'suggest') return `suggest:${match.topics[0]?.id}`;
      return 'none';
    }
    default:
      return command.kind;
  }
}

export function right(message: { readonly intent: string; readonly topic?: string }, got: string): boolean {
  switch (message.intent) {
    case 'faq':
      return got === `answer:${message.topic}` || got === `suggest:${message.topic}`;
    // Never answered as a topic: the fallback, the closest topics offered as a question back, or
    // asked whether they want the messages to stop.
    case 'out-of-scope':
      return got === 'none' || got.startsWith('suggest:') || got === 'asked whether to stop';
    // A greeting alone is answered with what the line offers.
    case 'greeting':
      return got === 'help';
    default:
      return got === message.intent;
  }
}

/** Whether the place resolver's first reading of a labelled query is the region meant (or one also meant). */
export function placeRight(
  ctx: LineContext,
  p: {
    readonly query: string;
    readonly expect: { readonly level: string; readonly code: string } | null;
    readonly alsoOk?: readonly { readonly level: string; readonly code: string }[];
  },
): boolean {
  const found = ctx.places.resolve(p.query);
  if (p.expect === null) return found.kind === 'not-found';
  const top =
    found.kind === 'found' ? found.place : found.kind === 'ambiguous' ? found.candidates[0] : undefined;
  return !!top && [p.expect, ...(p.alsoOk ?? [])].some((e) => e.level === top.level && e.code === top.code);
}
