/** The line's two languages: Bahasa Indonesia (the default) and English. */
export type Lang = 'id' | 'en';

export const LANGS: readonly Lang[] = ['id', 'en'];
export const DEFAULT_LANG: Lang = 'id';

/** A text in both languages. */
export type Localized = Readonly<Record<Lang, string>>;
