// Choosing rules on the command line, run as a user runs it (`node bin/verso.mjs check …` in a child
// process, after `npm run build`): --enable, --disable, --settings (the file the app itself saves,
// written here by the app's own settings service) and --list-rules; bad ids refused in one line.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { SettingsStore, SETTINGS_FILE } from '../../src/main/services/settings';
import { DEFAULT_SETTINGS } from '../../src/shared/ipc';
import { tempFolder } from '../helpers/cli';

function verso(...args: string[]) {
  return spawnSync(process.execPath, ['bin/verso.mjs', ...args], { encoding: 'utf8' });
}

interface ReportIssue {
  rule: string;
  severity: string;
  text: string;
  suggestions: string[];
}

const rulesOf = (stdout: string): ReportIssue[] => (JSON.parse(stdout) as { issues: ReportIssue[] }).issues;

// Both off-by-default rules have something to flag here: "U.N." against the article's "UN", and
// "5" against the article's "five", plus a misspelling for the on-by-default spelling rule.
const ARTICLE = [
  'Aid convoy reaches the north',
  'The UN said on Monday that five trucks had crossed. The UN mission said five trucks were unloaded.',
  'A U.N. spokesman said the 5 trucks carried an offencive amount of flour.',
].join('\n\n');

describe('verso check: choosing rules (built CLI)', () => {
  const folder = tempFolder('verso-rules-');
  const article = folder.file('article.txt', `${ARTICLE}\n`);
  afterAll(() => folder.remove());

  it('leaves the off-by-default rules off, and runs them with --enable', () => {
    const plain = verso('check', article, '--format', 'json');
    expect(plain.status, plain.stderr).toBe(0);
    const before = rulesOf(plain.stdout).map((i) => i.rule);
    expect(before).toContain('spelling');
    expect(before).not.toContain('abbreviation-dots');
    expect(before).not.toContain('number-style');

    const run = verso('check', article, '--format', 'json', '--enable', 'abbreviation-dots,number-style');
    expect(run.status, run.stderr).toBe(0);
    const issues = rulesOf(run.stdout);
    expect(issues.find((i) => i.rule === 'abbreviation-dots')).toMatchObject({ text: 'U.N.', suggestions: ['UN'] });
    expect(issues.find((i) => i.rule === 'number-style')).toMatchObject({ text: '5', suggestions: ['five'] });
    expect(issues.map((i) => i.rule)).toContain('spelling');
  });

  it('turns a rule off with --disable, in the text format too', () => {
    const run = verso('check', article, '--disable', 'spelling');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/ {2}spelling {2}/);
    expect(verso('check', article).stdout).toMatch(/ {2}spelling {2}.*"offencive" {2}-> offensive$/m);
  });

  it('reads the settings file the app saves: its rule choices, severities, dictionary and dialect', async () => {
    const appFolder = tempFolder('verso-settings-');
    try {
      await new SettingsStore(appFolder.dir).write({
        ...DEFAULT_SETTINGS,
        dialect: 'en-US',
        rules: { 'number-style': 'error', 'abbreviation-dots': true, 'repeated-word': false },
        dictionary: ['offencive'],
      });
      const settings = `${appFolder.dir}/${SETTINGS_FILE}`;
      const run = verso('check', article, '--format', 'json', '--settings', settings);
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as { dialect: string; issues: ReportIssue[] };
      expect(report.dialect).toBe('en-US');
      expect(report.issues.find((i) => i.rule === 'number-style')).toMatchObject({ text: '5', severity: 'error' });
      expect(report.issues.some((i) => i.rule === 'abbreviation-dots')).toBe(true);
      // The app's own dictionary is the editor's: a word in it is not a misspelling.
      expect(report.issues.some((i) => i.text === 'offencive')).toBe(false);

      // The options win over the file.
      const over = verso('check', article, '--format', 'json', '--settings', settings, '--disable', 'number-style', '--dialect', 'en-GB');
      expect(over.status, over.stderr).toBe(0);
      const overReport = JSON.parse(over.stdout) as { dialect: string; issues: ReportIssue[] };
      expect(overReport.dialect).toBe('en-GB');
      expect(overReport.issues.some((i) => i.rule === 'number-style')).toBe(false);
      expect(overReport.issues.some((i) => i.rule === 'abbreviation-dots')).toBe(true);
    } finally {
      appFolder.remove();
    }
  });

  it('refuses an unknown rule id in one line, exit 2, nothing on stdout, naming the nearest id', () => {
    const run = verso('check', article, '--enable', 'abbreviation-dot');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("verso check: --enable: no rule 'abbreviation-dot' (did you mean abbreviation-dots?).\n");
    const far = verso('check', article, '--disable', 'spelling,no-such-check');
    expect(far.status).toBe(2);
    expect(far.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(far.stderr).toMatch(/^verso check: --disable: no rule 'no-such-check' \('verso check --list-rules' lists them\)\.\n$/);
    const both = verso('check', article, '--enable', 'spelling', '--disable', 'spelling');
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^verso check: 'spelling' is given to both --enable and --disable\.\n$/);
    expect(verso('check', article, '--enable', 'spelling,').status).toBe(2);
  });

  it('refuses a settings file with an unknown rule, a bad value, or no JSON, naming the file, and writes nothing', () => {
    const cases = {
      'unknown.json': JSON.stringify({ rules: { 'number-styles': true } }),
      'value.json': JSON.stringify({ rules: { spelling: 'loud' } }),
      'broken.json': '{"rules": {',
      'list.json': '[]',
      'words.json': JSON.stringify({ dictionary: 'offencive' }),
    };
    const before = readdirSync(folder.dir).sort();
    for (const [name, content] of Object.entries(cases)) {
      const file = folder.file(name, content);
      const run = verso('check', article, '--settings', file);
      expect(run.status, name).toBe(2);
      expect(run.stdout, name).toBe('');
      expect(run.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(run.stderr, name).toContain(file);
    }
    expect(verso('check', article, '--settings', folder.file('unknown.json', '{}')).status).toBe(0);
    expect(readdirSync(folder.dir).sort()).toEqual([...before, ...Object.keys(cases)].sort());
    const missing = verso('check', article, '--settings', `${folder.dir}/none.json`);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: no such file/);
  });

  it('lists every rule with its default, the off-by-default ones marked off', () => {
    const run = verso('check', '--list-rules');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `));
    expect(row('abbreviation-dots')).toMatch(/^abbreviation-dots +consistency +off +\w+ +\S/);
    expect(row('number-style')).toMatch(/ off /);
    expect(row('spelling')).toMatch(/^spelling +spelling +on +error /);
    expect(row('number-mismatch')).toMatch(/with --source/);
    // Every id listed is one --enable accepts.
    const ids = lines.map((l) => l.split(' ')[0]);
    const enableAll = verso('check', article, '--format', 'json', '--enable', ids.join(','));
    expect(enableAll.status, enableAll.stderr).toBe(0);
  });
});
