import type { Place } from '../../shared/line/places.js';
import { buildReport, type SymptomReport } from '../../shared/line/reports.js';
import type { TriageAnswers } from '../../shared/line/triage.js';
import { fixtureLine, fixturePack } from './packs.js';

/** Stored reports on the fixture province, for the tests of what reads them (dashboard, exports). */

const places = fixtureLine().contextAt(new Date('2026-11-23T03:00:00Z')).places;

/** The first kecamatan of a fixture kab/kota, as the line's place resolver gives it. */
export function kecamatanIn(kabCode: string): Place {
  const kec = fixturePack().regions.kecamatan.find((k) => k.kabCode === kabCode);
  const place = kec && places.byCode('kecamatan', kec.code);
  if (!place) throw new Error(`no kecamatan in ${kabCode}`);
  return place;
}

let serial = 0;

/** One stored report; each has its own caller, `+628110000nnnn`, and its own session. */
export function fixtureReport(
  day: string,
  answers: TriageAnswers,
  options: { kab?: string; hour?: string; consent?: boolean; channel?: 'ussd' | 'sms' } = {},
): SymptomReport {
  serial += 1;
  return buildReport({
    subscriberId: `sub-${serial}`,
    reportedOn: day,
    sessionId: `s-${serial}`,
    channel: options.channel ?? (serial % 2 === 0 ? 'sms' : 'ussd'),
    lang: 'id',
    answers,
    place: kecamatanIn(options.kab ?? '99.01'),
    contactConsent: options.consent ?? false,
    phone: `+628110000${String(serial).padStart(4, '0')}`,
    at: new Date(`${day}T${options.hour ?? '02'}:00:00Z`),
  });
}
