// node scripts/tagger-model.mjs: writes src/core/grammar/data/tagger-model.json, the pruned copy of
// wink-eng-lite-web-model's core model the tagger loads (how it is pruned: tagger-model-sources.mjs).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_COUNT, pruneModel, readFullModel, subtlexCounts } from './tagger-model-sources.mjs';

const pruned = pruneModel(readFullModel(), subtlexCounts(), process.argv[2] ? Number(process.argv[2]) : MIN_COUNT);
const file = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'grammar', 'data', 'tagger-model.json');
const text = JSON.stringify(pruned);
writeFileSync(file, text);
console.log(`wrote ${file}: ${pruned.core.features.lexeme.list.length} lexemes, ${text.length} bytes`);
