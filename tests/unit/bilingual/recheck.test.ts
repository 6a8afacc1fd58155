// Re-checking a bilingual pair after an edit: the group-wise accuracy rules run again only on the
// aligned groups the edit changed, and the issues are those a fresh check finds.
import { describe, expect, it } from 'vitest';
import { ACCURACY_RULE_LIST, AccuracyCache, buildBilingual, createChecker, detectSourceLanguage, type AccuracyRule, type BilingualDocument } from '../../../src/core';
import { buildDocument } from '../../../src/core/document';
import { createTagger } from '../../../src/core/grammar';
import type { RuleContext } from '../../../src/core/rules';
import { createSpeller, variantLookup } from '../../../src/core/spelling';

// An invented article: each paragraph has a number, a date or a name, and some are mistranslated.
const cities = ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Dijon', 'Metz'];
const source: string[] = [];
const target: string[] = [];
for (let i = 1; i <= 30; i++) {
  const city = cities[i % cities.length];
  source.push(`Le ${i} mars, la mairie de ${city} a recensé ${i * 113} logements vides et promis ${i} millions d’euros de travaux pour les rénover avant l’hiver prochain.`);
  // Every fifth paragraph carries a wrong number, every seventh a misspelt name.
  const count = i % 5 === 0 ? i * 113 + 1 : i * 113;
  const shown = i % 7 === 0 ? `${city}e` : city;
  target.push(`On ${i} March, ${shown} town hall counted ${count} empty homes and promised ${i} million euros of work to renovate them before next winter.`);
}
const sourceText = source.join('\n\n');
const issuesOf = (r: ReturnType<ReturnType<typeof createChecker>['check']>) => r.issues.filter((i) => i.category === 'accuracy');

describe('bilingual re-check', () => {
  it('gives after edits the accuracy issues a fresh check gives', () => {
    const checker = createChecker();
    checker.check(target.join('\n\n'), { source: sourceText });
    // A number changed in one paragraph, a sentence added in another (later offsets move), one paragraph removed.
    const edited = target.map((p, i) => (i === 3 ? p.replace('452', '462') : i === 12 ? `${p} The work starts soon.` : p)).filter((_, i) => i !== 20);
    const again = checker.check(edited.join('\n\n'), { source: sourceText });
    const fresh = createChecker().check(edited.join('\n\n'), { source: sourceText });
    expect(issuesOf(again)).toEqual(issuesOf(fresh));
    // Each on the text it names, in the edited text and in the source.
    const text = edited.join('\n\n');
    const numbers = issuesOf(again).filter((i) => i.rule === 'number-mismatch');
    expect(numbers.map((i) => `${text.slice(i.start, i.end)} <- ${sourceText.slice(i.sourceStart, i.sourceEnd)}`)).toEqual(['462 <- 452', '566 <- 565', '1131 <- 1130', '1696 <- 1695', '2261 <- 2260', '2826 <- 2825', '3391 <- 3390']);
    // "Lillee" is a word the dictionary knows, but the translation writes "Lille" elsewhere.
    expect(issuesOf(again).filter((i) => i.rule === 'name-mismatch').map((i) => text.slice(i.start, i.end))).toEqual(['Lillee', 'Nantese', 'Dijone']);
    expect(issuesOf(again).some((i) => i.rule === 'omitted-paragraph')).toBe(true);
  });

  it('gives a fresh check’s name issues after an edit elsewhere changes which names the translation keeps', () => {
    const checker = createChecker();
    checker.check(target.join('\n\n'), { source: sourceText });
    // Every other "Lille" becomes "Lillee" too: nothing in the translation spells it as the source does any more.
    const edited = target.map((p) => p.replace(/\bLille\b/, 'Lillee')).join('\n\n');
    const again = checker.check(edited, { source: sourceText });
    const fresh = createChecker().check(edited, { source: sourceText });
    expect(issuesOf(again)).toEqual(issuesOf(fresh));
    expect(issuesOf(again).some((i) => i.rule === 'name-mismatch' && edited.slice(i.start, i.end) === 'Lillee')).toBe(false);
  });

  it('runs the group-wise rules again only on the group an edit changed', () => {
    const speller = createSpeller();
    const context: RuleContext = { speller, tagger: createTagger(), variants: variantLookup(speller.lexicon), dialect: 'en-GB', dictionary: new Set(), settingsKey: '' };
    let calls = 0;
    const counted: AccuracyRule[] = ACCURACY_RULE_LIST.map((rule) =>
      rule.checkGroup ? { ...rule, checkGroup: (...args: Parameters<NonNullable<AccuracyRule['checkGroup']>>) => (calls++, rule.checkGroup!(...args)) } : rule,
    );
    const grouped = counted.filter((r) => r.checkGroup).length;
    const language = detectSourceLanguage(sourceText);
    const sourceDoc = buildDocument(sourceText);
    const cache = new AccuracyCache();
    const first: BilingualDocument = buildBilingual(sourceDoc, buildDocument(target.join('\n\n')), language);
    cache.run(first, context, counted);
    expect(calls).toBe(grouped * 30);
    // An edit in the middle of paragraph 8, far from both its ends.
    const edited = target.map((p, i) => (i === 7 ? p.replace('empty homes', 'vacant homes') : p)).join('\n\n');
    const second = buildBilingual(sourceDoc, buildDocument(edited), language, first);
    calls = 0;
    const findings = cache.run(second, context, counted);
    expect(calls).toBe(grouped);
    // The same findings as each rule's own check of the whole pair.
    for (const rule of ACCURACY_RULE_LIST) expect(findings.get(counted[ACCURACY_RULE_LIST.indexOf(rule)])).toEqual(rule.check(second, context));
  });
});
