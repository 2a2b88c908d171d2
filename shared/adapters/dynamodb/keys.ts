import type { Lang } from '../../line/lang.js';

/** Item keys and item <-> domain mappers: pure, so they are unit-tested without a table. */

export interface ItemKey {
  pk: string;
  sk: string;
}

export const subscriberKey = (subscriberId: string): ItemKey => ({
  pk: `SUB#${subscriberId}`,
  sk: 'PROFILE',
});

export const onceKey = (key: string): ItemKey => ({ pk: `ONCE#${key}`, sk: 'ONCE' });

/** DynamoDB's TTL wants whole epoch seconds. */
export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

export interface SubscriberItem extends ItemKey {
  lang: Lang;
  updatedAt: string;
}

export function subscriberItem(subscriberId: string, lang: Lang, at: Date): SubscriberItem {
  return { ...subscriberKey(subscriberId), lang, updatedAt: at.toISOString() };
}

/** Reads the language back, ignoring an item whose attribute is missing or not a known language. */
export function languageFromItem(item: { lang?: unknown } | undefined): Lang | undefined {
  const lang = item?.lang;
  return lang === 'id' || lang === 'en' ? lang : undefined;
}
