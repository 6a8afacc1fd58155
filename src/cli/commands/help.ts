// The one-line summaries and usage texts of the commands that load lazily (check and fix): kept
// apart from the commands so that `verso --help` and `verso check --help` need no dictionaries.

/** `verso check`'s summary and usage. */
export const CHECK_HELP = {
  summary: 'flag misspellings, UK/US mixes, boilerplate, repeated words and other slips in articles',
  usage: [
    'Usage: verso check FILE|FOLDER... [--format text|json|jsonl] [--dialect en-GB|en-US|auto] [--rules FILE] [--jobs N] [--fail-on SEVERITY] [--source SOURCE]',
    '                   [--settings FILE] [--enable IDS] [--disable IDS]',
    '       verso check --list-rules',
    '',
    'A FOLDER is searched recursively for the articles Verso opens (.txt, .md, .html, .docx; hidden',
    'entries skipped); the output follows the files as given, and each folder\'s files sorted by path.',
    'A file that cannot be read is reported on stderr, the others are still checked, and the exit status is 2.',
    'An empty file, or one of only spaces and blank lines, is refused as the app refuses it.',
    '',
    '  --format text      one line per issue (default):',
    '                     file:line:col  severity  rule  message  "flagged text"  -> suggestion',
    '  --format json      one JSON document per file (an array for several files or a folder)',
    '  --format jsonl     one JSON document per line per file, streamed as each file is done',
    "  --dialect D        en-GB, en-US, or auto: pick from the text's own spellings (default auto)",
    '  --rules FILE       house-style file (JSON or YAML): preferred terms and forbidden words',
    "  --jobs N           check on N worker threads (default: the machine's cores, at most one per file)",
    '  --fail-on S        exit 1 when an issue of severity S (error, warning, info) or worse is found',
    "  --source SOURCE    the article's source text (one FILE only): adds the accuracy checks (numbers,",
    '                     dates, names, links, omitted or added paragraphs) with sourceStart/sourceEnd',
    "  --settings FILE    the app's settings.json: its rule choices, own dictionary and dialect",
    '                     (--dialect, --enable and --disable win over it)',
    '  --enable IDS       turn these rules on, e.g. --enable abbreviation-dots,number-style (rules',
    '                     off by default included); IDS are rule ids separated by commas',
    '  --disable IDS      turn these rules off',
    '  --list-rules       list every rule: id, category, on or off by default, severity, what it flags',
    '',
    'Exit status: 0 checked, 1 issues at or above --fail-on, 2 bad input or options.',
    '',
  ].join('\n'),
};

/** `verso fix`'s summary and usage. */
export const FIX_HELP = {
  summary: 'apply the safe fixes (spacing, repeated words, unambiguous misspellings) and write a new file',
  usage: [
    'Usage: verso fix FILE -o OUT [--dialect en-GB|en-US|auto]',
    '',
    'Applies only what is safe without a human looking: stray spaces, repeated words and',
    'misspellings with one clear correction. FILE is never overwritten unless OUT is FILE.',
    "OUT keeps FILE's encoding, byte order mark and line endings; it is written atomically.",
    '',
  ].join('\n'),
};
