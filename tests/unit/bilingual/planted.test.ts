// A whole invented article, translated correctly (numbers, dates, units and times converted to
// English conventions) and then with errors planted: a changed number, a changed date, a misspelt
// name and a left-out paragraph. The correct translation raises no accuracy issue; every planted
// error is found, on the paragraph it was planted in.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';

const SOURCE = [
  'La société minière Karvella a annoncé mardi 3 mars la fermeture de son site de Montbrison, qui emploie 1 240 salariés.',
  'Selon la direction, la production a chuté de 18,5 % en 2025, pour un chiffre d’affaires de 2,4 milliards d’euros.',
  'Le maire, Odile Brenneval, a dénoncé une décision « brutale » et demandé une réunion avant le 15 avril.',
  'Le site, ouvert en 1987, s’étend sur 3 200 hectares à 45 km de Lyon.',
  'Les syndicats appellent à une grève de 48 heures à partir du jeudi 12 mars, à 6 h 30.',
  'Une réunion publique se tiendra le 20 mars à 18 h 30 à la salle des fêtes.',
].join('\n\n');

const CORRECT = [
  'The mining company Karvella announced on Tuesday 3 March the closure of its Montbrison site, which employs 1,240 people.',
  'According to management, production fell by 18.5% in 2025, on revenue of 2.4 billion euros.',
  'The mayor, Odile Brenneval, denounced a "brutal" decision and called for a meeting before 15 April.',
  'The site, opened in 1987, covers 3,200 hectares 45 km from Lyon.',
  'The unions are calling a 48-hour strike from Thursday 12 March at 6.30 am.',
  'A public meeting will be held on 20 March at 6:30 pm in the village hall.',
  'Powered by automated translation',
].join('\n\n');

const checker = createChecker();
const accuracy = (translation: string) => checker.check(translation, { source: SOURCE }).issues.filter((i) => i.category === 'accuracy');

describe('planted errors in an invented article', () => {
  it('does not flag a correct translation with its numbers, dates, units and times converted', () => {
    expect(accuracy(CORRECT).map((i) => `${i.rule}: ${i.message}`)).toEqual([]);
  });

  it('finds each planted error: a changed number, a changed date, a misspelt name, a left-out paragraph', () => {
    const planted = CORRECT.replace('18.5%', '15.8%')
      .replace('before 15 April', 'before 15 August')
      .replace('Odile Brenneval', 'Odile Brennevale')
      .replace('The site, opened in 1987, covers 3,200 hectares 45 km from Lyon.\n\n', '');
    const issues = accuracy(planted);
    const found = (rule: string) => issues.filter((i) => i.rule === rule).map((i) => planted.slice(i.start, i.end));
    expect(found('number-mismatch')).toEqual(['15.8%']);
    expect(found('date-mismatch')).toEqual(['August']);
    expect(found('name-mismatch')).toEqual(['Brennevale']);
    expect(issues.filter((i) => i.rule === 'omitted-paragraph').map((i) => SOURCE.slice(i.sourceStart, i.sourceEnd))).toEqual([SOURCE.split('\n\n')[3]]);
    // Nothing else: the planted errors are all there is.
    expect(issues.map((i) => i.rule).sort()).toEqual(['date-mismatch', 'name-mismatch', 'number-mismatch', 'omitted-paragraph']);
  });
});
