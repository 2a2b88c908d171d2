import { describe, expect, it } from 'vitest';
import { browserSession, screenshot, shows } from './browser.js';
import { PhonePage } from './phone-page.js';

/**
 * The phone simulator in Chromium against the local line (`npm start`'s host, DynamoDB Local
 * included), on a Friday morning in WIB.
 */
const s = browserSession('2026-11-27T03:00:00Z');

describe('the phone simulator', () => {
  it('dials the line, walks to the nearest hospital for a typed place, and gets the SMS', {
    timeout: 30_000,
  }, async () => {
    // Prepare
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000001');
    // Act: dial on the keypad, then answer on the keyboard.
    await phone.tap('*', '3', '8', '4', '*', '1', '#', 'call');
    const home = await phone.shows(/Info COVID-19 Jatim/);
    const timer = await s.page.locator('#session-timer').innerText();
    await phone.answer('3', /Cari RS rujukan dari/);
    await phone.answer('2', /Ketik nama/);
    const hospital = await phone.answer('sempu banyuwangi', /Terdekat:/);
    await screenshot(s.page, 'phone-hospital-menu');
    const end = await phone.answer('1', /dikirim via SMS/);
    const sms = await shows(phone.thread().locator('.bubble.in'), /RSUD Blambangan/);
    await screenshot(s.page, 'phone-hospital-sms');
    // Assess
    expect(home).toMatch(/3 RS rujukan terdekat/);
    expect(timer).toMatch(/^[23]:\d\d$/);
    expect(hospital).toMatch(/Kec\. Sempu, Kab\. Banyuwangi:\nTerdekat: RSUD Blambangan/);
    expect(end).toMatch(/^Detail RS dikirim via SMS/);
    expect(await s.page.locator('#screen').getAttribute('data-mode')).toBe('ended');
    expect(await s.page.locator('#session-timer').innerText()).toBe('--:--');
    expect(sms).toMatch(/Kec\. Sempu, Kab\. Banyuwangi/);
    expect(sms).toMatch(/\(0333\) 421118/);
  });

  it('texts the line a question and shows the reply in the thread', { timeout: 30_000 }, async () => {
    // Prepare
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000002');
    // Act
    await phone.text('jam berapa cacak jatim buka');
    const reply = await shows(phone.thread().locator('.bubble.in'), /Cacak Jatim/);
    await screenshot(s.page, 'phone-sms-thread');
    // Assess
    await expect(
      shows(phone.thread().locator('.bubble.out'), /jam berapa cacak jatim buka/),
    ).resolves.toMatch(/sent/);
    expect(reply).toMatch(/\d{4}/);
    // The gateway's delivery report, posted from the outbox panel, shows beside the message.
    const sent = s.page.locator('#outbox li', { hasText: /\*+002/ });
    await sent.getByRole('button', { name: 'Delivered' }).click();
    await expect(shows(sent.locator('.badge'), /^Success$/)).resolves.toBe('Success');
    // Another number's thread does not show this conversation.
    await s.page.getByLabel('Your number').fill('+6281200000003');
    await shows(phone.thread(), /No messages yet/);
  });

  it('says a code the line does not serve is invalid, as a phone does', { timeout: 30_000 }, async () => {
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000004');
    await phone.enter('*123#');
    expect(await phone.shows(/invalid MMI code/)).toMatch(/Connection problem/);
  });

  it('dials straight into a menu with the choices in the code, and goes back with 0', {
    timeout: 30_000,
  }, async () => {
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000006');
    await phone.enter('*384*1*3#');
    const hospitals = await phone.shows(/Cari RS rujukan dari/);
    const home = await phone.answer('0', /Info COVID-19 Jatim/);
    expect(hospitals).toMatch(/1 Pilih kab\/kota/);
    expect(home).toMatch(/4 Lapor gejala/);
  });

  it('ends the session on End, and the timer stops', { timeout: 30_000 }, async () => {
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000007');
    await phone.enter('*384*1#');
    await phone.shows(/Info COVID-19 Jatim/);
    await s.page.keyboard.press('Escape');
    await phone.shows(/Dial \*384\*1# for Info COVID-19 Jatim/);
    expect(await s.page.locator('#session-timer').innerText()).toBe('--:--');
  });

  it('fits a phone-sized window: keypad, screen and SMS form on one column', {
    timeout: 30_000,
  }, async () => {
    // Prepare
    await s.page.setViewportSize({ width: 390, height: 844 });
    const phone = new PhonePage(s.page);
    await phone.open(s.line.url, '+6281200000005');
    // Act
    await phone.enter('*384*1#');
    await phone.shows(/Info COVID-19 Jatim/);
    await screenshot(s.page, 'phone-narrow');
    // Assess: nothing wider than the window, and the keypad is whole.
    const overflow = await s.page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const keypad = await s.page.locator('.keypad').boundingBox();
    expect(keypad?.x).toBeGreaterThanOrEqual(0);
    expect((keypad?.x ?? 0) + (keypad?.width ?? Infinity)).toBeLessThanOrEqual(390);
  });
});
