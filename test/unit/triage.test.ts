import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/adapters/clock.js';
import { type ReportOutcome, reportOutcome } from '../../shared/line/answers.js';
import { reportScreenText, reportSmsText } from '../../shared/line/render.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import { answerSms } from '../../shared/line/sms/answer-sms.js';
import { type TriageAnswers, triage } from '../../shared/line/triage.js';
import { answerUssdHop } from '../../shared/line/ussd/answer-hop.js';
import { memoryLineDeps } from '../support/fakes.js';
import { fixtureLine } from '../support/packs.js';

/**
 * The triage table (README, `shared/line/triage.ts`): one case per row and its edges, then every row
 * reported on both channels, which must store the same risk and give the same advice.
 */

const base: TriageAnswers = {
  ageBand: '18-39',
  symptoms: [],
  contactWithCase: false,
  pregnantOrChronic: false,
};

/** A case of the table: the answers, and how a caller gives them on each channel. */
interface Row {
  row: 1 | 2 | 3 | 4 | 5;
  name: string;
  answers: Partial<TriageAnswers>;
  level: 'low' | 'moderate' | 'high';
  advice: 'urgent' | 'symptoms' | 'contact' | 'well';
  /** USSD inputs for age, symptoms, contact, chronic illness. */
  ussd: [age: string, symptoms: string, contact: string, chronic: string];
  /** What the caller texts before the place. */
  sms: string;
}

const ROWS: Row[] = [
  {
    row: 1,
    name: 'difficulty breathing alone',
    answers: { symptoms: ['breathing'] },
    level: 'high',
    advice: 'urgent',
    ussd: ['2', '4', '2', '2'],
    sms: 'lapor sesak napas',
  },
  {
    row: 1,
    name: 'difficulty breathing with a cough, under 18',
    answers: { symptoms: ['breathing', 'cough'], ageBand: '0-17' },
    level: 'high',
    advice: 'urgent',
    ussd: ['1', '24', '2', '2'],
    sms: 'lapor sesak batuk umur 12',
  },
  {
    row: 2,
    name: 'two symptoms at 60 or over',
    answers: { symptoms: ['fever', 'cough'], ageBand: '60+' },
    level: 'high',
    advice: 'urgent',
    ussd: ['4', '12', '2', '2'],
    sms: 'lapor demam batuk umur 67',
  },
  {
    row: 2,
    name: 'two symptoms with a chronic illness or pregnancy',
    answers: { symptoms: ['fever', 'sore-throat'], pregnantOrChronic: true },
    level: 'high',
    advice: 'urgent',
    ussd: ['2', '13', '2', '1'],
    sms: 'lapor demam sakit tenggorokan hamil',
  },
  {
    row: 3,
    name: 'one symptom',
    answers: { symptoms: ['cough'] },
    level: 'moderate',
    advice: 'symptoms',
    ussd: ['2', '2', '2', '2'],
    sms: 'lapor batuk',
  },
  {
    row: 3,
    name: 'one symptom at 60 or over',
    answers: { symptoms: ['fever'], ageBand: '60+' },
    level: 'moderate',
    advice: 'symptoms',
    ussd: ['4', '1', '2', '2'],
    sms: 'lapor demam umur 70',
  },
  {
    row: 3,
    name: 'three symptoms, under 60, no illness',
    answers: { symptoms: ['fever', 'cough', 'smell-taste'] },
    level: 'moderate',
    advice: 'symptoms',
    ussd: ['2', '125', '2', '2'],
    sms: 'lapor demam batuk anosmia',
  },
  {
    row: 3,
    name: 'a symptom after contact with a confirmed case',
    answers: { symptoms: ['fever'], contactWithCase: true },
    level: 'moderate',
    advice: 'symptoms',
    ussd: ['2', '1', '1', '2'],
    sms: 'lapor demam kontak erat',
  },
  {
    row: 4,
    name: 'no symptom after contact with a confirmed case',
    answers: { contactWithCase: true },
    level: 'moderate',
    advice: 'contact',
    ussd: ['2', '6', '1', '2'],
    sms: 'lapor sehat kontak erat',
  },
  {
    row: 4,
    name: 'no symptom after contact, 60 or over with an illness',
    answers: { contactWithCase: true, ageBand: '60+', pregnantOrChronic: true },
    level: 'moderate',
    advice: 'contact',
    ussd: ['4', '6', '1', '1'],
    sms: 'lapor sehat kontak diabetes lansia',
  },
  {
    row: 5,
    name: 'no symptom, no contact',
    answers: {},
    level: 'low',
    advice: 'well',
    ussd: ['2', '6', '2', '2'],
    sms: 'lapor sehat',
  },
  {
    row: 5,
    name: 'no symptom, no contact, 60 or over with an illness',
    answers: { ageBand: '60+', pregnantOrChronic: true },
    level: 'low',
    advice: 'well',
    ussd: ['4', '6', '2', '1'],
    sms: 'lapor sehat jantung umur 61',
  },
];

describe('the triage table', () => {
  it.each(ROWS)('row $row: $name is $level ($advice)', ({ row, answers, level, advice }) => {
    expect(triage({ ...base, ...answers })).toEqual({ row, level, advice });
  });

  it('has a case for every row', () => {
    expect(new Set(ROWS.map((r) => r.row))).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});

// A Monday at 10:00 WIB: the office advice line is open.
const NOW = '2026-11-23T03:00:00Z';
const PLACE = 'watugede';
const PHONE = '+6281234567890';

function stores() {
  return memoryLineDeps(fixtureLine(), fixedClock(NOW));
}

async function reportByUssd(row: Row) {
  const d = stores();
  const [age, symptoms, contact, chronic] = row.ussd;
  const path = ['4', '1', age, symptoms, contact, chronic, '2', PLACE, '2'];
  let reply = await answerUssdHop(d, { sessionId: 's1', serviceCode: '*1#', phoneNumber: PHONE, text: '' });
  for (let i = 1; i <= path.length; i += 1) {
    reply = await answerUssdHop(d, {
      sessionId: 's1',
      serviceCode: '*1#',
      phoneNumber: PHONE,
      text: path.slice(0, i).join('*'),
    });
  }
  const [report] = [...d.reports.reports.values()];
  return { screen: reply.reply, sms: d.outbox.list().map((m) => m.message), report };
}

async function reportBySms(row: Row) {
  const d = stores();
  await answerSms(d, { id: 'm1', from: PHONE, to: '1234', text: `${row.sms} ${PLACE}` });
  const [report] = [...d.reports.reports.values()];
  return { sms: d.outbox.list().map((m) => m.message), report };
}

function expectedOutcome(report: SymptomReport | undefined): ReportOutcome {
  const ctx = fixtureLine().contextAt(new Date(NOW));
  const place = ctx.places.resolve(PLACE);
  if (!report || place.kind !== 'found') throw new Error('no report stored');
  return reportOutcome(ctx, report.answers, place.place);
}

describe('a report on either channel', () => {
  it.each(ROWS)('row $row ($name): the same risk and the same advice by USSD and by SMS', async (row) => {
    const ussd = await reportByUssd(row);
    const sms = await reportBySms(row);

    expect(ussd.report?.risk).toEqual({ row: row.row, level: row.level, advice: row.advice });
    expect(sms.report?.risk).toEqual(ussd.report?.risk);

    const ctx = fixtureLine().contextAt(new Date(NOW));
    const outcome = expectedOutcome(ussd.report);
    expect(ussd.screen).toEqual({ kind: 'END', text: reportScreenText(ctx, outcome, 'id') });
    // The SMS after the USSD report and the reply to the SMS report are the same advice, word for word.
    expect(ussd.sms).toEqual([reportSmsText(ctx, outcome, 'id')]);
    expect(sms.sms).toEqual(ussd.sms);
  });

  it.each(ROWS)('row $row ($name): names the nearest referral hospital with its phone', async (row) => {
    const ussd = await reportByUssd(row);
    // Watugede's nearest hospital has no phone on record; the one the fixture sends it to is named.
    const { hospital } = expectedOutcome(ussd.report).hospital;
    for (const text of [ussd.screen.text, ...ussd.sms]) {
      expect(text).toContain(hospital.name);
      if (hospital.phone !== '') expect(text).toContain(hospital.phone);
    }
  });

  it.each(ROWS.filter((r) => (r.answers.symptoms ?? []).length > 0))(
    'row $row ($name): someone with symptoms is never told to act if symptoms start',
    async (row) => {
      const ussd = await reportByUssd(row);
      const sms = await reportBySms(row);
      for (const text of [ussd.screen.text, ...ussd.sms, ...sms.sms]) {
        expect(text).not.toMatch(
          /\b(bila|jika|kalau)\b[^.]*\b(muncul|nanti )?(ber)?gejala\b|if (any|symptoms) start/i,
        );
      }
    },
  );
});
