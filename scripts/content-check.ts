import { join } from 'node:path';
import { staleEntries } from '../shared/content/freshness.js';
import { EAST_JAVA_PACK_DIR } from '../shared/content/index.js';
import { ContentError } from '../shared/content/load.js';
import { loadContentPackFromDir } from '../shared/content/pack.js';
import { wibDate } from '../shared/line/calendar.js';

/**
 * `npm run content:check [-- <pack folder>]`: validates a content pack as the line loads it and says
 * what an editor should look at. Exits 1 on an error (the line would not start), 0 with warnings.
 */
export function contentCheck(dir: string, now: Date, out: (line: string) => void): number {
  try {
    const pack = loadContentPackFromDir(dir);
    out(
      `${dir}: valid. ${pack.faq.length} FAQ topics, ${pack.hotlines.length} hotlines, ` +
        `${Object.keys(pack.advice).length} report advices, ${pack.referralHospitals.length} referral hospitals, ` +
        `${pack.regions.kabKota.length} kab/kota.`,
    );
    const stale = staleEntries(pack, wibDate(now).ymd);
    for (const w of stale) out(`warning: ${join(dir, w.file)} ${w.entry}: ${w.message}`);
    out(stale.length === 0 ? 'No warnings.' : `${stale.length} warnings.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    out(`error: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = contentCheck(process.argv[2] ?? EAST_JAVA_PACK_DIR, new Date(), (line) =>
    console.log(line),
  );
}
