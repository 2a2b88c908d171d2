import type { Lang } from '../../lang.js';
import type { LineContext } from '../line.js';
import type { Place } from '../places.js';
import { type Option, option, type Screen, type Transition } from './engine.js';
import { resolvePlace, say } from './memo.js';

/**
 * Picking a place, shared by the hospital finder and the symptom report: a kab/kota list, a typed
 * name, and a choice when the name is shared. `onPlace` says where a picked place leads; it is a
 * function of the place, the parameters and the language only (not of the instant), so the kab/kota
 * list's 38 options are built once per line, parameters and language, not on every hop through it.
 */
export interface PlaceScreens<S extends string> {
  kabList: Screen<S, LineContext>;
  search: Screen<S, LineContext>;
  pick: Screen<S, LineContext>;
}

/** Kab/kota lists kept, one a set of parameters: a report's answers so far make many. */
const KAB_OPTIONS_LIMIT = 1024;

export const placeParams = (place: Place): Record<string, string> => ({
  level: place.level,
  code: place.code,
});

export function placeScreens<S extends string>(
  pickScreen: S,
  onPlace: (
    ctx: LineContext,
    place: Place,
    params: Readonly<Record<string, string>>,
    lang: Lang,
  ) => Transition<S>,
): PlaceScreens<S> {
  const searchTransition = (
    ctx: LineContext,
    params: Readonly<Record<string, string>>,
    text: string,
    lang: Lang,
  ): Transition<S> => {
    const found = resolvePlace(ctx, text);
    switch (found.kind) {
      case 'found':
        return onPlace(ctx, found.place, params, lang);
      case 'ambiguous':
        return { kind: 'open', screen: pickScreen, params: { ...params, q: text } };
      case 'not-found':
        return { kind: 'reask', reason: say(ctx, 'hospital.placeNotFound', lang) };
    }
  };
  const kabOptions = new WeakMap<LineContext['places'], Map<string, readonly Option<S>[]>>();
  const kabOptionsOf = (ctx: LineContext, params: Readonly<Record<string, string>>, lang: Lang) => {
    let kept = kabOptions.get(ctx.places);
    if (!kept) {
      kept = new Map();
      kabOptions.set(ctx.places, kept);
    }
    let key: string = lang;
    for (const name in params) key += `\u0000${name}=${params[name]}`;
    let options = kept.get(key);
    if (!options) {
      options = ctx.places
        .kabKotaList()
        .map((place) => ({ label: place.label, go: onPlace(ctx, place, params, lang) }));
      if (kept.size >= KAB_OPTIONS_LIMIT) kept.clear();
      kept.set(key, options);
    }
    return options;
  };
  return {
    kabList: (ctx, params, lang) => ({
      title: say(ctx, 'hospital.kabListTitle', lang),
      options: kabOptionsOf(ctx, params, lang),
      // Paging to the 30th kab/kota takes five hops: typing its name on the list takes one.
      onText: (text) => searchTransition(ctx, params, text, lang),
    }),
    search: (ctx, params, lang) => ({
      title: say(ctx, 'hospital.placePrompt', lang),
      onText: (text) => searchTransition(ctx, params, text, lang),
    }),
    pick: (ctx, params, lang) => {
      const found = resolvePlace(ctx, params.q ?? '');
      const candidates =
        found.kind === 'ambiguous' ? found.candidates : found.kind === 'found' ? [found.place] : [];
      const { q: _q, ...rest } = params;
      const total = found.kind === 'ambiguous' ? found.total : candidates.length;
      return {
        // Six of 25 Sumberejo: say so, and that typing more of the name narrows it.
        title:
          total > candidates.length
            ? say(ctx, 'hospital.placeWhichMany', lang, { total: String(total) })
            : say(ctx, 'hospital.placeWhich', lang),
        // Typed again with its kecamatan or kab/kota, the name resolves like on the search screen.
        onText: (text) => searchTransition(ctx, rest, text, lang),
        options: candidates.map((place) => option(place.label, () => onPlace(ctx, place, rest, lang))),
      };
    },
  };
}
