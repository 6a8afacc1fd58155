import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readGrammarRules } from '../../../src/core/grammar';
import { yamlAsJson } from '../../../data-yaml.vite';

const DIR = 'src/core/rules/data/grammar';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

// What the build's plugin makes of a `?raw` import: the module's default export.
function built(file: string): string {
  const load = yamlAsJson().load as (id: string) => string | null;
  const code = load(`${resolve(file)}?raw`);
  if (code === null) throw new Error(`the plugin did not load ${file}`);
  const m = /^export default (.*);$/s.exec(code);
  if (!m) throw new Error(`unexpected module: ${code.slice(0, 80)}`);
  return JSON.parse(m[1]) as string;
}

describe('grammar rule files as the builds load them (JSON)', () => {
  it('reads every data file to the same rules as its YAML text', () => {
    expect(FILES.length).toBeGreaterThan(0);
    for (const name of FILES) {
      const file = join(DIR, name);
      const yamlText = readFileSync(file, 'utf8');
      const json = built(file);
      expect(json.startsWith('{')).toBe(true);
      expect(JSON.parse(json)).toEqual(parse(yamlText));
      expect(readGrammarRules(json, file)).toEqual(readGrammarRules(yamlText, file));
    }
  });

  it('still reads YAML that starts with a flow map which is not JSON', () => {
    const text = '{rules: [{id: x-y, description: d, message: m, pattern: [{word: a}], examples: {incorrect: ["[a => b]"], correct: ["b"]}}]}';
    expect(readGrammarRules(text, 'flow.yaml').map((r) => r.id)).toEqual(['x-y']);
  });

  it('leaves other imports to Vite', () => {
    const load = yamlAsJson().load as (id: string) => string | null;
    expect(load(resolve('package.json'))).toBeNull();
    expect(load(`${resolve(DIR, FILES[0])}`)).toBeNull();
  });
});
