import type { ContentPack } from './pack.js';
import { PACK_FILES } from './pack.js';

/** A piece of content an editor should look at again: where it is and why. */
export interface ContentWarning {
  readonly file: string;
  readonly entry: string;
  readonly message: string;
}

/** Guidance and phone numbers change: an entry not checked for this long is flagged. */
export const MAX_CHECK_AGE_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every FAQ answer, hotline and report advice last checked more than {@link MAX_CHECK_AGE_DAYS} days
 * before `today` (`YYYY-MM-DD`), oldest first.
 */
export function staleEntries(
  pack: Pick<ContentPack, 'faq' | 'hotlines' | 'advice'>,
  today: string,
  maxAgeDays = MAX_CHECK_AGE_DAYS,
): ContentWarning[] {
  const entries = [
    ...pack.faq.map((t) => ({ file: PACK_FILES.faq, entry: t.id, checked: t.checked })),
    ...pack.hotlines.map((h) => ({ file: PACK_FILES.hotlines, entry: h.id, checked: h.checked })),
    ...Object.entries(pack.advice).map(([id, a]) => ({
      file: PACK_FILES.advice,
      entry: id,
      checked: a.checked,
    })),
  ];
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  return entries
    .map((e) => ({ ...e, days: Math.floor((todayMs - Date.parse(`${e.checked}T00:00:00Z`)) / DAY_MS) }))
    .filter((e) => e.days > maxAgeDays)
    .sort((a, b) => b.days - a.days)
    .map(({ file, entry, checked, days }) => ({
      file,
      entry,
      message: `last checked ${checked}, ${days} days ago: check it against its sources and update "checked"`,
    }));
}
