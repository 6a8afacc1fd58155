/** What the Settings dialog shows for a rule: how a saved rule setting reads against the registry. */
import type { RuleInfo, Severity } from '../../core';
import type { Settings } from '../../shared/ipc';

/** A rule's choice in Settings: its registry default, off, or on at a severity. */
export type RuleSetting = 'default' | 'off' | Severity;

/**
 * The choice that shows what the checker will do with `settings.rules[rule.id]`. `true` means "on at
 * the rule's own severity": for a rule on by default that is its default, but for a rule off by
 * default it is on, so it shows as that severity rather than as "Off (default)".
 */
export function ruleSetting(settings: Settings, rule: Pick<RuleInfo, 'id' | 'defaultSeverity' | 'enabledByDefault'>): RuleSetting {
  const value = settings.rules[rule.id];
  if (value === undefined) return 'default';
  if (value === true) return rule.enabledByDefault === false ? rule.defaultSeverity : 'default';
  if (value === false) return 'off';
  return value;
}
