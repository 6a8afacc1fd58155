import { article, time } from './corpus';
import { diffTexts, applyChanges } from '../src/core';
const { mt, pe, words } = article(100_000);
const t = time(() => diffTexts(mt, pe), 5, 2);
const ch = diffTexts(mt, pe);
console.log(`full diff ${words} words: ${t.toFixed(1)} ms, ${ch.length} changes, ok=${applyChanges(mt, ch) === pe}`);
