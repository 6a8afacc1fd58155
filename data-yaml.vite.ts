import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

/**
 * `import text from './rules.yaml?raw'` gives the file's data written as JSON instead of its YAML
 * text. JSON is YAML too, so readers of the text (readGrammarRules) are unchanged, and they parse
 * it with JSON.parse, many times faster than the YAML parser: the grammar rules were most of the
 * checker's start-up after the dictionaries. A file that is not valid YAML fails the build, naming
 * the file. Tests import the YAML text itself (vitest runs without this plugin).
 */
export function yamlAsJson(): Plugin {
  return {
    name: 'verso-yaml-as-json',
    enforce: 'pre',
    load(id) {
      const m = /^(.*\.ya?ml)\?raw$/.exec(id);
      if (!m) return null;
      let data: unknown;
      try {
        data = parse(readFileSync(m[1], 'utf8'));
      } catch (error) {
        throw new Error(`${m[1]}: not valid YAML (${(error as Error).message.split('\n')[0]}).`);
      }
      return `export default ${JSON.stringify(JSON.stringify(data))};`;
    },
  };
}
