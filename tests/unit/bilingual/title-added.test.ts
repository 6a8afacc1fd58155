// title-added: a courtesy title the translation puts before a name where the source has none.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'title-added';
const zh = '李明华指出，举办本届论坛是加强两国绿色发展合作的重要举措，双方将在年内签署新的协议。';
const zhEn = (name: string) =>
  `${name} pointed out that the forum was an important step in strengthening green development cooperation between the two countries, and that the two sides would sign a new agreement within the year.`;

describe('title-added', () => {
  it('flags a title before a name that a Chinese source gives none, with the title and its space to take out', () => {
    const [f] = flagged(zh, zhEn('Mr. Li Minghua'), RULE);
    expect(f.text).toBe('Mr. ');
    expect(f.source).toBe(zh);
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe(
      'The source gives no title here: “Mr.” is the translation’s, and a guess at whether the person is a man or a woman.',
    );
    expect(f.issue.suggestions).toEqual(['']);
    const text = zhEn('Mr. Li Minghua');
    expect(text.slice(0, f.issue.start) + f.issue.suggestions![0] + text.slice(f.issue.end)).toBe(zhEn('Li Minghua'));
    expect(pairs(zh, zhEn('Mrs Li Minghua'), RULE)).toEqual([`Mrs  <- ${zh}`]);
  });

  it('flags titles added to sources in other languages', () => {
    const fr = 'La ministre Claire Vautrin a déclaré que le budget serait présenté en octobre.';
    expect(pairs(fr, 'Minister Mr Claire Vautrin said the budget would be presented in October.', RULE)).toHaveLength(
      1,
    );
    const es = 'El alcalde Andrés Ferrero dijo que las obras terminarán en marzo del próximo año.';
    expect(pairs(es, 'Mayor Mr. Andrés Ferrero said the works would finish in March next year.', RULE)).toHaveLength(1);
    const ru = 'Министр Андрей Соколов заявил, что новые правила вступят в силу в следующем месяце.';
    expect(
      pairs(ru, 'Minister Mr. Andrei Sokolov said the new rules would come into force next month.', RULE),
    ).toHaveLength(1);
    const ar = 'قال الوزير خالد العمري إن المشروع سيكتمل قبل نهاية العام المقبل في المدينة.';
    expect(
      pairs(
        ar,
        'Minister Mr. Khalid al-Omari said the project would be completed before the end of next year in the city.',
        RULE,
      ),
    ).toHaveLength(1);
  });

  it('does not flag a title the source gives, in its own words or in English', () => {
    const withTitle = '李先生指出，举办本届论坛是加强两国绿色发展合作的重要举措，双方将在年内签署新的协议。';
    expect(pairs(withTitle, zhEn('Mr. Li'), RULE)).toEqual([]);
    const fr = 'M. Vautrin a déclaré que le budget serait présenté en octobre devant les députés.';
    expect(pairs(fr, 'Mr Vautrin said the budget would be presented to MPs in October.', RULE)).toEqual([]);
    const es = 'La Sra. Ferrero dijo que las obras terminarán en marzo del próximo año.';
    expect(pairs(es, 'Mrs. Ferrero said the works would finish in March next year.', RULE)).toEqual([]);
    const ru = 'Господин Соколов заявил, что новые правила вступят в силу в следующем месяце.';
    expect(pairs(ru, 'Mr. Sokolov said the new rules would come into force next month.', RULE)).toEqual([]);
    const ar = 'قال السيد خالد العمري إن المشروع سيكتمل قبل نهاية العام المقبل في المدينة.';
    expect(
      pairs(
        ar,
        'Mr. Khalid al-Omari said the project would be completed before the end of next year in the city.',
        RULE,
      ),
    ).toEqual([]);
    const ja = '田中さんは、新しい工場が来年の春に完成すると述べました。地元の雇用も増える見込みです。';
    expect(
      pairs(
        ja,
        'Mr. Tanaka said the new factory would be completed next spring. Local jobs are also expected to grow.',
        RULE,
      ),
    ).toEqual([]);
    const quoted = '他在接受采访时说，自己最喜欢的电影是《Mr. Nobody》，并推荐给了所有的朋友们。';
    expect(
      pairs(
        quoted,
        'In an interview he said his favourite film was Mr. Nobody and recommended it to all his friends.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not flag the words alone, or a source in a language whose titles it does not know', () => {
    expect(pairs(zh, zhEn('Li Minghua'), RULE)).toEqual([]);
    expect(pairs(zh, `${zhEn('Li Minghua')} The MS patients were not told.`, RULE)).toEqual([]);
    const sw = 'Waziri Amina Mohamed alisema kwamba bajeti mpya itawasilishwa bungeni mwezi ujao.';
    expect(
      pairs(sw, 'Minister Mrs Amina Mohamed said the new budget would be presented to parliament next month.', RULE),
    ).toEqual([]);
  });
});
