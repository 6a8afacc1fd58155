// Planted grammar slips: short news articles written for this test (no corpus text), each sentence
// once as a careful editor would write it and once with one slip of a kind the grammar layer is for
// (the kinds of issue #12, and the comma splices, bare weekdays and phrases for a subject MQM raters
// mark in news MT). The real checker, default settings, must find at least three quarters of the
// slips, flag nothing in the clean articles, and flag nothing in the slipped ones but the slips.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';

/** A sentence with one planted slip written as [slip => clean]. */
type Planted = { kind: string; sentence: string };

const ARTICLES: Planted[][] = [
  [
    { kind: 'perfect tense with a simple past', sentence: 'The talks on the new trade deal [has began => have begun] in the capital.' },
    { kind: 'subject-verb agreement', sentence: 'The [authorities has => authorities have] promised a full inquiry into the delays.' },
    { kind: 'than/then after a comparative', sentence: 'The first round ended [later then => later than] the organisers had planned.' },
    { kind: 'a/an by sound', sentence: 'Each side spoke for [a hour => an hour] before the break.' },
    { kind: 'attribution said twice', sentence: '[According to the minister said => According to the minister], both sides want a result by the spring.' },
    { kind: 'comma splice', sentence: 'The storm has passed[, the => ; the] roads are open again.' },
    { kind: 'a phrase for a subject', sentence: '[For small farmers is => For small farmers, it is] the hardest year in a decade.' },
  ],
  [
    { kind: 'there/their/they\'re', sentence: 'Thousands of families had to leave [there homes => their homes] when the river rose.' },
    { kind: 'its/it\'s', sentence: 'The council said [its a => it\'s a] difficult time for the whole region.' },
    { kind: 'uncountable plural', sentence: 'Officials gave few [informations => information] about the repairs.' },
    { kind: 'verb with a wrong preposition', sentence: 'The mayor will [discuss about => discuss] the damage with the government on Monday.' },
    { kind: 'since with a duration', sentence: 'The old bridge has been closed [since three years => for three years].' },
    { kind: 'could of', sentence: 'Engineers said the flood [could of => could have] been much worse.' },
    { kind: 'day of the week without on', sentence: 'The mayor [said Tuesday => said on Tuesday] that the bridge would reopen.' },
  ],
  [
    { kind: 'double comparative', sentence: 'Prices in the city are now [more higher => higher] than in the rest of the country.' },
    { kind: 'subject-verb agreement', sentence: 'Many [people was => people were] surprised by the new rules.' },
    { kind: 'a/an by sound', sentence: 'The government announced [an unilateral => a unilateral] cut in fuel taxes.' },
    { kind: 'uncountable plural', sentence: 'The company said it had bought new [equipments => equipment] for its factories.' },
    { kind: 'verb with a wrong preposition', sentence: 'The plan went ahead [despite of => despite] strong opposition from farmers.' },
    { kind: 'perfect tense with a simple past', sentence: 'Several firms [have went => have gone] out of business this year.' },
    { kind: 'comma splice', sentence: 'Exports dropped in the spring[, factories => ; factories] are now cutting jobs.' },
  ],
  [
    { kind: 'there/their/they\'re', sentence: 'Union leaders say [there going => they\'re going] to strike next week.' },
    { kind: 'its/it\'s', sentence: 'The airline [lost it\'s => lost its] licence after the crash.' },
    { kind: 'double comparative', sentence: 'It was the [most biggest => biggest] protest in the city for a decade.' },
    { kind: 'than/then after a comparative', sentence: 'The new line carries more passengers [then => than] the old one.' },
    { kind: 'subject-verb agreement', sentence: 'The minister said [it have => it has] no plans to raise taxes.' },
    { kind: 'a/an by sound', sentence: 'She was elected as [a MP => an MP] for the first time in 2019.' },
    { kind: 'since with a duration', sentence: 'Talks have stalled [since two months => for two months].' },
    { kind: 'comma splice', sentence: 'Rents have doubled since 2015[, many => ; many] families will struggle this winter.' },
    { kind: 'verb with a wrong preposition', sentence: 'The new board [comprises of => comprises] seven members from three parties.' },
  ],
  [
    { kind: 'attribution said twice', sentence: '[According to the police said => According to the police], the fire started in a kitchen.' },
    { kind: 'uncountable plural', sentence: 'The judge said the [evidences => evidence] against the men were weak.' },
    { kind: 'verb with a wrong preposition', sentence: 'Residents have [requested for => requested] more buses on the route.' },
    { kind: 'could of', sentence: 'Without the warning, many more people [would of => would have] been hurt.' },
    { kind: 'there/their/they\'re', sentence: '[Their is => There is] no sign of an agreement yet.' },
    { kind: 'day of the week without on', sentence: 'Hundreds of farmers [marched Sunday => marched on Sunday] through the centre of the town.' },
    { kind: 'a phrase for a subject', sentence: 'The rains came late; [for the growers is => for the growers, it is] a worry.' },
  ],
];

const SLIP = /\[([^\]]*?) => ([^\]]*)\]/;
const clean = (s: string) => s.replace(SLIP, '$2');
const slipped = (s: string) => s.replace(SLIP, '$1');

/** An article of the given paragraphs, and where each planted slip lies in it. */
function article(paragraphs: Planted[][], version: 'clean' | 'slipped') {
  let text = '';
  const slips: { kind: string; start: number; end: number; text: string }[] = [];
  for (const paragraph of paragraphs) {
    const sentences: string[] = [];
    for (const p of paragraph) {
      const at = text.length + sentences.join(' ').length + (sentences.length ? 1 : 0);
      const m = SLIP.exec(p.sentence)!;
      const s = version === 'clean' ? clean(p.sentence) : slipped(p.sentence);
      const word = version === 'clean' ? m[2] : m[1];
      slips.push({ kind: p.kind, start: at + m.index, end: at + m.index + word.length, text: word });
      sentences.push(s);
    }
    text += sentences.join(' ') + '\n\n';
  }
  return { text, slips };
}

describe('planted grammar slips', () => {
  const checker = createChecker();

  it('flags nothing in the clean articles', () => {
    const { text } = article(ARTICLES, 'clean');
    const issues = checker.check(text).issues;
    expect(issues.map((i) => `${i.rule}: ${text.slice(i.start, i.end)}`)).toEqual([]);
  });

  it('finds at least three quarters of the planted slips, and flags nothing else', () => {
    const { text, slips } = article(ARTICLES, 'slipped');
    const issues = checker.check(text).issues;
    const found = slips.filter((s) => issues.some((i) => i.start < s.end && i.end > s.start));
    const missed = slips.filter((s) => !found.includes(s)).map((s) => `${s.kind}: ${s.text}`);
    const elsewhere = issues.filter((i) => !slips.some((s) => i.start < s.end && i.end > s.start)).map((i) => `${i.rule}: ${text.slice(i.start, i.end)}`);
    expect(elsewhere).toEqual([]);
    expect(found.length / slips.length, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.75);
    // Every kind of the issue is planted at least twice.
    const kinds = new Map<string, number>();
    for (const s of slips) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    expect(kinds.size).toBe(15);
    for (const [kind, n] of kinds) expect(n, kind).toBeGreaterThanOrEqual(2);
    console.log(`planted grammar slips found: ${found.length}/${slips.length}; missed: ${missed.join('; ') || 'none'}`);
  });
});
