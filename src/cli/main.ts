// The process entry bundled to out/cli/verso.js and started by bin/verso.mjs.
import { runCli } from './run';

// `verso check … | head`: once the reader is gone, nothing more can be written. Stop quietly, as
// Unix tools do, not with a stack trace of the failed write.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  // Bundled beside this file (vite.cli.config.ts); `check --jobs` starts its workers from it.
  checkWorker: new URL('./check-worker.js', import.meta.url),
  // `verso diff` scores TER on this second thread on big files (src/cli/diff-stats/).
  diffStatsWorker: new URL('./diff-stats-worker.js', import.meta.url),
  // Written beside this file by the build (src/cli/write-lexicon-image.ts).
  lexiconImage: new URL('./lexicon.bin', import.meta.url),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`verso: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
