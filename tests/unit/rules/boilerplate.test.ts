import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

const CAPTION =
  'Iraqi forces announced the liberation of Mosul on July 10, 2017.  - === RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO / IRAQI PRIME MINISTER\'S PRESS OFFICE" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS ===';

describe('boilerplate', () => {
  it('flags a === … === agency notice in a caption, with deleting it as the fix', () => {
    const [f] = flagged(CAPTION, 'boilerplate');
    expect(f.text.trim().startsWith('- === RESTRICTED TO EDITORIAL USE')).toBe(true);
    expect(f.text.endsWith('===')).toBe(true);
    expect(f.issue.suggestions).toEqual(['']);
    expect(CAPTION.slice(0, f.issue.start)).toBe('Iraqi forces announced the liberation of Mosul on July 10, 2017.');
  });

  it('flags a whole agency credit line', () => {
    const line = " / AFP / IRAQI PRIME MINISTER'S PRESS OFFICE / - / === RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT \"AFP PHOTO\" ===";
    const text = `Caption text here.\n${line}\nBody text.`;
    expect(flaggedTexts(text, 'boilerplate')).toEqual([line]);
  });

  it('flags photo credits and usage lines from other agencies', () => {
    expect(flaggedTexts('Smoke rises over the city. (Photo by Ahmad Al-Rubaye / AFP)', 'boilerplate')).toEqual([' (Photo by Ahmad Al-Rubaye / AFP)']);
    expect(flaggedTexts('A protester in Baghdad. REUTERS/Thaier al-Sudani', 'boilerplate')).toEqual([' REUTERS/Thaier al-Sudani']);
    expect(flaggedTexts('EDITORIAL USE ONLY. NO SALES.', 'boilerplate')).toHaveLength(1);
  });

  it('does not flag ordinary copy that mentions agencies or restrictions', () => {
    const text = 'AFP reported that the ministry restricted access to editorial offices. Agence France-Presse said credit was due to the army.';
    expect(flaggedTexts(text, 'boilerplate')).toEqual([]);
  });
});
