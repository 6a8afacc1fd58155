// npm test: typecheck, lint, build, then every vitest project (unit, integration, end-to-end),
// writing the runner's JSON report to test-results/vitest.json for CI's summary line.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', process.execPath, ['scripts/build.mjs']],
  [
    'vitest',
    npx,
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...process.argv.slice(2)],
  ],
];
for (const [name, command, args] of steps) {
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`npm test: ${name} failed (${seconds} s)`);
    process.exit(run.status ?? 1);
  }
  console.log(`npm test: ${name} ok (${seconds} s)`);
}
