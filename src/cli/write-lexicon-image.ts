// `node out/cli/write-lexicon-image.js [FILE]`: writes the image of the bundled lexicon
// (../core/spelling/image.ts) to FILE, by default out/cli/lexicon.bin beside the CLI bundle, where
// `verso check` loads it (./batch/lexicon-image.ts). vite.cli.config.ts runs it after each CLI build.
// Written to a temporary file and renamed, so a reader never sees half an image.
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledLexiconImage } from '../core/spelling/lexicon';

const target = process.argv[2] ?? fileURLToPath(new URL('./lexicon.bin', import.meta.url));
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, bundledLexiconImage());
renameSync(temporary, target);
