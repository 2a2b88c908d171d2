import type { Lang } from '../../lang.js';
import type { LineContext } from '../line.js';
import type { Place } from '../places.js';
import type { Screen, Transition } from './engine.js';

/**
 * Picking a place, shared by the hospital finder and the symptom report: a kab/kota list, a typed
 * name, and a choice when the name is shared. `onPlace` says where a picked place leads.
 */
export interface PlaceScreens<S extends string> {
  kabList: Screen<S, LineContext>;
  search: Screen<S, LineContext>;
  pick: Screen<S, LineContext>;
}

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
    const found = ctx.places.resolve(text);
    switch (found.kind) {
      case 'found':
        return onPlace(ctx, found.place, params, lang);
      case 'ambiguous':
        return { kind: 'open', screen: pickScreen, params: { ...params, q: text } };
      case 'not-found':
        return { kind: 'reask', reason: ctx.say('hospital.placeNotFound', lang) };
    }
  };
  return {
    kabList: (ctx, params, lang) => ({
      title: ctx.say('hospital.kabListTitle', lang),
      options: ctx.places
        .kabKotaList()
        .map((place) => ({ label: place.label, go: onPlace(ctx, place, params, lang) })),
      // Paging to the 30th kab/kota takes five hops: typing its name on the list takes one.
      onText: (text) => searchTransition(ctx, params, text, lang),
    }),
    search: (ctx, params, lang) => ({
      title: ctx.say('hospital.placePrompt', lang),
      onText: (text) => searchTransition(ctx, params, text, lang),
    }),
    pick: (ctx, params, lang) => {
      const found = ctx.places.resolve(params.q ?? '');
      const candidates =
        found.kind === 'ambiguous' ? found.candidates : found.kind === 'found' ? [found.place] : [];
      const { q: _q, ...rest } = params;
      const total = found.kind === 'ambiguous' ? found.total : candidates.length;
      return {
        // Six of 25 Sumberejo: say so, and that typing more of the name narrows it.
        title:
          total > candidates.length
            ? ctx.say('hospital.placeWhichMany', lang, { total: String(total) })
            : ctx.say('hospital.placeWhich', lang),
        // Typed again with its kecamatan or kab/kota, the name resolves like on the search screen.
        onText: (text) => searchTransition(ctx, rest, text, lang),
        options: candidates.map((place) => ({ label: place.label, go: onPlace(ctx, place, rest, lang) })),
      };
    },
  };
}
