// The Settings dialog shows for each rule what the checker will do with the saved setting.
import { describe, expect, it } from 'vitest';
import { RULES, createChecker } from '../../../src/core';
import { DEFAULT_SETTINGS } from '../../../src/shared/ipc';
import { ruleSetting } from '../../../src/renderer/review/ruleSetting';

const offByDefault = RULES.find((r) => r.id === 'abbreviation-dots')!;
const onByDefault = RULES.find((r) => r.id === 'spelling')!;
const withRule = (id: string, value: boolean | 'error' | 'warning' | 'info') => ({ ...DEFAULT_SETTINGS, rules: { [id]: value } });

describe('ruleSetting', () => {
  it('shows a rule with no setting at its registry default', () => {
    expect(ruleSetting(DEFAULT_SETTINGS, onByDefault)).toBe('default');
    expect(ruleSetting(DEFAULT_SETTINGS, offByDefault)).toBe('default');
  });

  it('shows `true` on a rule that is off by default as on, at its severity, since the checker runs it', () => {
    expect(ruleSetting(withRule(offByDefault.id, true), offByDefault)).toBe(offByDefault.defaultSeverity);
    // What the checker does with the same setting: the rule runs.
    const text = 'The U.N. said on Monday that the UN would meet again. The U.N. agreed.';
    const ran = createChecker().check(text, { rules: { [offByDefault.id]: true } }).issues.some((i) => i.rule === offByDefault.id);
    const silent = createChecker().check(text).issues.some((i) => i.rule === offByDefault.id);
    expect(offByDefault.enabledByDefault).toBe(false);
    expect({ ran, silent }).toEqual({ ran: true, silent: false });
  });

  it('shows `true` on a rule on by default as its default, false as off, and a severity as itself', () => {
    expect(ruleSetting(withRule('spelling', true), onByDefault)).toBe('default');
    expect(ruleSetting(withRule('spelling', false), onByDefault)).toBe('off');
    expect(ruleSetting(withRule('spelling', 'info'), onByDefault)).toBe('info');
  });
});
