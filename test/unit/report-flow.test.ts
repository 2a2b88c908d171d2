import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/adapters/clock.js';
import { answerUssdHop, type UssdDeps } from '../../shared/line/ussd/answer-hop.js';
import { render, type SessionState, step } from '../../shared/line/ussd/engine.js';
import { LINE_MENU, type ScreenId } from '../../shared/line/ussd/menu.js';
import { answersFrom, parseChoices } from '../../shared/line/ussd/report-screens.js';
import type { Clock } from '../../shared/ports.js';
import { isGsm7Basic, USSD_SCREEN_MAX } from '../../shared/text.js';
import { memoryLineDeps } from '../support/fakes.js';
import { withFaults } from '../support/faults.js';
import { fixtureLine, fixturePack } from '../support/packs.js';

/** The words of the fixture pack, for what a screen starts with. */
const say = fixturePack().messages;

const PHONE = '+6281234567890';

function deps(clock: Clock) {
  return memoryLineDeps(fixtureLine(), clock);
}

/** A mutable clock, to drop a session and come back later. */
function movableClock(start: string) {
  let now = new Date(start);
  return { now: () => new Date(now), advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

async function session(d: UssdDeps, sessionId: string, path: string[]) {
  let last = await answerUssdHop(d, { sessionId, serviceCode: '*384#', phoneNumber: PHONE, text: '' });
  for (let i = 1; i <= path.length; i += 1) {
    last = await answerUssdHop(d, {
      sessionId,
      serviceCode: '*384#',
      phoneNumber: PHONE,
      text: path.slice(0, i).join('*'),
    });
  }
  return last;
}

// Lapor gejala, consent, age 40-59, no symptoms, no contact, no chronic illness, Watugede typed, may call.
const FULL = ['4', '1', '3', '6', '2', '2', '2', 'watugede', '1'];

describe('parsing the report answers', () => {
  it.each([
    ['1 2', 6, [1, 2]],
    ['1,2', 6, [1, 2]],
    ['12', 6, [1, 2]],
    ['2 2 1', 6, [1, 2]],
    ['6', 6, [6]],
    ['7', 6, undefined],
    ['demam', 6, undefined],
    ['', 6, undefined],
  ])('%j -> %j', (text, max, expected) => {
    expect(parseChoices(text, max)).toEqual(expected);
  });

  it('turns the carried parameters into triage answers only once all are given', () => {
    expect(answersFrom({ c: '1', age: '3', sym: '14', exp: '1', chronic: '1' })).toEqual({
      ageBand: '60+',
      symptoms: ['fever', 'breathing'],
      contactWithCase: true,
      pregnantOrChronic: true,
    });
    expect(answersFrom({ c: '1', age: '3' })).toBeUndefined();
  });
});

describe('the report flow', () => {
  it('completes a report: risk, advice, one stored report, one SMS', async () => {
    // Prepare
    const d = deps(fixedClock('2026-11-23T03:00:00Z'));
    // Act
    const { reply } = await session(d, 'r1', FULL);
    // Assess
    expect(reply.kind).toBe('END');
    expect(reply.text.startsWith(fixturePack().advice.well.ussd.id.split('.')[0] ?? '')).toBe(true);
    expect(d.reports.reports.size).toBe(1);
    const stored = [...d.reports.reports.values()][0];
    expect(stored?.risk.level).toBe('low');
    expect(stored?.kabCode).toBe('99.01');
    expect(stored?.kecCode).toBe('99.01.02');
    expect(stored?.phone).toBe(PHONE);
    expect(d.outbox.list()).toHaveLength(1);
    expect(d.metrics.snapshot()).toEqual({ 'Reports/low': 1 });
    expect(await d.drafts.latest('sub-7890', new Date('2026-11-23T03:01:00Z'))).toBeUndefined();
  });

  it('keeps no phone number when the caller does not want to be called', async () => {
    const d = deps(fixedClock('2026-11-23T03:00:00Z'));
    await session(d, 'r2', [...FULL.slice(0, -1), '2']);
    expect([...d.reports.reports.values()][0]?.phone).toBeUndefined();
    expect([...d.reports.reports.values()][0]?.contactConsent).toBe(false);
  });

  it('updates the day’s report when the same phone reports again', async () => {
    const d = deps(fixedClock('2026-11-23T03:00:00Z'));
    await session(d, 'r3', FULL);
    await session(d, 'r4', ['4', '1', '3', '4', '2', '2', '2', 'watugede', '1']);
    expect(d.reports.reports.size).toBe(1);
    expect([...d.reports.reports.values()][0]?.risk.level).toBe('high');
  });

  it('offers to continue a dropped report, and continues where it stopped', async () => {
    // Prepare: the session drops after the symptoms were confirmed
    const clock = movableClock('2026-11-23T03:00:00Z');
    const d = deps(clock);
    await session(d, 'r5', ['4', '1', '3', '1 2']);
    clock.advance(5 * 60 * 1000);
    // Act
    const offer = await session(d, 'r6', ['4']);
    const resumed = await session(d, 'r6', ['4', '1']);
    const done = await session(d, 'r6', ['4', '1', '2', '2', '2', 'watugede', '1']);
    // Assess
    expect(offer.reply.text.split('\n')[0]).toBe(say['report.resumeTitle'].id);
    expect(resumed.reply.text.startsWith(say['report.contactTitle'].id)).toBe(true);
    expect(done.reply.kind).toBe('END');
    expect([...d.reports.reports.values()][0]?.answers.symptoms).toEqual(['fever', 'cough']);
  });

  it('does not offer a draft older than ten minutes', async () => {
    const clock = movableClock('2026-11-23T03:00:00Z');
    const d = deps(clock);
    await session(d, 'r7', ['4', '1', '3']);
    clock.advance(11 * 60 * 1000);
    const later = await session(d, 'r8', ['4']);
    expect(later.reply.text.startsWith(say['report.consentTitle'].id)).toBe(true);
  });

  it('can start again instead of continuing', async () => {
    const clock = movableClock('2026-11-23T03:00:00Z');
    const d = deps(clock);
    await session(d, 'r9', ['4', '1', '3']);
    const restarted = await session(d, 'r10', ['4', '2']);
    expect(restarted.reply.text.startsWith(say['report.consentTitle'].id)).toBe(true);
  });

  it('records nothing when consent is refused', async () => {
    const d = deps(fixedClock('2026-11-23T03:00:00Z'));
    const { reply } = await session(d, 'r11', ['4', '2']);
    expect(reply.kind).toBe('END');
    // Nothing stored, and where to get advice instead: the advice line open now and the emergency number.
    expect(reply.text).toContain('0401-555123');
    expect(reply.text).toContain('191');
    expect(d.reports.reports.size).toBe(0);
  });
});

describe('the offer to continue, as a session replays its path', () => {
  const MINUTE = 60 * 1000;

  it('stays for the session it was shown to after the draft runs out, and no other session gets it', async () => {
    // Prepare: a session drops after the age; another starts just before the draft runs out.
    const clock = movableClock('2026-11-23T03:00:00Z');
    const d = deps(clock);
    await session(d, 'r20', ['4', '1', '3']);
    clock.advance(9.5 * MINUTE);
    const offer = await session(d, 'r21', ['4']);
    // Act: the draft runs out while the caller reads the offer.
    clock.advance(1.5 * MINUTE);
    const resumed = await session(d, 'r21', ['4', '1']);
    const other = await session(d, 'r22', ['4']);
    // Assess
    expect(offer.reply.text.split('\n')[0]).toBe(say['report.resumeTitle'].id);
    expect(resumed.reply.text.startsWith(say['report.symptomsTitle'].id)).toBe(true);
    expect(other.reply.text.startsWith(say['report.consentTitle'].id)).toBe(true);
  });

  it('stays for a session that started again, through the drafts it saves itself', async () => {
    // Prepare
    const clock = movableClock('2026-11-23T03:00:00Z');
    const d = deps(clock);
    await session(d, 'r23', ['4', '1', '3']);
    clock.advance(MINUTE);
    // Act: start again, agree (a draft of this session), answer the age.
    const later = await session(d, 'r24', ['4', '2', '1', '3']);
    // Assess: `4*2` is still "start again" on every hop, not "decline" on a consent screen.
    expect(later.reply.text.startsWith(say['report.symptomsTitle'].id)).toBe(true);
    expect(d.drafts.latest('sub-7890', clock.now())?.sessionId).toBe('r24');
  });

  it('costs one read a hop that changes nothing, and one write more a hop that does', async () => {
    // Prepare
    const { deps: d, faults } = withFaults(deps(fixedClock('2026-11-23T03:00:00Z')));
    const calls: string[][] = [];
    // Act
    for (const text of ['', '1', '1*3', '2', '3*2*watugede', '4', '4*1', '5*2']) {
      const before = faults.calls.storage.length;
      await answerUssdHop(d, { sessionId: 'r25', serviceCode: '*384#', phoneNumber: PHONE, text });
      calls.push(faults.calls.storage.slice(before));
    }
    // Assess
    const read = ['drafts.callerOf'];
    expect(calls).toEqual([
      read,
      read,
      read,
      read,
      read,
      read,
      [...read, 'drafts.save'],
      [...read, 'subscribers.setLanguage'],
    ]);
  });
});

describe('the last report screen, every outcome', () => {
  const ctx = fixtureLine().contextAt(new Date('2026-11-23T03:00:00Z'));
  const outcomes = [
    { sym: '', exp: '', chronic: '0' }, // low
    { sym: '', exp: '1', chronic: '0' }, // low, quarantine
    { sym: '123', exp: '', chronic: '0' }, // moderate
    { sym: '4', exp: '', chronic: '0' }, // high
  ];
  it.each(['id', 'en'] as const)('%s: fits a screen from every kab/kota at every risk level', (lang) => {
    const levels = new Set<string>();
    for (const kab of ctx.places.kabKotaList()) {
      for (const outcome of outcomes) {
        const params = { c: '1', age: '2', ...outcome, level: kab.level, code: kab.code };
        const state: SessionState<ScreenId> = {
          lang,
          ended: false,
          stack: [
            { screen: 'home', params: {}, page: 0 },
            { screen: 'report-contact', params, page: 0 },
          ],
        };
        expect(render(LINE_MENU, ctx, state).text.length).toBeLessThanOrEqual(USSD_SCREEN_MAX);
        const result = step(LINE_MENU, ctx, state, '1');
        levels.add(result.reply.text.split('.')[0] ?? '');
        expect(result.reply.kind).toBe('END');
        expect(result.reply.text.length, `${kab.label} ${JSON.stringify(outcome)}`).toBeLessThanOrEqual(
          USSD_SCREEN_MAX,
        );
        expect(isGsm7Basic(result.reply.text)).toBe(true);
        const sms = result.effects.find((e) => e.kind === 'send-sms');
        expect(sms && sms.kind === 'send-sms' && isGsm7Basic(sms.message)).toBe(true);
      }
    }
    expect(levels.size).toBe(4);
  });
});
