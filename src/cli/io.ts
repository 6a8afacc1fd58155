/** Where a command writes. The real process streams in bin/verso.mjs; buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (then `check` shows its progress there). Default false. */
  errIsTerminal?: boolean;
  /**
   * The built worker entry for `check --jobs N` (out/cli/check-worker.js). Default none: run from
   * source (the in-process tests), every file is checked on the calling thread.
   */
  checkWorker?: URL;
  /**
   * The built worker entry that scores `verso diff`'s TER figures beside the diff on big files
   * (out/cli/diff-stats-worker.js). Default none: the figures are counted on the calling thread.
   */
  diffStatsWorker?: URL;
  /**
   * The lexicon image beside the bundle (out/cli/lexicon.bin), loaded instead of parsing the
   * lexicon's text. Default none: the lexicon loads from its text (the in-process tests).
   */
  lexiconImage?: URL;
}

/** A command-line failure: printed as one line on stderr, exit status 2, nothing written. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One subcommand of `verso`. */
export interface Command {
  /** One line for `verso --help`. */
  summary: string;
  /** Full usage text for `verso COMMAND --help`. */
  usage: string;
  /** Runs the command; resolves to the exit status. Throws UsageError or BadInputError for bad input. */
  run(args: string[], io: CliIO): Promise<number>;
}
