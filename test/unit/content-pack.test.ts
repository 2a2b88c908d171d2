import { describe, expect, it } from 'vitest';
import { NOT_TOPIC_IDS } from '../../shared/content/faq.js';
import { EAST_JAVA_PACK_DIR, loadContentPack } from '../../shared/content/index.js';
import { loadContentPackFromDir } from '../../shared/content/pack.js';

describe('the bundled East Java pack', () => {
  const bundled = loadContentPack();

  it('is the pack its files validate to, part for part: the functions trust it unvalidated', () => {
    // Act: the same files, through every check the content check makes when it loads them.
    const validated = loadContentPackFromDir(EAST_JAVA_PACK_DIR);
    // Assess
    const { regions, faqExamples, ...rest } = bundled;
    const { regions: validatedRegions, faqExamples: questions, ...validatedRest } = validated;
    expect(rest).toEqual(validatedRest);
    // The functions carry what the search learns from the questions (the counts, equal above), not the questions.
    expect(faqExamples).toEqual({});
    // The questions are under the topics, and beside them the messages the line does not answer and
    // those asking it to stop or start.
    expect(Object.keys(questions)).toEqual([...bundled.faq.map((t) => t.id), ...NOT_TOPIC_IDS]);
    expect(regions.kabKota).toEqual(validatedRegions.kabKota);
    expect(regions.kecamatan).toEqual(validatedRegions.kecamatan);
    expect(regions.desa).toEqual(validatedRegions.desa);
    expect(regions.kecByCode('35.10.20')).toEqual(validatedRegions.kecByCode('35.10.20'));
  });

  it('is built once and cannot be changed by a request', () => {
    expect(loadContentPack()).toBe(bundled);
    expect(Object.isFrozen(bundled.faq[0])).toBe(true);
    expect(Object.isFrozen(bundled.regions.desa[0])).toBe(true);
    expect(Object.isFrozen(bundled.holidays.computed)).toBe(true);
  });
});
