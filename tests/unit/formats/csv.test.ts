import { describe, expect, it } from 'vitest';
import { ISSUE_CSV_COLUMNS, issuesToCsv, issuesToCsvBytes } from '../../../src/core';
import type { ReviewedIssue } from '../../../src/shared/report';
import { issueAt } from './factories';

/** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} in unquoted field at ${i}`);
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ',') {
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected "," or CRLF at ${i}`);
    }
  }
  if (row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

const text = 'Line one has offencive text.\r\nSecond, "quoted" line with =SUM(A1) and -5 and @cmd.\nThird: teh end';

function reviewed(): ReviewedIssue[] {
  return [
    issueAt(text, 'offencive', { id: 'a1', suggestions: ['offensive', 'offence'] }),
    issueAt(text, 'Second, "quoted"', { id: 'b"2', rule: 'style-quotes', category: 'punctuation', severity: 'warning', message: 'Mixed quotes, "straight" here' }, 'ignored'),
    issueAt(text, '=SUM(A1)', { id: 'c3', rule: 'formula', category: 'style', severity: 'info', message: '+1 risky', suggestions: ['-5', '@x'] }, 'applied'),
    issueAt(text, 'teh', { id: 'd4', message: 'Line\nbreak in message', suggestions: [] }),
  ];
}

describe('issuesToCsv', () => {
  it('parses back (RFC 4180) to the same rows', () => {
    const rows = parseCsv(issuesToCsv(reviewed(), text));
    expect(rows).toEqual([
      [...ISSUE_CSV_COLUMNS],
      ['a1', 'spelling', 'spelling', 'error', 'open', '1', '14', 'offencive', 'Possible misspelling', 'offensive | offence'],
      ['b"2', 'style-quotes', 'punctuation', 'warning', 'ignored', '2', '1', 'Second, "quoted"', 'Mixed quotes, "straight" here', ''],
      ['c3', 'formula', 'style', 'info', 'applied', '2', '28', "'=SUM(A1)", "'+1 risky", "'-5 | @x"],
      ['d4', 'spelling', 'spelling', 'error', 'open', '3', '8', 'teh', 'Line\nbreak in message', ''],
    ]);
  });

  it('ends every row with CRLF and quotes only fields that need it', () => {
    const csv = issuesToCsv(reviewed(), text);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('id,rule,category,severity,status,line,column,text,message,suggestions');
    expect(csv).toContain('"b""2"');
    expect(csv).toContain('a1,spelling,spelling,error,open,1,14,offencive,Possible misspelling,offensive | offence\r\n');
  });

  it('prefixes a cell that a spreadsheet would run as a formula', () => {
    const rows = parseCsv(issuesToCsv(reviewed(), text)).slice(1);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('takes the flagged text and position from the issue when given', () => {
    const [first] = reviewed();
    const rows = parseCsv(issuesToCsv([{ ...first, text: 'offencive', line: 9, column: 4 }], 'other text'));
    expect(rows[1].slice(5, 8)).toEqual(['9', '4', 'offencive']);
  });

  // The time it takes at this size and at twice it is printed by `npm run bench -- formats`.
  it('gives the right line and column for each of 20,000 issues in a long article', () => {
    const long = 'word offencive word.\n'.repeat(50_000);
    const many = Array.from({ length: 20_000 }, (_, k) => issueAt(long.slice(k * 21), 'offencive'));
    many.forEach((r, k) => ((r.issue.start += k * 21), (r.issue.end += k * 21)));
    const rows = parseCsv(issuesToCsv(many, long));
    expect(rows).toHaveLength(20_001);
    expect(rows[1].slice(5, 8)).toEqual(['1', '6', 'offencive']);
    expect(rows[20_000].slice(5, 8)).toEqual(['20000', '6', 'offencive']);
  });

  it('writes UTF-8 with a BOM so spreadsheets read curly quotes', () => {
    const bytes = issuesToCsvBytes([issueAt('a “b” c', '“b”')], 'a “b” c');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('“b”');
  });
});
