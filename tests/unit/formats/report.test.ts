import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentDiff, QUALITY_FORMULA, buildReport, diffStats, diffTexts, qualityScore, translationIssues } from '../../../src/core';
import { htmlToText } from '../../../src/core/formats/html-text';
import type { ReportInput, ReviewedIssue } from '../../../src/shared/report';
import { changesBetween, issueAt, sampleArticle } from './factories';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function reportFor(original: string, corrected: string, issues: ReviewedIssue[], over: Partial<ReportInput> = {}): string {
  const changes = over.changes ?? changesBetween(original, corrected);
  return buildReport({
    title: 'Iraq launches third phase of anti-ISIS operations as coalition withdraws',
    fileName: 'iraq-heroes-operation.txt',
    original,
    corrected,
    changes,
    stats: { wordsA: words(original), wordsB: words(corrected), edits: changes.length, ter: changes.length / words(corrected) },
    issues,
    language: 'English (eng)',
    dialect: 'en-GB',
    generatedAt: '1 May 2024, 10:20',
    ...over,
    machineIssues: over.machineIssues ?? [],
  });
}

/** The sample article's review: what the screenshot shows. */
export function sampleReport(): string {
  const { original, corrected } = sampleArticle();
  const issues: ReviewedIssue[] = [
    { ...issueAt(corrected, 'offensive', { rule: 'spelling', suggestions: ['offensive'] }, 'applied'), text: 'offencive' },
    { ...issueAt(corrected, 'group. Iraqi', { rule: 'double-space', category: 'punctuation', severity: 'info', message: 'Two spaces between words', suggestions: [' '] }, 'applied'), text: '  ' },
    issueAt(corrected, '=== RESTRICTED TO EDITORIAL USE', { rule: 'agency-boilerplate', category: 'boilerplate', severity: 'warning', message: 'Agency boilerplate left in the copy', suggestions: [''] }),
    issueAt(corrected, 'Powered by automated translation', { rule: 'machine-translation-notice', category: 'boilerplate', severity: 'warning', message: 'Machine-translation notice left in the copy', suggestions: [] }),
    issueAt(corrected, 'Mobilisation', { rule: 'dialect-consistency', category: 'consistency', severity: 'info', message: 'UK spelling; the article also uses US spellings', suggestions: ['Mobilization'] }, 'ignored'),
    issueAt(corrected, 'Al-Kazemi', { rule: 'name-consistency', category: 'consistency', severity: 'warning', message: 'Name spelled two ways: Al-Kazemi and Al-Kadhimi', suggestions: ['Al-Kadhimi'] }),
  ];
  // The machine translation's own issues: the same findings on its text ("offencive", the double space).
  const machineIssues = [
    issueAt(original, 'offencive', { rule: 'spelling', suggestions: ['offensive'] }).issue,
    issueAt(original, 'group.  Iraqi', { rule: 'double-space', category: 'punctuation', severity: 'info', message: 'Two spaces between words', suggestions: [' '] }).issue,
    ...issues.slice(2).map((reviewed) => issueAt(original, reviewed.text ?? corrected.slice(reviewed.issue.start, reviewed.issue.end), reviewed.issue).issue),
  ];
  return reportFor(original, corrected, issues, { machineIssues });
}

describe('buildReport', () => {
  it('shows the summary, the score with its formula, the issues and the redline of the sample', () => {
    const html = sampleReport();
    const file = join(tmpdir(), 'verso-sample-report.html');
    writeFileSync(file, html);
    const text = htmlToText(html);
    expect(text).toContain('Iraq launches third phase');
    expect(text).toContain('HTER');
    expect(text).toContain(QUALITY_FORMULA);
    expect(html).toContain('<del>offencive</del><ins>offensive</ins>');
    expect(html).toMatch(/<del>(<span class="ws">·<\/span>)+<\/del>/);
    expect(text).toMatch(/Boilerplate\s*2\s*0\s*0/);
    expect(text).toMatch(/Consistency\s*1\s*0\s*1/);
  });

  it('computes the MQM-style score as stated: 100 − weighted penalties per 100 words, ignored issues free', () => {
    const text = 'one two three four five six seven eight nine ten';
    const issues: ReviewedIssue[] = [
      issueAt(text, 'one', { severity: 'error' }, 'open'),
      issueAt(text, 'two', { severity: 'warning' }, 'applied'),
      issueAt(text, 'three', { severity: 'info' }, 'applied'),
      issueAt(text, 'four', { severity: 'error' }, 'ignored'),
    ];
    // (10 + 5 + 1) penalty points over 200 words = 8 per 100 words.
    expect(qualityScore(issues, 200)).toEqual({ score: 92, penalties: 16, words: 200, counted: 3 });
    expect(qualityScore(issues, 10).score).toBe(0);
    expect(qualityScore([], 0).score).toBe(100);
  });

  it('scores the machine translation on the issues found in it, not on the editor’s own typos', () => {
    const original = 'The rebels fled the the city.\n';
    const corrected = 'The rebels fled teh city at dawn.\n';
    const machineIssues = [issueAt(original, 'the the', { rule: 'repeated-word', severity: 'warning' }).issue];
    const issues: ReviewedIssue[] = [
      // The editor fixed the MT's "the the" and typed a typo of their own.
      { ...issueAt(corrected, 'teh', { rule: 'repeated-word', severity: 'warning' }, 'applied'), text: 'the the' },
      issueAt(corrected, 'teh', { rule: 'spelling', severity: 'error' }),
    ];
    const text = htmlToText(reportFor(original, corrected, issues, { machineIssues }));
    // 5 points (the MT's warning) over 6 words: 100 − 83.3.
    expect(text).toMatch(/Quality score\s*16\.7/);
    expect(text).toContain('The machine translation had 1 issue: 1 fixed, 0 still open, 0 ignored.');
    expect(text).toMatch(/Open issues\s*1\s*in the corrected text · 1 error/);
    // Without the MT's issue the editor's typo costs the translation nothing.
    expect(htmlToText(reportFor(original, corrected, issues))).toMatch(/Quality score\s*100\.0/);
  });

  it('counts an issue of the machine translation the editor ignored as no error, and one still there as open', () => {
    const original = 'He said the the word and the the end.\n';
    const machine = [...original.matchAll(/the the/g)].map((m) => ({ ...issueAt(original, 'the the', { rule: 'repeated-word' }).issue, start: m.index, end: m.index + 7 }));
    const reviewed: ReviewedIssue[] = [
      { ...issueAt(original, 'the the', { rule: 'repeated-word' }, 'ignored'), text: 'the the' },
      { ...issueAt(original, 'the the', { rule: 'repeated-word' }, 'open'), text: 'the the' },
    ];
    expect(translationIssues(machine, original, reviewed).map((r) => r.status)).toEqual(['ignored', 'open']);
    expect(translationIssues(machine, original, []).map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('renders a hostile article as text, never as markup', () => {
    const original = 'Intro <script>alert(1)</script> here.\n\n"><img src=x onerror=alert(1)> & <b>bold</b>\n';
    const corrected = 'Intro <script>alert(2)</script> here.\n\n"><img src=y onerror=alert(1)> & <b>bold</b>\n';
    const hostile = '"><img src=x onerror=alert(1)><script>alert(3)</script>';
    const issues: ReviewedIssue[] = [
      issueAt(corrected, '<script>', { rule: hostile, message: hostile, suggestions: [hostile, '</td></table><script>'] }),
      { ...issueAt(corrected, '<b>', {}, 'applied'), text: '<iframe src=x>' },
    ];
    const html = reportFor(original, corrected, issues, { title: hostile, fileName: '<script>x.txt', language: hostile, dialect: '<u>', generatedAt: hostile });

    // Article text has no "<" left unescaped, so every tag in the page is Verso's own.
    const tags = html.match(/<\/?[A-Za-z][^>]*>/g) ?? [];
    const names = new Set(tags.map((t) => /^<\/?([A-Za-z0-9]+)/.exec(t)?.[1].toLowerCase()));
    for (const bad of ['script', 'img', 'iframe', 'b', 'u', 'object', 'embed', 'link']) expect(names).not.toContain(bad);
    expect([...names].filter((n) => n === 'style')).toEqual(['style']);
    expect(html.match(/<style>/g)).toHaveLength(1);
    for (const tag of tags) expect(tag).not.toMatch(/\son\w+\s*=|\ssrc\s*=|\shref\s*=/i);
    expect(html).not.toMatch(/<script/i);
    // …and it is all still there, as text.
    const text = htmlToText(html);
    expect(text).toContain('Intro <script>alert(12)</script> here.'); // the redline: 1 struck, 2 inserted
    expect(text).toContain('<script>alert(3)</script>');
    expect(text).toContain('"><img src=x onerror=alert(1)>');
    expect(text).toContain('<iframe src=x>');
    expect(text).toContain('onerror=alert(1)> & <b>bold</b>'); // unchanged tail of the redline
  });

  it('escapes unchanged article text before, between and after changes', () => {
    const original = '<i>a</i> one <u>b</u> two <s>c</s>';
    const corrected = '<i>a</i> 1 <u>b</u> 2 <s>c</s>';
    const html = reportFor(original, corrected, []);
    const redline = html.slice(html.indexOf('<div class="redline">'));
    expect(redline).toContain('&lt;i&gt;a&lt;/i&gt; <del>one</del><ins>1</ins> &lt;u&gt;b&lt;/u&gt; <del>two</del><ins>2</ins> &lt;s&gt;c&lt;/s&gt;');
  });

  it('is one self-contained file: no script, no external resource, a CSP forbidding both', () => {
    const html = sampleReport();
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
  });

  it('widens changes inside a word to the whole word, as an editor reads them', () => {
    const original = 'a bloody offencive, it’s colour';
    const corrected = 'a bloody offensive, it is color';
    const changes = [
      { kind: 'replace' as const, fromA: 14, toA: 15, fromB: 14, toB: 15, a: 'c', b: 's' },
      { kind: 'replace' as const, fromA: 22, toA: 24, fromB: 22, toB: 25, a: '’s', b: ' is' },
      { kind: 'delete' as const, fromA: 29, toA: 30, fromB: 30, toB: 30, a: 'u', b: '' },
    ];
    const html = reportFor(original, corrected, [], { changes });
    expect(html).toContain('a bloody <del>offencive</del><ins>offensive</ins>, <del>it’s</del><ins>it is</ins> <del>colour</del><ins>color</ins></div>');
  });

  it('renders the sample with the real diff engine\'s changes', () => {
    const { original, corrected } = sampleArticle();
    const html = reportFor(original, corrected, [], { changes: diffTexts(original, corrected), stats: diffStats(original, corrected) });
    expect(html).toContain('nine-month <del>offencive</del><ins>offensive</ins> to end');
  });

  it('lists the most edited paragraphs by HTER, from the diff engine\'s per-paragraph figures', () => {
    const original = 'Headline stays\n\nThe army said the operation began at dawn.\n\nOfficials <b>said</b> little more.\n\nNothing changed here at all.\n';
    const corrected = 'Headline stays\n\nThe army said the operation started at dawn.\n\nOfficials <b>gave</b> no further details.\n\nNothing changed here at all.\n';
    const stats = new DocumentDiff(original, corrected).stats();
    const html = reportFor(original, corrected, [], { changes: diffTexts(original, corrected), stats, paragraphs: stats.paragraphs });
    const table = html.slice(html.indexOf('<h2 id="most-edited">'), html.indexOf('</table>', html.indexOf('<h2 id="most-edited">')));
    const rows = [...table.matchAll(/<tr><td>(\d+)<\/td><td>([\d.]+)<\/td><td>(\d+) \/ (\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[5]]);
    // Line 5 (4 TER edits over 5 words) before line 3 (1 over 8); unchanged paragraphs are not listed.
    expect(rows).toEqual([
      ['5', '0.800', 'Officials &lt;b&gt;gave&lt;/b&gt; no further details.'],
      ['3', '0.125', 'The army said the operation started at dawn.'],
    ]);
  });

  it('shows a flagged line\'s double space as dots but keeps its single spaces, so the line can wrap', () => {
    const corrected = 'Kept.\n=== RESTRICTED TO EDITORIAL USE -  MANDATORY CREDIT ===\n';
    const html = reportFor(corrected, corrected, [issueAt(corrected, '=== RESTRICTED TO EDITORIAL USE -  MANDATORY CREDIT ===', { rule: 'boilerplate', category: 'boilerplate' })]);
    expect(html).toContain('<q>=== RESTRICTED TO EDITORIAL USE -<span class="ws">·</span><span class="ws">·</span>MANDATORY CREDIT ===</q>');
    expect(html).toContain(".issues td:nth-child(6), .issues td:nth-child(8) { overflow-wrap: anywhere; }");
  });

  it('has no most-edited section without per-paragraph figures or changes', () => {
    const { original } = sampleArticle();
    expect(reportFor(original, original, [])).not.toContain('most-edited');
    const stats = new DocumentDiff(original, original).stats();
    expect(reportFor(original, original, [], { paragraphs: stats.paragraphs })).not.toContain('most-edited');
  });

  it('refuses changes that do not match the original', () => {
    expect(() =>
      buildReport({
        title: 't', fileName: 'f', original: 'abc', corrected: 'abd',
        changes: [{ kind: 'replace', fromA: 2, toA: 3, fromB: 2, toB: 3, a: 'x', b: 'd' }],
        stats: { wordsA: 1, wordsB: 1, edits: 1, ter: 1 }, issues: [], machineIssues: [], language: 'en', dialect: 'en-GB', generatedAt: 'now',
      }),
    ).toThrow(/does not match the texts/);
  });
});
