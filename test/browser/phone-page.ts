import type { Page } from 'playwright-core';
import { SHOWN_WITHIN_MS, shows } from './browser.js';

/** The phone simulator at `/`, driven as a person would: the keyboard, the keypad, the SMS form. */
export class PhonePage {
  constructor(readonly page: Page) {}

  readonly screen = () => this.page.locator('#screen-text');
  readonly thread = () => this.page.locator('#thread');

  async open(baseUrl: string, phoneNumber: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.page.getByLabel('Your number').fill(phoneNumber);
  }

  /** Waits for the screen to show `text`, and returns what it shows. */
  shows(text: RegExp): Promise<string> {
    return shows(this.screen(), text);
  }

  /** Types on the computer's keyboard into the phone's entry line and presses Enter. */
  async enter(input: string): Promise<void> {
    const entry = this.page.locator('#entry');
    await entry.waitFor({ state: 'visible', timeout: SHOWN_WITHIN_MS });
    await entry.click();
    await this.page.keyboard.type(input);
    await this.page.keyboard.press('Enter');
  }

  /** Answers the open menu with `input`, then waits for the screen to show `next`. */
  async answer(input: string, next: RegExp): Promise<string> {
    await this.enter(input);
    return this.shows(next);
  }

  /** Taps keys of the on-screen keypad: digits, `*` and `#`, or `call`, `end`, `delete`. */
  async tap(...keys: string[]): Promise<void> {
    for (const key of keys) {
      const attribute = /^[a-z]+$/.test(key) ? 'data-action' : 'data-key';
      await this.page.locator(`.keypad .key[${attribute}="${key}"]`).click();
    }
  }

  /** Texts the line from the SMS form. */
  async text(message: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /Message/ }).fill(message);
    await this.page.getByRole('button', { name: /Send SMS/ }).click();
  }
}
