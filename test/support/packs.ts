import { loadContentPack } from '../../shared/content/index.js';
import { type ContentPack, loadContentPackFromDir } from '../../shared/content/pack.js';
import { createLine, type Line } from '../../shared/line/line.js';

/**
 * The packs tests run on. Logic tests use the fixture pack of a made-up province, so editing the real
 * content never breaks them; the East Java pack has content tests of its own.
 */
export const FIXTURE_PACK_DIR = 'test/fixtures/pack';

let fixture: ContentPack | undefined;

/** The made-up province's pack, loaded from its folder once per test file. */
export function fixturePack(): ContentPack {
  fixture ??= loadContentPackFromDir(FIXTURE_PACK_DIR);
  return fixture;
}

/** The line on the fixture pack. */
export function fixtureLine(options: { reportRetentionDays?: number } = {}): Line {
  return createLine(fixturePack(), options);
}

/** The East Java pack, as the functions bundle it. */
export const eastJavaPack = loadContentPack;
