import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { type Intent, LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { BLIND_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind.js';
import { BLIND2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind2.js';
import { BLIND3_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind3.js';
import { BLIND4_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind4.js';
import { BLIND5_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind5.js';
import { BLIND6_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind6.js';
import { BLIND7_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind7.js';
import { BLIND8_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind8.js';
import { BLIND9_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind9.js';
import { BLIND10_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind10.js';
import { BLIND11_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind11.js';
import { BLIND12_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind12.js';
import { BLIND13_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind13.js';
import { BLIND14_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind14.js';
import { BLIND15_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind15.js';
import { BLIND16_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind16.js';
import { BLIND17_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind17.js';
import { BLIND18_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind18.js';
import { BLIND19_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind19.js';
import { BLIND20_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind20.js';
import { BLIND21_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind21.js';
import { BLIND22_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind22.js';
import { BLIND23_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind23.js';
import { BLIND24_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind24.js';
import { BLIND25_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind25.js';
import { BLIND26_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind26.js';
import { BLIND27_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind27.js';
import { BLIND28_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind28.js';
import { BLIND29_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind29.js';
import { BLIND30_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind30.js';
import { BLIND31_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind31.js';
import { BLIND32_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind32.js';
import { BLIND33_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind33.js';
import { BLIND34_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind34.js';
import { BLIND35_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind35.js';
import { BLIND36_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind36.js';
import { BLIND37_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind37.js';
import { BLIND38_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind38.js';
import { BLIND39_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind39.js';
import { BLIND40_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind40.js';
import { EXTRA_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra.js';
import { EXTRA2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra2.js';
import { FINAL_LABELLED_MESSAGES } from '../fixtures/labelled-messages-final.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES } from '../fixtures/labelled-messages-held.js';
import { LAST_LABELLED_MESSAGES } from '../fixtures/labelled-messages-last.js';
import { LATER_LABELLED_MESSAGES } from '../fixtures/labelled-messages-later.js';
import { NEXT_LABELLED_MESSAGES } from '../fixtures/labelled-messages-next.js';
import { OPTOUT_A_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-a.js';
import { OPTOUT_B_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-b.js';
import { OPTOUT_C_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-c.js';
import { OPTOUT_D_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-d.js';
import { OPTOUT_E_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-e.js';
import { OPTOUT_F_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-f.js';
import { OPTOUT_G_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-g.js';
import { OPTOUT_H_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-h.js';
import { OPTOUT_I_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-i.js';
import { OPTOUT_J_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-j.js';
import { OPTOUT_K_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-k.js';
import { OPTOUT_L_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-l.js';
import { OPTOUT_M_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-m.js';
import { OPTOUT_N_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-n.js';
import { OPTOUT_O_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-o.js';
import { OPTOUT_P_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-p.js';
import { OPTOUT_Q_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-q.js';
import { OPTOUT_R_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-r.js';
import { OPTOUT_S_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-s.js';
import { OPTOUT_T_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-t.js';
import { OPTOUT_U_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-u.js';
import { OPTOUT_V_LABELLED_MESSAGES } from '../fixtures/labelled-messages-optout-v.js';
import { OUTSIDE_LABELLED_MESSAGES } from '../fixtures/labelled-messages-outside.js';
import { REPORT_A_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-a.js';
import { REPORT_B_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-b.js';
import { REPORT_C_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-c.js';
import { REPORT_D_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-d.js';
import { REPORT_E_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-e.js';
import { REPORT_F_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-f.js';
import { REPORT_G_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-g.js';
import { REPORT_H_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-h.js';
import { REPORT_I_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-i.js';
import { REPORT_J_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-j.js';
import { REPORT_K_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-k.js';
import { REPORT_L_LABELLED_MESSAGES } from '../fixtures/labelled-messages-report-l.js';
import { SEALED_LABELLED_MESSAGES } from '../fixtures/labelled-messages-sealed.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { LABELLED_PLACES, type PlaceRef } from '../fixtures/labelled-places.js';
import { BLIND_LABELLED_PLACES } from '../fixtures/labelled-places-blind.js';
import { FINAL_LABELLED_PLACES } from '../fixtures/labelled-places-final.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { LAST_LABELLED_PLACES } from '../fixtures/labelled-places-last.js';
import { OUTSIDE_LABELLED_PLACES } from '../fixtures/labelled-places-outside.js';
import { SEALED_LABELLED_PLACES } from '../fixtures/labelled-places-sealed.js';
import { UNSEEN_LABELLED_PLACES } from '../fixtures/labelled-places-unseen.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * Every labelled set after the first (test/fixtures/labelled-messages-*.ts, labelled-places-*.ts),
 * in the order they were written. Each was written from the content and ordinary texting habits by
 * someone who did not read the parser or the matcher, and held out until the next one was written;
 * then its failures were studied and the rules tuned on it. The floors are the counts measured after
 * the last change, so a change that loses ground fails here: on the tuning sets they guard what
 * tuning won; on the held-out set (the last) they are what text nobody tuned on gets, and the README
 * says which targets that misses. Only totals are asserted; a held-out set is never studied entry
 * by entry. (test/unit/intents.test.ts and places-labelled.test.ts hold the first sets.)
 *
 * The FAQ questions of every tuning set are also examples in faq-examples.json, which the FAQ search
 * learns which topic to offer first from: on those sets the FAQ figures are training figures. The
 * held-out set's questions are not among the examples.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

interface LabelledMessage {
  readonly text: string;
  readonly intent: Intent;
  readonly topic?: string;
  readonly lang: 'id' | 'en';
}

interface MessageSet {
  readonly name: string;
  readonly messages: readonly LabelledMessage[];
  /** What the set is: tuning data (with its figures when it was held out), or held out. */
  readonly status: string;
  /** A set written to measure covers every intent, every topic and both languages; the extra sets weigh opt-outs. */
  readonly covers: boolean;
  /** At least this many right, first topic or intent. */
  readonly right: number;
  /** At least this many FAQ questions right, for a set that covers the topics. */
  readonly faqRight?: number;
  /** At most this many opt-outs missed (the aim is none). */
  readonly optOutsMissed: number;
  /** At most this many other messages taken for an opt-out (the aim is none). */
  readonly optOutsTaken: number;
  /** At most this many out-of-scope messages answered as a topic (the aim is none). */
  readonly outOfScopeAnswered: number;
  /** For a set that weighs symptom reports: at least this many read as one. */
  readonly reportsRight?: number;
  /** For a set that weighs symptom reports: at most this many other messages taken for one. */
  readonly reportsTaken?: number;
}

const MESSAGE_SETS: readonly MessageSet[] = [
  {
    name: 'fresh',
    messages: FRESH_LABELLED_MESSAGES,
    status: 'tuning (held out once: 204/217, FAQ 84/93, 1 of 21 opt-outs missed)',
    covers: true,
    right: 215,
    faqRight: 91,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'held',
    messages: HELD_LABELLED_MESSAGES,
    status: 'tuning (held out once: 150/173, FAQ 54/60, 5 of 22 opt-outs missed)',
    covers: true,
    right: 172,
    faqRight: 59,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'unseen',
    messages: UNSEEN_LABELLED_MESSAGES,
    status: 'tuning (held out once: 278/348, FAQ 131/141, then 318/348)',
    covers: true,
    right: 346,
    faqRight: 139,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'extra',
    messages: EXTRA_LABELLED_MESSAGES,
    status: 'tuning, opt-outs and their traps (234/338 and 35 of 80 opt-outs missed at first)',
    covers: false,
    right: 337,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'extra2',
    messages: EXTRA2_LABELLED_MESSAGES,
    status: 'tuning, opt-outs and their traps (290/363 and 27 of 133 opt-outs missed at first)',
    covers: false,
    right: 357,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-a',
    messages: OPTOUT_A_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (256/280, 6 of 137 opt-outs missed, 11 others taken, 2 of 61 out-of-scope answered at first)',
    covers: false,
    right: 278,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-b',
    messages: OPTOUT_B_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 246/281, 18 of 147 opt-outs missed, 12 others taken; 257/281, 13 missed, 8 taken once optout-a was tuned on)',
    covers: false,
    right: 279,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-c',
    messages: OPTOUT_C_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 289/331, 25 of 171 opt-outs missed, 8 others taken; 297/331, 19 missed, 7 taken once optout-b was tuned on)',
    covers: false,
    right: 330,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-d',
    messages: OPTOUT_D_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 294/321, 15 of 169 opt-outs missed, 4 others taken; 297/321, 14 missed, 4 taken once optout-c was tuned on)',
    covers: false,
    right: 320,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-e',
    messages: OPTOUT_E_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 291/324, 18 of 170 opt-outs missed, 4 others taken; 293/324, 15 missed, 5 taken once optout-d was tuned on)',
    covers: false,
    right: 320,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-f',
    messages: OPTOUT_F_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 293/318, 15 of 169 opt-outs missed, 4 others taken; 297/318, 12 missed, 3 taken once optout-e was tuned on)',
    covers: false,
    right: 310,
    optOutsMissed: 4,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-g',
    messages: OPTOUT_G_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 280/310, 23 of 167 opt-outs missed, 4 others taken; 282/310, 21 missed, 4 taken once optout-f was tuned on)',
    covers: false,
    right: 305,
    optOutsMissed: 2,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-h',
    messages: OPTOUT_H_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 268/299, 20 of 161 opt-outs missed, 3 others taken, the same once optout-g was tuned on)',
    covers: false,
    right: 293,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-i',
    messages: OPTOUT_I_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 282/335, 33 of 181 opt-outs missed, 6 others taken; 290/335, 27 missed, 5 taken once optout-h was tuned on)',
    covers: false,
    right: 327,
    optOutsMissed: 4,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-j',
    messages: OPTOUT_J_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 270/287, 5 of 147 opt-outs missed, 7 others taken; 271/287, the same opt-outs once optout-i was tuned on)',
    covers: false,
    right: 286,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-k',
    messages: OPTOUT_K_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 304/325, 11 of 167 opt-outs missed, 5 others taken, the same once optout-j was tuned on)',
    covers: false,
    right: 322,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-l',
    messages: OPTOUT_L_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 306/326, 9 of 174 opt-outs missed, 5 others taken; 308/326, 3 taken once optout-k was tuned on)',
    covers: false,
    right: 325,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-m',
    messages: OPTOUT_M_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 274/300, 18 of 160 opt-outs missed, 1 other taken; 275/300, 17 missed once optout-l was tuned on)',
    covers: false,
    right: 296,
    optOutsMissed: 3,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-n',
    messages: OPTOUT_N_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 278/300, 15 of 154 opt-outs missed, 1 other taken; 280/300, 14 missed once optout-m was tuned on)',
    covers: false,
    right: 298,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-o',
    messages: OPTOUT_O_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 268/281, 4 of 140 opt-outs missed, 4 others taken, the same once optout-n was tuned on)',
    covers: false,
    right: 279,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-p',
    messages: OPTOUT_P_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 264/281, 8 of 133 opt-outs missed, 4 others taken, the same once optout-o was tuned on)',
    covers: false,
    right: 277,
    optOutsMissed: 2,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-q',
    messages: OPTOUT_Q_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 253/270, 6 of 116 opt-outs missed, 4 others taken, 1 of 46 out-of-scope answered, the same once optout-p was tuned on)',
    covers: false,
    right: 267,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-r',
    messages: OPTOUT_R_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 262/281, 6 of 116 opt-outs missed, 4 others taken; 263/281, the same opt-outs once optout-q was tuned on)',
    covers: false,
    right: 275,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-s',
    messages: OPTOUT_S_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 267/287, 9 of 113 opt-outs missed, 6 others taken; 268/287, the same opt-outs once optout-r was tuned on)',
    covers: false,
    right: 281,
    optOutsMissed: 2,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-t',
    messages: OPTOUT_T_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 276/294, 4 of 110 opt-outs missed, 7 others taken; 280/294, 2 missed, 5 taken once optout-s was tuned on)',
    covers: false,
    right: 289,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-u',
    messages: OPTOUT_U_LABELLED_MESSAGES,
    status:
      'tuning, opt-outs and their traps (held out: 276/291, 7 of 111 opt-outs missed, 5 others taken; 277/291, 6 missed, 5 taken once optout-t was tuned on)',
    covers: false,
    right: 288,
    optOutsMissed: 1,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'optout-v',
    messages: OPTOUT_V_LABELLED_MESSAGES,
    status:
      'held out, never tuned on: opt-outs and their traps (255/288, 10 of 112 opt-outs missed, 4 others taken before optout-u was tuned on)',
    covers: false,
    right: 264,
    optOutsMissed: 7,
    optOutsTaken: 4,
    outOfScopeAnswered: 0,
  },
  {
    name: 'report-a',
    messages: REPORT_A_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 239/314, 117 of 180 reports read as one, 6 others taken for one)',
    covers: false,
    right: 300,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 169,
    reportsTaken: 2,
  },
  {
    name: 'report-b',
    messages: REPORT_B_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 232/312, 117 of 180 reports read as one, 8 others taken; 150 of 180, 5 taken once report-a was tuned on)',
    covers: false,
    right: 292,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 164,
    reportsTaken: 1,
  },
  {
    name: 'report-c',
    messages: REPORT_C_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 269/303, 152 of 179 reports read as one, 1 other taken; 153 of 179, none taken once report-b was tuned on)',
    covers: false,
    right: 293,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 173,
    reportsTaken: 0,
  },
  {
    name: 'report-d',
    messages: REPORT_D_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 271/305, 154 of 178 reports read as one, 4 others taken; 156 of 178 once report-c was tuned on)',
    covers: false,
    right: 299,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 1,
    reportsRight: 176,
    reportsTaken: 1,
  },
  {
    name: 'report-e',
    messages: REPORT_E_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 277/310, 165 of 186 reports read as one, 6 others taken; 167 of 186 once report-d was tuned on)',
    covers: false,
    right: 301,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 182,
    reportsTaken: 1,
  },
  {
    name: 'report-f',
    messages: REPORT_F_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 262/306, 150 of 184 reports read as one, 8 others taken; 150 of 184, 7 taken once report-e was tuned on)',
    covers: false,
    right: 290,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 170,
    reportsTaken: 0,
  },
  {
    name: 'report-g',
    messages: REPORT_G_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 285/320, 166 of 188 reports read as one, 9 others taken; 167 of 188, 8 taken once report-f was tuned on)',
    covers: false,
    right: 311,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 180,
    reportsTaken: 0,
  },
  {
    name: 'report-h',
    messages: REPORT_H_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 287/319, 169 of 188 reports read as one, 11 others taken for one; 173 of 188, 7 taken once report-g was tuned on)',
    covers: false,
    right: 306,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 176,
    reportsTaken: 0,
  },
  {
    name: 'report-i',
    messages: REPORT_I_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (252/316, 130 of 188 reports read as one, 2 others taken, when first measured; its readings were shown in a comparison of outputs before that measure, so it was never held out)',
    covers: false,
    right: 299,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 174,
    reportsTaken: 0,
  },
  {
    name: 'report-j',
    messages: REPORT_J_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 283/307, 175 of 190 reports read as one, 7 others taken for one; 176 of 190, 7 taken once report-h was tuned on)',
    covers: false,
    right: 296,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 181,
    reportsTaken: 1,
  },
  {
    name: 'report-k',
    messages: REPORT_K_LABELLED_MESSAGES,
    status:
      'tuning, symptom reports and their traps (held out: 285/311, 168 of 190 reports read as one, 3 others taken for one; 286/311, 169 read, 3 taken once report-j was tuned on)',
    covers: false,
    right: 299,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
    reportsRight: 178,
    reportsTaken: 0,
  },
  {
    name: 'report-l',
    messages: REPORT_L_LABELLED_MESSAGES,
    status:
      'held out, never tuned on: symptom reports and their traps (276/305, 166 of 189 reports read as one, 4 others taken for one, 1 for an opt-out, before report-k was tuned on)',
    covers: false,
    right: 277,
    optOutsMissed: 0,
    optOutsTaken: 1,
    outOfScopeAnswered: 0,
    reportsRight: 167,
    reportsTaken: 4,
  },
  {
    name: 'blind',
    messages: BLIND_LABELLED_MESSAGES,
    status: 'tuning (held out: 312/352, then 318/352, FAQ 138/151)',
    covers: true,
    right: 348,
    faqRight: 149,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'sealed',
    messages: SEALED_LABELLED_MESSAGES,
    status: 'tuning (held out: 413/460, then 417/460, FAQ 195/211)',
    covers: true,
    right: 453,
    faqRight: 208,
    optOutsMissed: 0,
    optOutsTaken: 0,
    // "TES" alone, the testing topic's reply word.
    outOfScopeAnswered: 1,
  },
  {
    name: 'final',
    messages: FINAL_LABELLED_MESSAGES,
    status: 'tuning (held out: 384/433, FAQ 166/197, 4 of 45 opt-outs missed)',
    covers: true,
    right: 431,
    faqRight: 195,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'outside',
    messages: OUTSIDE_LABELLED_MESSAGES,
    status: 'tuning (held out: 406/456, FAQ 187/223, 5 of 43 opt-outs missed, 1 other taken)',
    covers: true,
    right: 452,
    faqRight: 220,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'last',
    messages: LAST_LABELLED_MESSAGES,
    status: 'tuning (held out: 456/489, FAQ 218/241, no opt-out missed)',
    covers: true,
    right: 484,
    faqRight: 237,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'next',
    messages: NEXT_LABELLED_MESSAGES,
    status: 'tuning (held out: 430/473, FAQ 227/256, 1 of 38 opt-outs missed, 3 of 50 out-of-scope answered)',
    covers: true,
    right: 470,
    faqRight: 254,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'later',
    messages: LATER_LABELLED_MESSAGES,
    status: 'tuning (held out: 349/393, FAQ 203/234, 1 of 25 opt-outs missed; 367/393 before it was studied)',
    covers: true,
    right: 386,
    faqRight: 228,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind2',
    messages: BLIND2_LABELLED_MESSAGES,
    status: 'tuning (held out: 413/452, FAQ 232/252, 3 of 33 opt-outs missed; 416/452 before it was studied)',
    covers: true,
    right: 448,
    faqRight: 249,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind3',
    messages: BLIND3_LABELLED_MESSAGES,
    status: 'tuning (held out: 402/431, FAQ 224/245, 2 of 34 opt-outs missed; 407/431 before it was studied)',
    covers: true,
    right: 429,
    faqRight: 244,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind4',
    messages: BLIND4_LABELLED_MESSAGES,
    status:
      'tuning (held out: 379/413, FAQ 211/234, 1 of 35 opt-outs missed, 2 taken; 380/413 before it was studied)',
    covers: true,
    right: 407,
    faqRight: 228,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind5',
    messages: BLIND5_LABELLED_MESSAGES,
    status:
      'tuning (held out: 408/439, FAQ 224/245, no opt-out missed or taken; 409/439 before it was studied)',
    covers: true,
    right: 431,
    faqRight: 237,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind6',
    messages: BLIND6_LABELLED_MESSAGES,
    status: 'tuning (held out: 388/418, FAQ 214/230, 3 of 31 opt-outs missed)',
    covers: true,
    right: 411,
    faqRight: 227,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind7',
    messages: BLIND7_LABELLED_MESSAGES,
    status: 'tuning (held out: 412/446, FAQ 227/251, 3 of 36 opt-outs missed, 1 of 46 out-of-scope answered)',
    covers: true,
    right: 441,
    faqRight: 246,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind8',
    messages: BLIND8_LABELLED_MESSAGES,
    status: 'tuning (held out: 377/402, FAQ 218/234, 1 of 24 opt-outs missed, 1 of 48 out-of-scope answered)',
    covers: true,
    right: 400,
    faqRight: 232,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind9',
    messages: BLIND9_LABELLED_MESSAGES,
    status:
      'tuning (held out: 400/418, FAQ 234/247, 1 of 29 opt-outs missed and 1 taken, 1 of 43 out-of-scope answered)',
    covers: true,
    right: 416,
    faqRight: 245,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind10',
    messages: BLIND10_LABELLED_MESSAGES,
    status:
      'tuning (held out: 438/454, FAQ 242/251, 1 of 38 opt-outs missed and 1 taken, 2 of 45 out-of-scope answered)',
    covers: true,
    right: 453,
    faqRight: 250,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind11',
    messages: BLIND11_LABELLED_MESSAGES,
    status: 'tuning (held out: 411/437, FAQ 239/252, 3 of 33 opt-outs missed and 1 taken)',
    covers: true,
    right: 435,
    faqRight: 250,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind12',
    messages: BLIND12_LABELLED_MESSAGES,
    status:
      'tuning (held out: 429/454, FAQ 242/256, 2 of 37 opt-outs missed and 2 taken, 3 of 49 out-of-scope answered)',
    covers: true,
    right: 450,
    faqRight: 252,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind13',
    messages: BLIND13_LABELLED_MESSAGES,
    status:
      'tuning (held out: 418/443, FAQ 239/256, 1 of 36 opt-outs missed and 2 taken, 1 of 48 out-of-scope answered)',
    covers: true,
    right: 435,
    faqRight: 249,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind14',
    messages: BLIND14_LABELLED_MESSAGES,
    status: 'tuning (held out: 454/481, FAQ 253/266, 2 of 39 opt-outs missed, 1 of 56 out-of-scope answered)',
    covers: true,
    right: 477,
    faqRight: 263,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind15',
    messages: BLIND15_LABELLED_MESSAGES,
    status: 'tuning (held out: 437/456, FAQ 245/256, 2 of 37 opt-outs missed, 1 of 48 out-of-scope answered)',
    covers: true,
    right: 452,
    faqRight: 253,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind16',
    messages: BLIND16_LABELLED_MESSAGES,
    status:
      'tuning (held out: 397/416, FAQ 225/238, no opt-out missed or taken, 1 of 43 out-of-scope answered)',
    covers: true,
    right: 411,
    faqRight: 233,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind17',
    messages: BLIND17_LABELLED_MESSAGES,
    status:
      'tuning (held out: 428/448, FAQ 244/256, 2 of 36 opt-outs missed, none taken, none of 44 out-of-scope answered)',
    covers: true,
    right: 448,
    faqRight: 256,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind18',
    messages: BLIND18_LABELLED_MESSAGES,
    status:
      'tuning (held out: 405/419, FAQ 240/247, 2 of 39 opt-outs missed, none taken, 2 of 44 out-of-scope answered)',
    covers: true,
    right: 418,
    faqRight: 246,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind19',
    messages: BLIND19_LABELLED_MESSAGES,
    status:
      'tuning (held out: 429/455, FAQ 254/265, 5 of 40 opt-outs missed, none taken, 3 of 51 out-of-scope answered)',
    covers: true,
    right: 449,
    faqRight: 259,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind20',
    messages: BLIND20_LABELLED_MESSAGES,
    status:
      'tuning (held out: 443/481, FAQ 260/287, 3 of 41 opt-outs missed, 1 taken, 1 of 53 out-of-scope answered)',
    covers: true,
    right: 470,
    faqRight: 276,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind21',
    messages: BLIND21_LABELLED_MESSAGES,
    // Every greeting it held repeated an earlier set's and was taken out, so it covers the other intents only.
    status:
      'tuning (held out: 409/439, FAQ 256/278, 2 of 35 opt-outs missed, none taken, none of 47 out-of-scope answered)',
    covers: false,
    right: 427,
    faqRight: 266,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind22',
    messages: BLIND22_LABELLED_MESSAGES,
    status:
      'tuning (held out: 404/437, FAQ 237/261, 2 of 35 opt-outs missed, none taken, 1 of 47 out-of-scope answered)',
    covers: true,
    right: 425,
    faqRight: 249,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind23',
    messages: BLIND23_LABELLED_MESSAGES,
    // Its texts and their readings were once shown after its first measure, comparing outputs before
    // and after a change; no rule has been changed against them. Since messages asking to stop are
    // examples, 1 other message is asked whether to stop.
    status: 'held out, never tuned on',
    covers: true,
    right: 413,
    faqRight: 241,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind24',
    messages: BLIND24_LABELLED_MESSAGES,
    // Its greetings and English language requests all repeated earlier sets' and were taken out.
    status:
      'tuning (held out: 381/404, FAQ 236/253, 3 of 23 opt-outs missed, none taken, 1 of 50 out-of-scope answered)',
    covers: false,
    right: 394,
    faqRight: 244,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind25',
    messages: BLIND25_LABELLED_MESSAGES,
    status:
      'tuning (held out: 423/440, FAQ 247/253, 1 of 33 opt-outs missed, none taken, none of 52 out-of-scope answered)',
    covers: true,
    right: 431,
    faqRight: 248,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind26',
    messages: BLIND26_LABELLED_MESSAGES,
    // Its greetings and Indonesian language requests all repeated earlier sets' and were taken out.
    status:
      'tuning (held out: 412/446, FAQ 226/242, no opt-out missed, 1 other taken, none of 63 out-of-scope answered)',
    covers: false,
    right: 432,
    faqRight: 233,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind27',
    messages: BLIND27_LABELLED_MESSAGES,
    status:
      'tuning (held out: 481/511, FAQ 259/282, then 483/511, FAQ 260/282, no opt-out missed, 1 other taken, 1 of 64 out-of-scope answered)',
    covers: true,
    right: 500,
    faqRight: 271,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind28',
    messages: BLIND28_LABELLED_MESSAGES,
    status:
      'tuning (held out: 417/438, FAQ 244/250, then 423/438, no opt-out missed or taken, none of 43 out-of-scope answered)',
    covers: true,
    right: 432,
    faqRight: 246,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind29',
    messages: BLIND29_LABELLED_MESSAGES,
    status:
      'tuning (held out: 475/502, FAQ 273/286, the same once blind28 was tuned on; no opt-out missed, 1 taken, 1 of 47 out-of-scope answered)',
    covers: true,
    right: 492,
    faqRight: 279,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind30',
    messages: BLIND30_LABELLED_MESSAGES,
    status: 'tuning (held out: 455/489, FAQ 268/282; 462/489 once blind29 and optout-k were tuned on)',
    covers: true,
    right: 481,
    faqRight: 277,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind31',
    messages: BLIND31_LABELLED_MESSAGES,
    status:
      'tuning (held out: 444/460, FAQ 263/272; 445/460, FAQ 264/272 once blind30 and optout-l were tuned on)',
    covers: false,
    right: 456,
    faqRight: 270,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind32',
    messages: BLIND32_LABELLED_MESSAGES,
    status: 'tuning (held out: 463/489, FAQ 271/290; 461/489, FAQ 270/290 once blind31 was tuned on)',
    covers: true,
    right: 486,
    faqRight: 287,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind33',
    messages: BLIND33_LABELLED_MESSAGES,
    status: 'tuning (held out: 486/500, FAQ 304/316; 487/500 once blind32 was tuned on)',
    covers: false,
    right: 493,
    faqRight: 309,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind34',
    messages: BLIND34_LABELLED_MESSAGES,
    status: 'tuning (held out: 477/492, FAQ 290/298, then 477/492 once blind33 was tuned on)',
    covers: false,
    right: 487,
    faqRight: 294,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind35',
    messages: BLIND35_LABELLED_MESSAGES,
    status: 'tuning (held out: 418/433, FAQ 269/278, then 420/433, FAQ 271/278 once blind34 was tuned on)',
    covers: false,
    right: 428,
    faqRight: 275,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind36',
    messages: BLIND36_LABELLED_MESSAGES,
    status: 'tuning (held out: 450/476, FAQ 275/293, then 453/476, FAQ 276/293 once blind35 was tuned on)',
    covers: false,
    right: 468,
    faqRight: 286,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind37',
    messages: BLIND37_LABELLED_MESSAGES,
    status: 'tuning (held out: 450/495, FAQ 277/304, then 454/495, FAQ 279/304 once blind36 was tuned on)',
    covers: false,
    right: 471,
    faqRight: 287,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind38',
    messages: BLIND38_LABELLED_MESSAGES,
    status: 'tuning (held out: 422/449, FAQ 265/277, the same once blind37 was tuned on)',
    covers: false,
    right: 435,
    faqRight: 270,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 0,
  },
  {
    name: 'blind39',
    messages: BLIND39_LABELLED_MESSAGES,
    status: 'tuning (held out: 405/425, FAQ 263/274, the same once blind38 was tuned on)',
    covers: false,
    right: 417,
    faqRight: 270,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 1,
  },
  {
    name: 'blind40',
    messages: BLIND40_LABELLED_MESSAGES,
    status: 'held out, never tuned on (446/472, FAQ 277/292 before blind39 was tuned on)',
    covers: false,
    right: 447,
    faqRight: 277,
    optOutsMissed: 0,
    optOutsTaken: 0,
    outOfScopeAnswered: 2,
  },
];

interface LabelledPlace {
  readonly query: string;
  readonly expect: PlaceRef | null;
  readonly alsoOk?: readonly PlaceRef[];
}

interface PlaceSet {
  readonly name: string;
  readonly places: readonly LabelledPlace[];
  readonly status: string;
  /** At least this many read as the region meant (or not found, for a text naming no East Java place). */
  readonly right: number;
}

const PLACE_SETS: readonly PlaceSet[] = [
  { name: 'fresh', places: FRESH_LABELLED_PLACES, status: 'tuning (held out once: 225/240)', right: 237 },
  { name: 'held', places: HELD_LABELLED_PLACES, status: 'tuning (held out once: 177/187)', right: 183 },
  { name: 'unseen', places: UNSEEN_LABELLED_PLACES, status: 'tuning (held out once: 365/384)', right: 380 },
  { name: 'blind', places: BLIND_LABELLED_PLACES, status: 'tuning (held out: 556/580, 560/580)', right: 570 },
  { name: 'sealed', places: SEALED_LABELLED_PLACES, status: 'tuning (held out: 733/756)', right: 741 },
  { name: 'final', places: FINAL_LABELLED_PLACES, status: 'tuning (held out: 724/747)', right: 733 },
  { name: 'outside', places: OUTSIDE_LABELLED_PLACES, status: 'tuning (held out: 832/855)', right: 844 },
  { name: 'last', places: LAST_LABELLED_PLACES, status: 'held out, never tuned on', right: 712 },
];

const understoodAs = (m: LabelledMessage) => understood(ctx, m.text);

describe.each(MESSAGE_SETS.map((set, i) => ({ ...set, earlier: MESSAGE_SETS.slice(0, i) })))(
  'the $name labelled messages: $status',
  ({
    messages,
    covers,
    right: rightAtLeast,
    faqRight,
    optOutsMissed,
    optOutsTaken,
    outOfScopeAnswered,
    reportsRight,
    reportsTaken,
    earlier,
  }) => {
    it('are many, each once, none a message of an earlier set', () => {
      const before = new Set(
        [LABELLED_MESSAGES, ...earlier.map((s) => s.messages)].flat().map((m) => m.text.toLowerCase()),
      );
      const texts = messages.map((m) => m.text.toLowerCase());
      expect(messages.length).toBeGreaterThanOrEqual(150);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.filter((t) => before.has(t))).toEqual([]);
      if (covers) {
        expect(new Set(messages.map((m) => m.intent))).toEqual(
          new Set(LABELLED_MESSAGES.map((m) => m.intent)),
        );
        expect(new Set(messages.flatMap((m) => m.topic ?? []))).toEqual(new Set(pack.faq.map((t) => t.id)));
      }
      // A set that weighs opt-outs, or covers every intent, has them in both languages.
      const optOuts = messages.filter((m) => m.intent === 'opt-out');
      if (covers || optOuts.length * 4 >= messages.length)
        expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    });

    it(`top-1: at least ${rightAtLeast} right`, () => {
      expect(messages.filter((m) => right(m, understoodAs(m))).length).toBeGreaterThanOrEqual(rightAtLeast);
    });

    if (faqRight !== undefined) {
      it(`FAQ questions alone: at least ${faqRight} right`, () => {
        const faq = messages.filter((m) => m.intent === 'faq');
        expect(faq.filter((m) => right(m, understoodAs(m))).length).toBeGreaterThanOrEqual(faqRight);
      });
    }

    it(`takes at most ${optOutsTaken} other messages for an opt-out, and misses at most ${optOutsMissed}`, () => {
      const optOuts = messages.filter((m) => m.intent === 'opt-out');
      const taken = messages.filter((m) => m.intent !== 'opt-out' && understoodAs(m) === 'opt-out');
      expect(taken.length).toBeLessThanOrEqual(optOutsTaken);
      expect(optOuts.filter((m) => understoodAs(m) !== 'opt-out').length).toBeLessThanOrEqual(optOutsMissed);
    });

    if (reportsRight !== undefined && reportsTaken !== undefined) {
      it(`reads at least ${reportsRight} symptom reports as one, and takes at most ${reportsTaken} others for one`, () => {
        const reports = messages.filter((m) => m.intent === 'report');
        expect(reports.length).toBeGreaterThanOrEqual(150);
        expect(reports.filter((m) => understoodAs(m) === 'report').length).toBeGreaterThanOrEqual(
          reportsRight,
        );
        expect(
          messages.filter((m) => m.intent !== 'report' && understoodAs(m) === 'report').length,
        ).toBeLessThanOrEqual(reportsTaken);
      });
    }

    it(`answers at most ${outOfScopeAnswered} out-of-scope messages as a topic`, () => {
      const outOfScope = messages.filter((m) => m.intent === 'out-of-scope');
      expect(outOfScope.length).toBeGreaterThanOrEqual(15);
      expect(outOfScope.filter((m) => understoodAs(m).startsWith('answer:')).length).toBeLessThanOrEqual(
        outOfScopeAnswered,
      );
    });
  },
);

describe.each(PLACE_SETS.map((set, i) => ({ ...set, earlier: PLACE_SETS.slice(0, i) })))(
  'the $name labelled places: $status',
  ({ places, right: rightAtLeast, earlier }) => {
    it('are many, each once, none a query of an earlier set, and name regions of the pack', () => {
      const before = new Set(
        [LABELLED_PLACES, ...earlier.map((s) => s.places)].flat().map((p) => p.query.toLowerCase()),
      );
      const queries = places.map((p) => p.query.toLowerCase());
      expect(places.length).toBeGreaterThanOrEqual(150);
      expect(new Set(queries).size).toBe(queries.length);
      expect(queries.filter((q) => before.has(q))).toEqual([]);
      const unknown = places
        .flatMap((p) => [...(p.expect ? [p.expect] : []), ...(p.alsoOk ?? [])])
        .filter((ref) => !ctx.places.byCode(ref.level, ref.code));
      expect(unknown).toEqual([]);
      expect(places.filter((p) => p.expect === null).length).toBeGreaterThanOrEqual(10);
    });

    it(`top-1: at least ${rightAtLeast} right`, () => {
      expect(places.filter((p) => placeRight(ctx, p)).length).toBeGreaterThanOrEqual(rightAtLeast);
    });
  },
);
