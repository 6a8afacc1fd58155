import { describe, expect, it } from 'vitest';
import { buildReport, createChecker, diffStats, diffTexts, issuesToCsv } from '../../../src/core';
import { htmlToText } from '../../../src/core/formats/html-text';
import type { ReviewedIssue } from '../../../src/shared/report';

const source = 'Le chômage des jeunes a atteint 7,25 % en janvier, selon l’institut national.\n\nLe plan prévoit 4 500 emplois.';
const original = 'Youth unemployment reached 7.52% in January, according to the national institute.\n\nThe plan provides for 4,500 jobs.';

function bilingual() {
  const result = createChecker().check(original, { source });
  const issues: ReviewedIssue[] = result.issues.map((issue) => ({ issue, status: 'open' }));
  return { result, issues };
}

describe('reports of a bilingual review', () => {
  it('show the source excerpt beside each accuracy issue and a bilingual summary', () => {
    const { result, issues } = bilingual();
    const accuracy = issues.filter((i) => i.issue.category === 'accuracy');
    expect(accuracy.map((i) => original.slice(i.issue.start, i.issue.end))).toEqual(['7.52%']);
    const changes = diffTexts(original, original);
    const html = buildReport({
      title: 'Youth unemployment',
      fileName: 'jobs.txt',
      original,
      corrected: original,
      changes,
      stats: diffStats(original, original),
      issues,
      machineIssues: result.issues,
      language: 'English (eng)',
      dialect: 'en-GB',
      generatedAt: '1 December 2026, 11:00',
      source: { name: 'jobs.fr.txt', text: source, summary: result.bilingual },
    });
    const text = htmlToText(html);
    expect(text).toMatch(/Bilingual review/);
    expect(text).toMatch(/Paragraphs aligned\s*2/);
    expect(text).toMatch(/Numbers\s*1 \/ 2/);
    expect(text).toMatch(/French/);
    expect(html).toMatch(/Source: <q>7,25 %<\/q>/);
  });

  it('leave reports without a source as they were', () => {
    const changes = diffTexts(original, original);
    const input = { title: 't', fileName: 'f.txt', original, corrected: original, changes, stats: diffStats(original, original), issues: [], machineIssues: [], language: 'English (eng)', dialect: 'en-GB', generatedAt: 'now' };
    expect(buildReport(input)).not.toMatch(/Bilingual review|Source:/);
  });

  it('add a source column to the CSV only with a source', () => {
    const { issues } = bilingual();
    const withSource = issuesToCsv(issues, original, source).split('\r\n');
    expect(withSource[0].endsWith(',source')).toBe(true);
    const row = withSource.find((r) => r.includes('number-mismatch'));
    expect(row?.endsWith(',"7,25 %"')).toBe(true);
    expect(issuesToCsv(issues, original).split('\r\n')[0].endsWith(',suggestions')).toBe(true);
  });
});
