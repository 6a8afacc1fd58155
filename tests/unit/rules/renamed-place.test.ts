import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('renamed-place', () => {
  it('flags the less used of a place’s old and new names, suggesting the other', () => {
    const text = 'Floods hit Mumbai on Monday.\n\nRail services in Mumbai stopped, and schools in Bombay closed.';
    const [f, ...rest] = flagged(text, 'renamed-place');
    expect(rest).toEqual([]);
    expect(f.text).toBe('Bombay');
    expect(f.issue.suggestions).toEqual(['Mumbai']);
    expect(f.issue.message).toMatch(/old name “Bombay” here, “Mumbai” elsewhere/);
  });

  it('flags names of several words and either spelling of one name', () => {
    const text = "The president of Côte d’Ivoire spoke. Cote d'Ivoire's exports grew. Cocoa from the Ivory Coast fell.";
    expect(flagged(text, 'renamed-place').map((f) => [f.text, f.issue.suggestions[0]])).toEqual([['Ivory Coast', 'Côte d’Ivoire']]);
    expect(flaggedTexts('Troops left Kyiv. Kiev said the troops were gone.', 'renamed-place')).toEqual(['Kiev']);
  });

  it('flags a new name in an article that mostly uses the old one', () => {
    expect(flaggedTexts('Burma’s generals met. Burma closed its border. Myanmar denied it.', 'renamed-place')).toEqual(['Myanmar']);
  });

  it('does not flag an old name that is part of another name or given as the old name', () => {
    expect(flaggedTexts('Mumbai, formerly Bombay, is India’s financial capital. The Bombay High Court sat in Mumbai.', 'renamed-place')).toEqual([]);
    expect(flaggedTexts('Beijing hosted the students of Peking University, who ate Peking duck.', 'renamed-place')).toEqual([]);
    expect(flaggedTexts('Fans of Dynamo Kiev were in Kyiv. The University of Madras is in Chennai.', 'renamed-place')).toEqual([]);
    expect(flaggedTexts('The junta renamed the country Myanmar from Burma in 1989.', 'renamed-place')).toEqual([]);
  });

  it('does not flag an article that uses one name', () => {
    expect(flaggedTexts('Kolkata flooded. Kolkata’s mayor spoke.', 'renamed-place')).toEqual([]);
  });

  it('does not flag an old name in a sentence about a time before the renaming', () => {
    expect(flaggedTexts('Rangoon was a busy port in 1885. Yangon is now the largest city, and Yangon’s port is busy.', 'renamed-place')).toEqual([]);
    expect(flaggedTexts('In the 19th century, planters in Ceylon grew coffee. Sri Lanka now grows rubber, and Sri Lanka exports it.', 'renamed-place')).toEqual([]);
  });

  it('flags an old name in a sentence about a time after the renaming', () => {
    expect(flaggedTexts('Rangoon hosted the summit in 2015. Yangon is now the largest city, and Yangon’s port is busy.', 'renamed-place')).toEqual(['Rangoon']);
  });
});
