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

  it('flags agency datelines of the wires a desk receives, up to the copy', () => {
    const cases = [
      'BEIJING, May 3 (Xinhua) -- China will expand its pilot programme, officials said.',
      'SEOUL, Jan. 12 (Yonhap) -- North Korea fired a missile on Friday.',
      '(Reuters) - Oil prices rose on Monday.',
      'WASHINGTON (AP) — The Senate passed the bill.',
      'TOKYO (Kyodo) -- Japan’s economy grew.',
      'New Delhi, March 4 (PTI) The government announced new rules on Monday.',
      'BRASILIA (EFE) .- Brazil’s central bank kept its rate on hold.',
      'Madrid, May 3 (EFE).- Spain’s parliament approved the law.',
      'MOSCOW, July 15. /TASS/. Russian and Chinese warships began joint exercises.',
    ];
    for (const text of cases) {
      const [f, ...rest] = flagged(text, 'boilerplate');
      expect(rest).toEqual([]);
      expect(f.issue.start).toBe(0);
      expect(text.slice(f.issue.end)).toMatch(/^[A-Z]/);
      expect(f.issue.message).toMatch(/agency dateline/);
    }
  });

  it('flags end tags, photo credits, copyright lines, bylines and web-page text from many wires', () => {
    const cases: [string, string][] = [
      ['The talks ended without a deal. (dpa)', ' (dpa)'],
      ['Firefighters at the scene in Istanbul. (Xinhua/Li Xin)', ' (Xinhua/Li Xin)'],
      ['Rescuers search the rubble. EPA-EFE/STRINGER', ' EPA-EFE/STRINGER'],
      ['Protesters march in Paris. AFP via Getty Images', ' AFP via Getty Images'],
      ['The minister arrives. (Photo by Jane Doe / Anadolu Agency)', ' (Photo by Jane Doe / Anadolu Agency)'],
      ['© AFP 2024', '© AFP 2024'],
      ['Copyright 2024 The Associated Press. All rights reserved.', 'Copyright 2024 The Associated Press. All rights reserved.'],
      ['The index fell 2%. (Reporting by Jane Doe; Editing by John Roe)', ' (Reporting by Jane Doe; Editing by John Roe)'],
      ['(c) EFE 2024. All rights reserved. Redistribution is prohibited without prior written consent.', '(c) EFE 2024. All rights reserved. Redistribution is prohibited without prior written consent.'],
      ['The strike ends on Friday. This material may not be published, broadcast, rewritten or redistributed.', ' This material may not be published, broadcast, rewritten or redistributed.'],
      ['Prices rose. Reproduction or distribution of this content is not allowed without written permission.', ' Reproduction or distribution of this content is not allowed without written permission.'],
      ['The vote is on Sunday. Subscribe to our newsletter for more.', ' Subscribe to our newsletter for more.'],
    ];
    for (const [text, credit] of cases) expect(flaggedTexts(text, 'boilerplate')).toEqual([credit]);
  });

  it('flags the site name a web page title carries after its headline, up to the end of the line', () => {
    const cases: [string, string][] = [
      ['Flood waters recede in the north - Daily News Network', ' - Daily News Network'],
      ['Flood waters recede in the north - Evening Post.', ' - Evening Post.'],
      ['Port reopens after the storm-Harbourtimes.com', '-Harbourtimes.com'],
      ['Port reopens after the storm | City Herald', ' | City Herald'],
      ['Markets rally on rate hopes - Latest News - Capital Daily - Business Online', ' - Latest News - Capital Daily - Business Online'],
      ['Markets rally on rate hopes - Market Watch Network - Professional financial news website', ' - Market Watch Network - Professional financial news website'],
    ];
    for (const [text, credit] of cases) expect(flaggedTexts(`${text}\n\nThe body of the story follows here.`, 'boilerplate')).toEqual([credit]);
  });

  it('does not flag a dash, a hyphenated name or a newspaper named inside the copy', () => {
    expect(flaggedTexts('The report was first published by the Evening Post - and then denied.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('The figures were confirmed by Agence France-Presse.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('She spent ten years at the paper before joining the Sunday Times.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('The talks were held in the Austro-Hungarian Online Archive reading room.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('Two rival papers merged - the Herald and the Evening Post.', 'boilerplate')).toEqual([]);
  });

  it('does not flag a caption’s own words, nor copy that names agencies or rights', () => {
    expect(flaggedTexts('A handout picture released by the ministry on June 10 shows the minister arriving in Mosul.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('Xinhua reported the figures on Monday, and Reuters could not verify them.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('The court said all rights of the defendants were respected under (c) of the law.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('The Associated Press (AP) and Agence France-Presse (AFP) reported it.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('He told reporters that editing by hand was slow.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('Republication of the cartoons is prohibited under the new law, the court said.', 'boilerplate')).toEqual([]);
    expect(flaggedTexts('The minister said the report may not be published before the election.', 'boilerplate')).toEqual([]);
  });
});
