import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tempFolder, verso } from '../helpers/cli';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
const folder = tempFolder();
afterAll(() => folder.remove());

describe('verso check', () => {
  it('prints one line per issue as file:line:col  severity  rule  message  "flagged text"  -> suggestion', async () => {
    const file = folder.file('article.txt', sample);
    const run = await verso('check', file);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines).toContain(`${file}:5:402  error  spelling  Possible misspelling  "offencive"  -> offensive`);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+ {2}(error|warning|info) {2}[a-z-]+ {2}.+ {2}".*"( {2}-> .+)?$/);
  });

  it('quotes the flagged text so spaces and quotes in it can be seen', async () => {
    const file = folder.file('spaces.txt', 'The army  moved. The the end.\n');
    const lines = (await verso('check', file)).stdout.trimEnd().split('\n');
    expect(lines).toContain(`${file}:1:9  warning  spacing  Two spaces where one is enough  "  "  -> (one space)`);
    expect(lines.some((l) => l.includes('repeated-word') && l.includes('"The the"'))).toBe(true);
  });

  it('writes the JSON contract with UTF-16 offsets into the BOM-stripped text', async () => {
    const text = 'Iraq 🇮🇶 launched an offencive.\r\nThe the army moved.\r\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const file = folder.file('bom.txt', bytes);
    const run = await verso('check', file, '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['file', 'language', 'dialect', 'machineTranslated', 'stats', 'issues']);
    const spell = doc.issues.find((i: { rule: string }) => i.rule === 'spelling');
    expect(Object.keys(spell)).toEqual(['id', 'rule', 'category', 'severity', 'message', 'start', 'end', 'line', 'column', 'text', 'suggestions']);
    expect(text.slice(spell.start, spell.end)).toBe('offencive');
    expect(spell).toMatchObject({ line: 1, column: text.indexOf('offencive') + 1, text: 'offencive', suggestions: expect.arrayContaining(['offensive']) });
    const repeat = doc.issues.find((i: { rule: string }) => i.rule === 'repeated-word');
    expect(repeat).toMatchObject({ line: 2, column: 1, text: 'The the' });
  });

  it('gives a JSON array for several files, and reads UTF-16', async () => {
    const a = folder.file('a.txt', sample);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('The the end.', (c) => [c.charCodeAt(0), 0]).flat()]);
    const b = folder.file('b.txt', utf16);
    const run = await verso('check', a, b, '--format', 'json');
    const docs = JSON.parse(run.stdout);
    expect(docs.map((d: { file: string }) => d.file)).toEqual([a, b]);
    expect(docs[0]).toMatchObject({ language: { code: 'eng' }, dialect: 'en-GB', machineTranslated: true, stats: { paragraphs: 16 } });
    expect(docs[1].issues[0].text).toBe('The the');
  });

  it('honours --dialect and --rules (YAML house style)', async () => {
    const file = folder.file('d.txt', 'The programmes covered 40 kilometres, he said of Daesh.');
    const rules = folder.file('house.yaml', 'terms:\n  - preferred: ISIS\n    variants: [Daesh]\n');
    const run = await verso('check', file, '--dialect', 'en-US', '--rules', rules, '--format', 'json');
    const rulesHit = JSON.parse(run.stdout).issues.map((i: { rule: string; text: string }) => `${i.rule}:${i.text}`);
    expect(rulesHit).toEqual(['dialect-mix:programmes', 'dialect-mix:kilometres', 'house-style:Daesh']);
  });

  it('exits 1 with --fail-on when issues of that severity or worse exist, 0 otherwise', async () => {
    const file = folder.file('f.txt', 'Iraq launched an offencive.');
    expect((await verso('check', file, '--fail-on', 'error')).code).toBe(1);
    expect((await verso('check', file, '--fail-on', 'info')).code).toBe(1);
    const clean = folder.file('clean.txt', 'Iraq launched an offensive.');
    expect((await verso('check', clean, '--fail-on', 'info')).code).toBe(0);
  });

  it.each([
    ['a missing file', ['check', '/nonexistent/article.txt'], /no such file/],
    ['a binary file', ['check', 'BINARY'], /not a text file/],
    ['a bad option', ['check', 'SAMPLE', '--colour'], /^verso check: unknown option '--colour' \(see 'verso check --help'\)\.$/],
    ['an unknown option with a value', ['check', 'SAMPLE', '--colour=red'], /^verso check: unknown option '--colour' /],
    ['a missing option value', ['check', 'SAMPLE', '--format'], /^verso check: --format needs a value \(see 'verso check --help'\)\.$/],
    ['an option where a value should be', ['check', 'SAMPLE', '--rules', '--format', 'json'], /^verso check: --rules needs a value/],
    ['an empty file', ['check', 'EMPTY'], /empty\.txt is empty: there is no article to check/],
    ['a file of blank lines', ['check', 'BLANK'], /blank\.txt has no text in it/],
    ['a bad --format', ['check', 'SAMPLE', '--format', 'xml'], /--format must be one of text, json/],
    ['a bad --fail-on', ['check', 'SAMPLE', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, info/],
    ['a malformed --rules file', ['check', 'SAMPLE', '--rules', 'BADRULES'], /bad\.json: not valid JSON/],
    ['no file', ['check'], /expected at least one FILE/],
  ])('refuses %s with one line on stderr, status 2 and nothing on stdout', async (_, args, message) => {
    const binary = folder.file('x.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const good = folder.file('good.txt', sample);
    const bad = folder.file('bad.json', '{"terms": [');
    const empty = folder.file('empty.txt', '');
    const blank = folder.file('blank.txt', '\n  \r\n\t\n');
    const named: Record<string, string> = { BINARY: binary, SAMPLE: good, BADRULES: bad, EMPTY: empty, BLANK: blank };
    const real = args.map((a) => named[a] ?? a);
    const run = await verso(...real);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });
});
