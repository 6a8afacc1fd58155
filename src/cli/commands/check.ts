// `verso check FILE|FOLDER... [--format text|json|jsonl] [--dialect en-GB|en-US|auto] [--rules FILE] [--jobs N] [--fail-on SEVERITY] [--source SOURCE]
//   [--settings FILE] [--enable IDS] [--disable IDS]`, and `verso check --list-rules`
import { availableParallelism } from 'node:os';
import { SEVERITIES, detectSourceLanguage, parseHouseStyle } from '../../core';
import { findArticles } from '../batch/articles';
import { readArticleText, type CheckSettings, type FileOutcome } from '../batch/check-file';
import { loadLexiconImage } from '../batch/lexicon-image';
import { checkFiles } from '../batch/pool';
import { Progress } from '../batch/progress';
import { CHECK_FORMATS } from '../batch/report';
import { readTextFile } from '../files';
import { type Command, UsageError } from '../io';
import { choice, parseOptions } from '../options';
import { ruleChoices, ruleTable } from '../rule-settings';
import { CHECK_HELP } from './help';

function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs must be a whole number of 1 or more (got '${value}').`);
  return Number(value);
}

/** The `check` subcommand. */
export const check: Command = {
  ...CHECK_HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string' },
      dialect: { type: 'string' },
      rules: { type: 'string' },
      jobs: { type: 'string' },
      'fail-on': { type: 'string' },
      source: { type: 'string' },
      settings: { type: 'string' },
      enable: { type: 'string' },
      disable: { type: 'string' },
      'list-rules': { type: 'boolean' },
    }, 'check');
    if (values['list-rules']) {
      io.out(ruleTable());
      return 0;
    }
    const format = choice(values.format as string | undefined, CHECK_FORMATS, '--format', 'text');
    // The settings file, --enable and --disable: read and checked before anything is written.
    const chosen = ruleChoices(values as { settings?: string; enable?: string; disable?: string });
    const dialect = choice(values.dialect as string | undefined, ['auto', 'en-GB', 'en-US'] as const, '--dialect', chosen.dialect ?? 'auto');
    const failOn = values['fail-on'] === undefined ? undefined : choice(values['fail-on'] as string, SEVERITIES, '--fail-on', 'error');
    const jobs = jobsOption(values.jobs as string | undefined);
    if (positionals.length === 0) throw new UsageError('expected at least one FILE or FOLDER to check.');
    const settings: CheckSettings = { format, dialect };
    if (Object.keys(chosen.rules).length > 0) settings.ruleSettings = chosen.rules;
    if (chosen.dictionary.length > 0) settings.dictionary = chosen.dictionary;
    const rulesFile = values.rules as string | undefined;
    if (rulesFile !== undefined) {
      // Validated here, once, so a bad house-style file stops the run before anything is written.
      const text = readTextFile(rulesFile).text;
      parseHouseStyle(text, rulesFile);
      settings.rules = { file: rulesFile, text };
    }

    const { files, problems, single } = findArticles(positionals);
    const sourceFile = values.source as string | undefined;
    if (sourceFile !== undefined) {
      if (!single || files.length + problems.length !== 1) throw new UsageError('--source is the source of one article: give exactly one FILE with it.');
      settings.source = { file: sourceFile, text: await readArticleText(sourceFile) };
      const note = detectSourceLanguage(settings.source.text).note;
      if (note) io.err(`verso check: ${sourceFile}: ${note}\n`);
    }
    if (files.length === 0) {
      if (problems.length === 0) throw new UsageError(`no articles (.txt, .md, .html, .docx) in ${positionals.join(', ')}.`);
      for (const problem of problems) io.err(`verso check: ${problem}\n`);
      return 2;
    }
    const progress = new Progress(files.length, io.err, io.errIsTerminal === true && files.length > 1);
    for (const problem of problems) progress.line(`verso check: ${problem}\n`);
    let refused = problems.length > 0;
    let worst: number = SEVERITIES.length;
    let printed = 0;
    const print = (output: string) => {
      if (format !== 'json') io.out(output);
      else if (single) io.out(`${output}\n`);
      // Several documents make one pretty-printed array, streamed: each document indented one level.
      else io.out(`${printed === 0 ? '[\n' : ',\n'}${output.replace(/^/gm, '  ')}`);
      printed++;
    };
    // Outcomes arrive in any order; they are printed in the order of the files.
    const waiting = new Map<number, FileOutcome>();
    let next = 0;
    const lexiconImage = io.lexiconImage && loadLexiconImage(io.lexiconImage, (line) => progress.line(line));
    await checkFiles(files, { settings, jobs, workerScript: io.checkWorker, lexiconImage }, (index, outcome) => {
      waiting.set(index, outcome);
      progress.tick();
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next++);
        if ('refused' in ready) {
          refused = true;
          progress.line(`verso check: ${ready.refused}\n`);
        } else {
          print(ready.output);
          worst = Math.min(worst, ready.worst);
        }
      }
    });
    progress.clear();
    if (format === 'json' && !single && printed > 0) io.out('\n]\n');
    if (refused) return 2;
    if (failOn && worst <= SEVERITIES.indexOf(failOn)) return 1;
    return 0;
  },
};
