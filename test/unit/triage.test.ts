import { describe, expect, it } from 'vitest';
import { type TriageAnswers, triage } from '../../shared/line/triage.js';

const base: TriageAnswers = {
  ageBand: '18-39',
  symptoms: [],
  contactWithCase: false,
  travelFromTransmissionArea: false,
  pregnantOrChronic: false,
};

describe('symptom triage', () => {
  it.each<[string, Partial<TriageAnswers>, 'low' | 'moderate' | 'high', boolean]>([
    ['no symptoms, no exposure', {}, 'low', false],
    ['no symptoms after contact with a case: quarantine', { contactWithCase: true }, 'low', true],
    ['no symptoms after travel: quarantine', { travelFromTransmissionArea: true }, 'low', true],
    ['no symptoms, 60+ with a chronic illness', { ageBand: '60+', pregnantOrChronic: true }, 'low', false],
    ['one symptom (1 point)', { symptoms: ['cough'] }, 'low', false],
    ['two symptoms (2 points, below the moderate boundary)', { symptoms: ['cough', 'fever'] }, 'low', false],
    [
      'three symptoms (3 points, on the boundary)',
      { symptoms: ['cough', 'fever', 'sore-throat'] },
      'moderate',
      false,
    ],
    ['two symptoms and 60+ (3 points)', { symptoms: ['cough', 'fever'], ageBand: '60+' }, 'moderate', false],
    [
      'one symptom after contact with a case',
      { symptoms: ['sore-throat'], contactWithCase: true },
      'moderate',
      false,
    ],
    [
      'one symptom after travel (2 points)',
      { symptoms: ['fever'], travelFromTransmissionArea: true },
      'low',
      false,
    ],
    [
      'four points, below the high boundary',
      { symptoms: ['cough', 'fever', 'sore-throat', 'smell-taste'] },
      'moderate',
      false,
    ],
    [
      'five points, on the high boundary',
      { symptoms: ['cough', 'fever', 'sore-throat', 'smell-taste'], pregnantOrChronic: true },
      'high',
      false,
    ],
    ['difficulty breathing alone', { symptoms: ['breathing'] }, 'high', false],
    [
      'difficulty breathing, young and unexposed',
      { symptoms: ['breathing'], ageBand: '0-17' },
      'high',
      false,
    ],
  ])('%s', (_name, answers, level, quarantine) => {
    // Act
    const result = triage({ ...base, ...answers });
    // Assess
    expect(result.level).toBe(level);
    expect(result.quarantine).toBe(quarantine);
  });

  it('counts a symptom reported twice once', () => {
    expect(triage({ ...base, symptoms: ['cough', 'cough', 'cough'] }).level).toBe('low');
  });
});
