// The checking engine's public entry. Re-exports only.
export { RUN_IDS, compareIssues, createChecker, mergeIssues, type CheckOptions, type CheckResult, type Checker, type CheckerOptions } from './checker';
export { parseHouseStyle } from './house-style';
export { RULES, type HouseStyle, type RuleInfo } from '../rules';
