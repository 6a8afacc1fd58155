import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredText } from '../../../src/core/text/required-text';
import boilerplate from '../../../src/core/rules/data/boilerplate.json';
import confusables from '../../../src/core/rules/data/confusables.json';
import { readPatterns } from '../../../src/core/rules/data/validate';

// A seeded generator, so that a failure is the same on every run.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Random expressions over a small alphabet from every construct the analysis reads or steps over.
function randomRegex(next: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const atom = (): string => {
    const r = next();
    if (depth < 3 && r < 0.2) return `(?:${randomRegex(next, depth + 1)})`;
    if (depth < 3 && r < 0.25) return `(${randomRegex(next, depth + 1)})`;
    if (depth < 3 && r < 0.3) return `(?=${randomRegex(next, depth + 1)})`;
    if (depth < 3 && r < 0.33) return `(?!${randomRegex(next, depth + 1)})`;
    if (depth < 3 && r < 0.36) return `(?<=${randomRegex(next, depth + 1)})`;
    if (r < 0.45) return pick(['[ab]', '[^a]', '[\\]a]', '\\s', '\\b', '\\B', '^', '$', '.', '\\p{Lu}', '\\d', '\\.', '\\/', '\\(']);
    return pick(['a', 'b', 'c', ' ', 'A', '.', 'é']) === '.' ? 'a' : pick(['a', 'b', 'c', ' ', 'A', 'é']);
  };
  const sequence = (): string => {
    let s = '';
    const n = Math.floor(next() * 5);
    for (let i = 0; i < n; i++) {
      s += atom();
      const q = next();
      if (q < 0.1) s += '?';
      else if (q < 0.17) s += '*';
      else if (q < 0.24) s += '+';
      else if (q < 0.28) s += `{${Math.floor(next() * 3)}}`;
      else if (q < 0.32) s += `{${Math.floor(next() * 2)},${next() < 0.5 ? '' : 2 + Math.floor(next() * 2)}}`;
      if (q < 0.32 && next() < 0.2) s += '?';
    }
    return s;
  };
  const branches = [sequence()];
  while (next() < 0.25) branches.push(sequence());
  return branches.join('|');
}

function randomText(next: () => number): string {
  const letters = ['a', 'b', 'c', ' ', 'A', 'é', '.', '/', '(', '1'];
  let s = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) s += letters[Math.floor(next() * letters.length)];
  return s;
}

// Paragraphs of real text: the sample and the MLQE-PE fixtures (machine translation and post-edits).
function paragraphs(): string[] {
  const out = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8').split(/\n+/);
  const dir = 'tests/fixtures/mlqe-pe';
  for (const f of readdirSync(dir).filter((f) => /\.(mt|pe)$/.test(f))) out.push(...readFileSync(join(dir, f), 'utf8').split('\n'));
  return out.filter((p) => p.trim());
}

describe('requiredText', () => {
  it('finds the literals every match must hold', () => {
    expect(requiredText('via\\s+(?:Getty Images|AFP Photo)')).toEqual(['Getty Images', 'AFP Photo']);
    expect(requiredText('(?:\\(\\s*|\\b)(?:AFP\\s+)?via\\s+x')).toEqual(['via']);
    expect(requiredText('\\bREUTERS/[\\p{L} .-]+')).toEqual(['REUTERS/']);
    expect(requiredText('===[^=\\n]{3,}===')).toEqual(['===']);
    // An optional last letter is not part of the literal.
    expect(requiredText('colou?r')).toEqual(['colo']);
    expect(requiredText('HANDOUT (?:PICTURE|PHOTO)')).toEqual(['HANDOUT ']);
  });

  it('requires nothing where it cannot be sure', () => {
    expect(requiredText('per say', 'giu')).toBeUndefined();
    expect(requiredText('[A-Z]+\\s\\d')).toBeUndefined();
    expect(requiredText('(?:abc)?x?')).toBeUndefined();
    expect(requiredText('abc|')).toBeUndefined();
    expect(requiredText('(?=abc)\\w+')).toBeUndefined();
    expect(requiredText('a*')).toBeUndefined();
    expect(requiredText('\\u{1F600}x', 'u')).toBeUndefined();
  });

  it('never rules out a text that a random expression matches', () => {
    const next = random(20261201);
    let tried = 0;
    for (let k = 0; k < 4000; k++) {
      const source = randomRegex(next);
      let regex: RegExp;
      try {
        regex = new RegExp(source, 'u');
      } catch {
        continue;
      }
      const required = requiredText(source, 'u');
      for (let j = 0; j < 40; j++) {
        const text = randomText(next);
        if (regex.test(text)) {
          tried++;
          expect(mayMatch(required, text), `/${source}/ on "${text}" (required ${JSON.stringify(required)})`).toBe(true);
        }
      }
    }
    // The property held on enough matching texts to mean something.
    expect(tried).toBeGreaterThan(10_000);
  });

  it('never rules out a paragraph that a data pattern matches', () => {
    const patterns = [...readPatterns(boilerplate, 'boilerplate.json'), ...readPatterns(confusables, 'confusables.json')];
    const texts = paragraphs();
    let matched = 0;
    for (const { regex, required } of patterns) {
      for (const text of texts) {
        regex.lastIndex = 0;
        if (!regex.test(text)) continue;
        matched++;
        expect(mayMatch(required, text), `${regex.source} on "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('mayMatch', () => {
  it('lets every text through when nothing is required', () => {
    expect(mayMatch(undefined, '')).toBe(true);
  });

  it('rules out a text that holds none of the literals', () => {
    expect(mayMatch(['via', 'AFP'], 'Smoke over the city.')).toBe(false);
    expect(mayMatch(['via', 'AFP'], 'Smoke (AFP)')).toBe(true);
  });
});
