// What each rule costs on 100k words of real MT text: the first check and a re-check after a
// one-paragraph edit with only that rule on, against "base" (every rule off: the document model
// alone). CPU time (process.cpuUsage), not wall time: on a shared machine wall time overstates.
// Noisy; compare a rule with base in the same run. Never asserts.
import { RULES, createChecker } from '../src/core';
import { article } from './corpus';

const checker = createChecker();
const big = article(100_000).mt;
const cpu = (fn: () => unknown) => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const none = Object.fromEntries(RULES.map((r) => [r.id, false]));
for (const id of ['base', ...RULES.map((r) => r.id)]) {
  const rules = id === 'base' ? none : { ...none, [id]: true };
  // A text of its own per rule, so that no rule reads another's cached paragraphs.
  const text = big.replace(/\n\n/g, `\n\n${id} `);
  const cold = cpu(() => checker.check(text, { rules }));
  const again = Array.from({ length: 7 }, (_, k) => cpu(() => checker.check(text.replace(/\.\n/, ` (edit ${k}).\n`), { rules })));
  console.log(`${id}: first check ${cold.toFixed(0)} ms CPU, re-check after a one-paragraph edit ${Math.min(...again).toFixed(1)} ms CPU (best of 7)`);
}
