import type { Lang } from '../../shared/line/lang.js';
import type { OnceStore, SubscriberStore } from '../../shared/ports.js';

/** In-memory stand-ins for the DynamoDB adapters, for tests of the line and the handlers. */
export class MemorySubscriberStore implements SubscriberStore {
  readonly languages = new Map<string, Lang>();
  async languageOf(subscriberId: string): Promise<Lang | undefined> {
    return this.languages.get(subscriberId);
  }
  async setLanguage(subscriberId: string, lang: Lang): Promise<void> {
    this.languages.set(subscriberId, lang);
  }
}

export class MemoryOnceStore implements OnceStore {
  readonly claimed = new Set<string>();
  async claim(key: string): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }
}
