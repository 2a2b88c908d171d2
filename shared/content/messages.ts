import * as z from 'zod';
import type { Lang, Localized } from '../lang.js';
import { toGsm7 } from '../text.js';
import { localized, shownText } from './load.js';

/**
 * The words of the line: every sentence a screen or an SMS says, in both languages, lives once in the
 * pack's `messages.json`. This table is its contract: each key, and the `{slots}` its text may use,
 * filled from the content data (numbers, names, hours) when it is said. A slot marked `!` must appear:
 * the sentence is wrong without it (a report reply that names no hospital).
 */
export const MESSAGE_SLOTS = {
  'nav.back': [],
  'nav.home': [],
  'nav.more': [],
  'nav.invalidChoice': [],
  'nav.emptyInput': [],
  'nav.noMorePages': [],

  'home.title': [],
  'home.faq': [],
  'home.hotlines': [],
  'home.hospital': [],
  'home.report': [],
  'home.language': [],
  'ussd.apology': ['line!', 'emergency!'],

  'faq.title': ['checked!'],
  'faq.sendSms': [],
  'faq.sent': [],

  'hotlines.title': ['time!'],
  'hotlines.smsHead': ['time!'],
  'hotlines.smsEmergency': ['emergency!'],

  'hospital.title': [],
  'hospital.pickKab': [],
  'hospital.typePlace': [],
  'hospital.kabListTitle': [],
  'hospital.placePrompt': [],
  'hospital.placeNotFound': [],
  'hospital.placeWhich': [],
  'hospital.placeWhichMany': ['total!'],
  'hospital.from': ['place!'],
  'hospital.nearest': ['hospital!', 'km!'],
  'hospital.main': ['hospital!', 'km!'],
  'hospital.inArea': ['place!'],
  'hospital.sendSms': [],
  'hospital.sent': ['emergency!'],
  'hospital.smsNearest': ['place!', 'hospital!', 'km!'],
  'hospital.smsMain': ['hospital!', 'km!'],
  'hospital.smsInArea': ['place!', 'hospitals!'],
  'hospital.smsEmergency': ['emergency!'],
  'hospital.askPlace': ['emergency!'],

  'place.choicesHead': [],
  'place.choicesReplyHospital': [],
  'place.choicesReplyReport': [],
  'place.choicesExample': ['example!'],
  'place.notThis': ['place!', 'example!'],
  'place.more': ['total!'],
  'place.notFound': ['query!', 'example!'],
  'place.notFoundNoQuery': ['example!'],
  'place.exampleHospital': [],
  'place.exampleReport': [],

  'language.title': [],
  'language.id': [],
  'language.en': [],
  'language.changed': [],

  'sms.help': ['checked!'],
  'sms.suggest': ['words!'],
  'sms.noMatch': ['line!'],
  'sms.stop': ['emergency!'],
  'sms.stopAsk': [],
  'sms.start': [],
  'sms.thanks': [],

  'report.resumeTitle': [],
  'report.resume': [],
  'report.restart': [],
  'report.consentTitle': [],
  'report.consentBody': ['days!'],
  'report.agree': [],
  'report.decline': [],
  'report.declined': ['line!', 'emergency!'],
  'report.ageTitle': [],
  'report.age.0-17': [],
  'report.age.18-39': [],
  'report.age.40-59': [],
  'report.age.60+': [],
  'report.symptomsTitle': [],
  'report.symptom.fever': [],
  'report.symptom.cough': [],
  'report.symptom.sore-throat': [],
  'report.symptom.breathing': [],
  'report.symptom.smell-taste': [],
  'report.symptom.none': [],
  'report.symptomsInvalid': [],
  'report.contactTitle': [],
  'report.riskTitle': [],
  'report.yes': [],
  'report.no': [],
  'report.placeTitle': [],
  'report.placeKab': [],
  'report.placeType': [],
  'report.callTitle': [],
  'report.missingBoth': ['emergency!'],
  'report.missingSymptoms': ['emergency!'],
  'report.missingPlace': ['emergency!'],

  'word.or': [],
  'word.tel': [],
} as const satisfies Record<string, readonly string[]>;

export type MessageKey = keyof typeof MESSAGE_SLOTS;

export const MESSAGE_KEYS = Object.keys(MESSAGE_SLOTS) as MessageKey[];

/** Every sentence, per key, in both languages. */
export type Messages = Readonly<Record<MessageKey, Localized>>;

/** A `{slot}` in a template. */
const SLOT = /\{([A-Za-z]+)\}/g;

/** The `{slot}` names a template uses, in order of appearance. */
export function slotsIn(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

/**
 * A template checked against the slots it may and must use: a misspelt slot would be said as is, and
 * a missing required one would drop the number or name the sentence exists for.
 */
export function templateText(slots: readonly string[]) {
  const allowed = new Set(slots.map((s) => s.replace(/!$/, '')));
  const required = slots.filter((s) => s.endsWith('!')).map((s) => s.slice(0, -1));
  const filled = shownText();
  return z.string().superRefine((text, ctx) => {
    // Braces are GSM-7 extension characters, but a slot is never sent: check the text around them.
    for (const issue of filled.safeParse(text.replace(SLOT, '$1')).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message });
    }
    const used = slotsIn(text);
    const unknown = used.filter((s) => !allowed.has(s));
    if (unknown.length > 0) {
      const may =
        allowed.size > 0 ? `may use ${[...allowed].map((s) => `{${s}}`).join(' ')}` : 'takes no slots';
      ctx.addIssue({
        code: 'custom',
        message: `unknown slot ${unknown.map((s) => `{${s}}`).join(' ')}: ${may}`,
      });
    }
    const missing = required.filter((s) => !used.includes(s));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', message: `must say ${missing.map((s) => `{${s}}`).join(' ')}` });
    }
  });
}

// Built on first use: the functions load an already validated pack and only say its messages, and
// building a checked template for every key took about 10 ms of each cold start.
export const MessagesSchema = z.lazy(() =>
  z.strictObject(
    Object.fromEntries(
      MESSAGE_KEYS.map((key) => [key, localized(templateText(MESSAGE_SLOTS[key]))]),
    ) as Record<MessageKey, ReturnType<typeof localized<ReturnType<typeof templateText>>>>,
  ),
);

/** Values for a template's slots. */
export type SlotValues = Readonly<Record<string, string>>;

/** Fills `{slot}`s; a slot without a value is said as nothing. The result is GSM-7 basic. */
export function fillTemplate(template: string, values: SlotValues = {}): string {
  return toGsm7(
    template.replace(SLOT, (_, key: string) => values[key] ?? ''),
    { basicOnly: true },
  );
}

/** Says one sentence of a catalogue in a language, with its slots filled. */
export function say(messages: Messages, key: MessageKey, lang: Lang, values?: SlotValues): string {
  return fillTemplate(messages[key][lang], values);
}
