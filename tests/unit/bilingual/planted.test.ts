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

// A second invented article, eight paragraphs with few numbers, for the paragraph-level errors:
// a left-out paragraph with nothing to anchor it (no number, one name), an added one, a paragraph
// split in two and two joined.
const ROADS = [
  'Le gouvernement a lancé mardi un vaste programme de rénovation des routes du nord du pays, a annoncé le ministre de l’Équipement, Amédé Kouassi.',
  'Le programme, d’un montant de 320 milliards de francs CFA, doit couvrir 1 850 kilomètres de routes d’ici à 2027.',
  '« C’est une priorité absolue pour désenclaver nos régions », a déclaré le ministre lors d’une conférence de presse.',
  'Les travaux commenceront en juillet dans la région de Korvila, où plusieurs axes sont impraticables pendant la saison des pluies.',
  'Selon la Banque mondiale, qui finance une partie du projet, le mauvais état des routes coûte chaque année près de 2 % du produit intérieur brut au pays.',
  'L’opposition a salué l’initiative tout en réclamant davantage de transparence dans l’attribution des marchés publics.',
  'Le Premier ministre doit présenter le calendrier détaillé des travaux devant l’Assemblée nationale le 28 mai.',
  'Le dernier grand programme routier, lancé en 2015, avait permis de bitumer environ 600 kilomètres.',
];
const ROADS_EN = [
  'The government on Tuesday launched a vast programme to renovate roads in the north of the country, Infrastructure Minister Amédé Kouassi announced.',
  'The programme, worth 320 billion CFA francs, is to cover 1,850 kilometres of roads by 2027.',
  '"It is an absolute priority to open up our regions," the minister told a press conference.',
  'Work will begin in July in the Korvila region, where several roads are impassable during the rainy season.',
  'According to the World Bank, which is financing part of the project, the poor state of the roads costs the country nearly 2% of its gross domestic product every year.',
  'The opposition welcomed the initiative while calling for more transparency in the award of public contracts.',
  'The prime minister is due to present the detailed timetable of the work to the National Assembly on May 28.',
  'The last major road programme, launched in 2015, paved about 600 kilometres.',
];
const paragraphIssues = (paragraphs: string[]) =>
  checker
    .check(paragraphs.join('\n\n') + '\n', { source: ROADS.join('\n\n') + '\n' })
    .issues.filter((i) => i.rule === 'omitted-paragraph' || i.rule === 'added-paragraph');

describe('planted paragraph errors in an invented article', () => {
  it('does not flag the correct translation', () => {
    expect(paragraphIssues(ROADS_EN)).toEqual([]);
  });

  it('flags a left-out paragraph that shares no number with the source, on the paragraph before it', () => {
    const issues = paragraphIssues(ROADS_EN.filter((_, i) => i !== 3));
    expect(issues.map((i) => i.rule)).toEqual(['omitted-paragraph']);
    expect(ROADS.join('\n\n').slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe(ROADS[3]);
  });

  it('flags a paragraph the source does not have', () => {
    const added = 'The minister also said the government would review fuel prices next week.';
    const issues = paragraphIssues([...ROADS_EN.slice(0, 6), added, ...ROADS_EN.slice(6)]);
    expect(issues.map((i) => [i.rule, ROADS_EN.slice(0, 6).join('\n\n').length + 2 === i.start])).toEqual([['added-paragraph', true]]);
  });

  it('does not flag a paragraph split in two or two paragraphs joined', () => {
    const [first, second] = ['According to the World Bank, which is financing part of the project, the poor state of the roads is costly.', 'It costs the country nearly 2% of its gross domestic product every year.'];
    expect(paragraphIssues([...ROADS_EN.slice(0, 4), first, second, ...ROADS_EN.slice(5)])).toEqual([]);
    expect(paragraphIssues([...ROADS_EN.slice(0, 5), `${ROADS_EN[5]} ${ROADS_EN[6]}`, ROADS_EN[7]])).toEqual([]);
  });

  it('flags a left-out paragraph after an agency dateline paragraph, which hides other accuracy issues', () => {
    const source = ['Abidjan (AFP) - La grève des enseignants entre dans sa troisième semaine.', ...ROADS.slice(2, 6)];
    const translation = ['ABIDJAN (AFP) - The teachers’ strike is entering its third week.', ...ROADS_EN.slice(3, 6)];
    const issues = checker.check(translation.join('\n\n') + '\n', { source: source.join('\n\n') + '\n' }).issues;
    expect(issues.some((i) => i.rule === 'boilerplate' && i.start === 0)).toBe(true);
    const omitted = issues.filter((i) => i.rule === 'omitted-paragraph');
    expect(omitted.map((i) => source.join('\n\n').slice(i.sourceStart, i.sourceEnd))).toEqual([source[1]]);
  });
});
