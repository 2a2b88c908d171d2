import { type FaqTopic, loadFaq } from './faq.js';
import { type HolidayTable, loadOfficialHolidays } from './holidays.js';
import { loadReferralHospitals, type ReferralHospital } from './hospitals.js';
import { type Hotline, loadHotlines } from './hotlines.js';
import { loadPlaceAliases, loadRegions, type PlaceAliases, type Regions } from './regions.js';

/** The East Java content pack: every fact the line tells, as data validated when loaded. */
export interface ContentPack {
  faq: readonly FaqTopic[];
  hotlines: readonly Hotline[];
  holidays: HolidayTable;
  regions: Regions;
  aliases: PlaceAliases;
  referralHospitals: readonly ReferralHospital[];
}

/** Loads and validates every content file; throws naming the file and field that is wrong. */
export function loadContentPack(): ContentPack {
  return {
    faq: loadFaq(),
    hotlines: loadHotlines(),
    holidays: loadOfficialHolidays(),
    regions: loadRegions(),
    aliases: loadPlaceAliases(),
    referralHospitals: loadReferralHospitals(),
  };
}
