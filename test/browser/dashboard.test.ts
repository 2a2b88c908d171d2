import { describe, expect, it } from 'vitest';
import { browserSession, screenshot, shows } from './browser.js';
import { PhonePage } from './phone-page.js';

/**
 * A symptom report made on the phone simulator, seen by the health office: on the simulator's side
 * panel (phone masked), then on the dashboard's counts, map and follow-up list.
 */
const s = browserSession('2026-11-27T03:00:00Z');
const CALLER = '+6281200000011';

/** Reports from other callers, straight to the line as the gateway posts them: five in Jember, none to call back. */
async function otherReports(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    const res = await fetch(`${s.line.url}/ussd`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        sessionId: `others-${i}`,
        serviceCode: '*384*1#',
        phoneNumber: `+62812000001${i}0`,
        text: '4*1*2*2*2*2*2*jember*2',
      }).toString(),
    });
    expect(await res.text()).toMatch(/^END Risiko SEDANG/);
  }
}

describe('a symptom report, from the phone to the dashboard', () => {
  it('shows a high-risk report with consent on the dashboard and in the follow-up list', {
    timeout: 30_000,
  }, async () => {
    // Prepare
    await otherReports();
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, CALLER);
    // Act: report fever and difficulty breathing from Kec. Sempu, and agree to be called.
    await phone.enter('*384*1#');
    await phone.shows(/4 Lapor gejala/);
    await phone.answer('4', /Setuju melapor/);
    await phone.answer('1', /Umur Anda/);
    await phone.answer('3', /Gejala\?/);
    await phone.answer('14', /kontak dekat/);
    await phone.answer('2', /penyakit kronis/);
    await phone.answer('2', /Di mana Anda sekarang/);
    await phone.answer('2', /Ketik nama/);
    await phone.answer('sempu banyuwangi', /Boleh petugas kesehatan menelepon/);
    const outcome = await phone.answer('1', /Risiko TINGGI/);
    const panel = await shows(s.page.locator('#reports li'), /Kec\. Sempu, Kab\. Banyuwangi/);
    const advice = await shows(phone.thread().locator('.bubble.in'), /TINGGI/);
    await screenshot(s.page, 'phone-report-done');

    await s.page.getByRole('link', { name: /Dashboard/ }).click();
    const followUp = s.page.locator('#followup tbody tr');
    const row = await shows(followUp, new RegExp(CALLER.replace('+', '\\+')));
    await screenshot(s.page, 'dashboard');
    // Assess
    expect(outcome).toMatch(/Segera ke RSUD Blambangan/);
    expect(advice).toMatch(/RSUD Blambangan/);
    expect(panel).toMatch(/high/);
    expect(panel).toMatch(/\+62812\*+011/);
    expect(panel).not.toContain(CALLER);

    expect(await followUp.count()).toBe(1);
    expect(row).toMatch(/HIGH/);
    expect(row).toMatch(/Kec\. Sempu, Kab\. Banyuwangi/);
    expect(row).toMatch(/fever, difficulty breathing; age 40-59/);
    expect(row).toMatch(/Go now to the nearest referral hospital/);
    // One high report is too few to show; the five moderate ones in Jember are shown; the total of 6
    // is shown as its band, or subtracting the moderate ones from it would give the high one away.
    expect(await s.page.locator('.card.high .card-count').innerText()).toBe('<5');
    expect(await s.page.locator('.card.moderate .card-count').innerText()).toBe('5');
    expect(await s.page.locator('.card.total .card-count').innerText()).toBe('5–9');
    const today = s.page.locator('#days-table tbody tr').first();
    expect(await today.innerText()).toMatch(/^Fri 27 Nov\s+<5\s+5\s+0\s+5–9/);
    const map = s.page.locator('#map svg');
    expect(await map.locator('text', { hasText: /^Banyuwangi <5$/ }).count()).toBe(1);
    expect(await map.locator('text', { hasText: /^Jember 5$/ }).count()).toBe(1);
    expect(await map.locator('circle.kab').count()).toBe(38);
    const week = await s.page.locator('#weeks-table tbody tr').first().innerText();
    expect(week).toMatch(/^Mon 23 Nov – Fri 27 Nov\s+<5\s+5\s+0\s+5–9/);
  });

  it('fits a phone-sized window', { timeout: 30_000 }, async () => {
    // Prepare
    await s.page.setViewportSize({ width: 390, height: 844 });
    // Act
    await s.page.goto(`${s.line.url}/dashboard`);
    await shows(s.page.locator('#status'), /updated/);
    await screenshot(s.page, 'dashboard-narrow');
    // Assess
    const overflow = await s.page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await s.page.locator('#map svg').boundingBox();
    expect(map?.width).toBeGreaterThan(300);
    expect((map?.x ?? 0) + (map?.width ?? Infinity)).toBeLessThanOrEqual(390);
  });

  it('says what is wrong when asked for a period it does not serve', { timeout: 30_000 }, async () => {
    const res = await fetch(`${s.line.url}/dashboard/data?days=400`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'days must be a whole number from 1 to 92, got "400"' });
  });
});
