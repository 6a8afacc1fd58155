/**
 * Translation Edit Rate exactly as TERCOM 0.7.25 computes it (Snover et al. 2006, "A Study of
 * Translation Edit Rate with Targeted Human Annotation"): the minimum number of insertions,
 * deletions, substitutions and block shifts turning the hypothesis into the reference.
 *
 * Finding the true minimum with shifts is NP-hard, so TERCOM searches greedily: it repeatedly
 * applies the single shift that lowers the edit distance most, and scores each candidate with a
 * beam-limited Levenshtein. Its figures depend on every detail of that search (which shifts are
 * candidates, the order they are tried in, the tie-breaking, the beam), so this module follows
 * TERCOM's TERcalc step by step rather than a cleaner formulation: published HTER figures (such as
 * MLQE-PE's) are TERCOM's, and an editor comparing Verso's figure with them expects the same number.
 */

/** TERCOM's longest block that may move, in words. */
const MAX_SHIFT_SIZE = 10;
/** TERCOM's farthest a block may move, in words. */
const MAX_SHIFT_DIST = 50;
/** TERCOM's Levenshtein beam: cells costing this much more than the previous column's best are pruned. */
const BEAM_WIDTH = 20;

// Edit operations along an alignment path, as TERCOM's characters ' ', 'S', 'I', 'D'.
const OP_NONE = 0;
const OP_MATCH = 1;
const OP_SUB = 2;
/** A hypothesis word the reference lacks. */
const OP_INS = 3;
/** A reference word the hypothesis lacks. */
const OP_DEL = 4;

/** One minimum-edit alignment of a hypothesis against the reference. */
interface Alignment {
  edits: number;
  path: Uint8Array;
}

/** A candidate block move: hypothesis words start..end (inclusive) to after position newloc (-1: the front). */
interface Shift {
  start: number;
  end: number;
  newloc: number;
}

/** The result of scoring one segment. */
export interface TerEdits {
  /** Insertions, deletions, substitutions and shifts. */
  edits: number;
  /** Words in the reference. */
  refWords: number;
}

const INF = 999999;

/**
 * The TER search's working memory: reusable arrays, so thousands of segments scored with one
 * scratch allocate almost nothing. It belongs to its caller (one {@link terEdits} call by default,
 * or a corpus or a document scored segment after segment), never to the module, so two TER
 * computations never share one however they interleave; one scratch serves one computation at a
 * time. Matrices are column-major: the cell for ref[0..i) against hyp[0..j) is at
 * `j * (nr + 1) + i`, so one hypothesis position's column is contiguous.
 */
export class TerScratch {
  score = new Int32Array(0);
  path = new Uint8Array(0);
  /** Each column of the last full run as it stood when that column's turn came (see {@link scoreFrom}). */
  snapshot = new Int32Array(0);
  /** The last full run's beam state at the start of each column: best, first and last good row. */
  snapBest = new Int32Array(0);
  snapFirst = new Int32Array(0);
  snapLast = new Int32Array(0);
  /** The matrix candidate shifts are scored in. */
  work = new Int32Array(0);
  /** Exact (unbeamed) edit distance of each suffix of the last full run's hypothesis against each suffix of the reference. */
  rest = new Int32Array(0);

  /** Makes the arrays hold `cells` matrix cells and `columns` columns (each use of the arrays asks first). */
  reserve(cells: number, columns: number): void {
    if (this.score.length < cells) {
      this.score = new Int32Array(cells * 2);
      this.path = new Uint8Array(cells * 2);
      this.snapshot = new Int32Array(cells * 2);
      this.work = new Int32Array(cells * 2);
      this.rest = new Int32Array(cells * 2);
    }
    if (this.snapBest.length < columns) {
      this.snapBest = new Int32Array(columns * 2);
      this.snapFirst = new Int32Array(columns * 2);
      this.snapLast = new Int32Array(columns * 2);
    }
  }
}

/**
 * TERCOM's beam-limited minimum edit distance (TERcalc.MinEditDist), columns `from..nh`, including
 * its tie-breaking: match or substitution first, then insertion, then deletion, each replacing a
 * cell only when strictly cheaper. Column j's processing reads only column j and writes columns j
 * and j + 1, and the beam state carried from column to column is three numbers; so a run can start
 * at any column given that column as it stood at its turn and the state then. With `path`, the
 * operations are recorded for the trace back; with `save`, each column's starting point is
 * saved so that hypotheses sharing a prefix with this one can start where they first differ.
 */
function fillColumns(
  hyp: Int32Array,
  ref: Int32Array,
  S: Int32Array,
  P: Uint8Array | null,
  /** The scratch to save each column's starting point in, or null. */
  save: TerScratch | null,
  from: number,
  best: number,
  first: number,
  last: number,
  /** With `checkColumn`: the exact edit distances of the suffixes (TerScratch.rest). */
  rest: Int32Array | null = null,
  checkColumn = -1,
  threshold = 0,
): boolean {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  let currentBest = best;
  let currentFirstGood = first;
  let curLastGood = last;
  for (let j = from; j <= nh; j++) {
    if (save) {
      save.snapBest[j] = currentBest;
      save.snapFirst[j] = currentFirstGood;
      save.snapLast[j] = curLastGood;
      save.snapshot.set(S.subarray(j * H, j * H + H), j * H);
    }
    const lastBest = currentBest;
    currentBest = INF;
    const firstGood = currentFirstGood;
    currentFirstGood = -1;
    let lastGood = curLastGood;
    curLastGood = -1;
    const inner = j < nh;
    const word = inner ? hyp[j] : -1;
    const column = j * H;
    for (let i = firstGood; i <= nr; i++) {
      if (i > lastGood) break;
      const here = column + i;
      const score = S[here];
      if (score < 0) continue;
      if (inner && score > lastBest + BEAM_WIDTH) continue;
      if (currentFirstGood === -1) currentFirstGood = i;
      if (inner && i < nr) {
        const diag = here + H + 1;
        if (ref[i] === word) {
          if (S[diag] === -1 || score < S[diag]) {
            S[diag] = score;
            if (P) P[diag] = OP_MATCH;
          }
          if (score < currentBest) currentBest = score;
        } else {
          const cost = score + 1;
          if (S[diag] < 0 || cost < S[diag]) {
            S[diag] = cost;
            if (P) P[diag] = OP_SUB;
            if (cost < currentBest) currentBest = cost;
          }
        }
      }
      curLastGood = i + 1;
      if (inner) {
        const right = here + H;
        const icost = score + 1;
        if (S[right] < 0 || S[right] > icost) {
          S[right] = icost;
          if (P) P[right] = OP_INS;
        }
      }
      if (i < nr) {
        const down = here + 1;
        const dcost = score + 1;
        if (S[down] < 0 || S[down] > dcost) {
          S[down] = dcost;
          if (P) P[down] = OP_DEL;
          if (i >= lastGood) lastGood = i + 1;
        }
      }
    }
    if (j === checkColumn && rest) {
      // From here on the hypothesis is the last full run's: any path to the corner costs at least
      // its cell here plus the exact edit distance of the rest.
      let bound = INF;
      for (let i = 0; i <= nr; i++) {
        const score = S[column + i];
        if (score >= 0 && score + rest[column + i] < bound) bound = score + rest[column + i];
      }
      if (bound > threshold) return false;
    }
  }
  return true;
}

/**
 * TERCOM's minimum edit distance of a hypothesis against the reference, with the alignment path.
 * `S[i][j]` is the cost of aligning
 * ref[0..i) with hyp[0..j).
 */
function minEditDist(hyp: Int32Array, ref: Int32Array, scratch: TerScratch): Alignment {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  const cells = (nh + 1) * H;
  scratch.reserve(cells, nh + 1);
  const S = scratch.score;
  const P = scratch.path;
  S.fill(-1, 0, cells);
  P.fill(OP_NONE, 0, cells);
  S[0] = 0;
  fillColumns(hyp, ref, S, P, null, 0, INF, 0, 0);

  // Trace back from the corner; the path reads from the start.
  let length = 0;
  for (let i = nr, j = nh; i > 0 || j > 0; length++) {
    const op = P[j * H + i];
    if (op === OP_MATCH || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_DEL) i--;
    else if (op === OP_INS) j--;
    else throw new Error(`TER: broken alignment path at ${i},${j}`);
  }
  const path = new Uint8Array(length);
  for (let i = nr, j = nh, k = length; i > 0 || j > 0; ) {
    const op = P[j * H + i];
    path[--k] = op;
    if (op === OP_MATCH || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_DEL) i--;
    else j--;
  }
  return { edits: S[nh * H + nr], path };
}

/**
 * Runs {@link minEditDist}'s program on `hyp` again without the path, saving each column's starting
 * point and the exact edit distance of every pair of suffixes, for {@link scoreFrom}. Returns true.
 */
function prepareSnapshot(hyp: Int32Array, ref: Int32Array, scratch: TerScratch): boolean {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  const cells = (nh + 1) * H;
  scratch.reserve(cells, nh + 1);
  const S = scratch.score;
  S.fill(-1, 0, cells);
  S[0] = 0;
  fillColumns(hyp, ref, S, null, scratch, 0, INF, 0, 0);
  const R = scratch.rest;
  for (let i = 0; i <= nr; i++) R[nh * H + i] = nr - i;
  for (let j = nh - 1; j >= 0; j--) {
    const column = j * H;
    const word = hyp[j];
    R[column + nr] = nh - j;
    for (let i = nr - 1; i >= 0; i--) {
      const sub = R[column + H + i + 1] + (ref[i] === word ? 0 : 1);
      const ins = R[column + H + i] + 1;
      const del = R[column + i + 1] + 1;
      R[column + i] = sub < ins ? (sub < del ? sub : del) : ins < del ? ins : del;
    }
  }
  return true;
}

/**
 * The edit distance {@link minEditDist} gives a hypothesis that shares its first `prefix` words and
 * its words from `suffix` on with the one of the last {@link prepareSnapshot} call (same length): the columns
 * of that shared prefix are the same, so the run resumes from the saved column `prefix` and
 * computes only the rest, without the path. Returns exactly the figure of a full run when it is at
 * most `threshold`, and INF when it is known to be more (the caller only wants candidates that
 * beat the best so far).
 */
function scoreFrom(hyp: Int32Array, ref: Int32Array, prefix: number, suffix: number, threshold: number, scratch: TerScratch): number {
  const nh = hyp.length;
  const H = ref.length + 1;
  const cells = (nh + 1) * H;
  scratch.reserve(cells, nh + 1);
  const W = scratch.work;
  const start = prefix * H;
  W.set(scratch.snapshot.subarray(start, start + H), start);
  W.fill(-1, start + H, cells);
  const { snapBest, snapFirst, snapLast, rest } = scratch;
  if (!fillColumns(hyp, ref, W, null, null, prefix, snapBest[prefix], snapFirst[prefix], snapLast[prefix], rest, suffix, threshold)) return INF;
  return W[nh * H + ref.length];
}

/**
 * The reference as bit masks for {@link levenshtein}: for each word id, 32-bit blocks with bit i
 * set where the reference has that word.
 */
interface RefMasks {
  blocks: number;
  /** `masks[id * blocks + b]`. */
  masks: Int32Array;
  /** Scratch: the vertical deltas of the current column, positive and negative, one per block. */
  pv: Int32Array;
  mv: Int32Array;
}

function refMasks(ref: Int32Array, distinct: number): RefMasks {
  const blocks = (ref.length + 31) >> 5;
  const masks = new Int32Array(distinct * blocks);
  for (let i = 0; i < ref.length; i++) masks[ref[i] * blocks + (i >> 5)] |= 1 << (i & 31);
  return { blocks, masks, pv: new Int32Array(blocks), mv: new Int32Array(blocks) };
}

/**
 * The exact, unbeamed word edit distance of `hyp` against the reference (Myers' bit-parallel
 * algorithm, Hyyrö's formulation, blocks of 32 reference words): a column costs a few word
 * operations per block instead of a pass over the reference. TERCOM's beamed distance is never
 * below it, and equals it whenever it is at most BEAM_WIDTH (no cell on an optimal path can then
 * cost more than the beam allows), so it rules candidate shifts out, and often scores them, without
 * the dynamic program.
 */
function levenshtein(hyp: Int32Array, nr: number, R: RefMasks): number {
  const { blocks, masks, pv, mv } = R;
  pv.fill(-1);
  mv.fill(0);
  const top = (nr - 1) & 31;
  let score = nr;
  for (let j = 0; j < hyp.length; j++) {
    const base = hyp[j] * blocks;
    let addCarry = 0;
    let phCarry = 1; // the first row grows by one per column
    let mhCarry = 0;
    for (let b = 0; b < blocks; b++) {
      const eq = masks[base + b];
      const pvb = pv[b];
      const mvb = mv[b];
      const xv = eq | mvb;
      const sum = ((eq & pvb) >>> 0) + (pvb >>> 0) + addCarry;
      addCarry = sum > 0xffffffff ? 1 : 0;
      const xh = ((sum | 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      if (b === blocks - 1) {
        if ((ph >>> top) & 1) score++;
        else if ((mh >>> top) & 1) score--;
      }
      const phOut = ph >>> 31;
      const mhOut = mh >>> 31;
      ph = (ph << 1) | phCarry;
      mh = (mh << 1) | mhCarry;
      phCarry = phOut;
      mhCarry = mhOut;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
    }
  }
  return score;
}

/**
 * Every reference phrase (up to MAX_SHIFT_SIZE + 1 words, all of whose words occur in the
 * hypothesis) with its start positions, ascending (TERcalc.BuildWordMatches), as a trie over word
 * ids: TERCOM keys a map by the phrase's text, and walking a trie a word at a time finds the same
 * phrases without building a string for each.
 */
interface WordMatches {
  /** `node * distinct + word` -> the child node; the root is node 0. */
  child: Map<number, number>;
  /** Start positions in the reference of the phrase each node spells, ascending. */
  starts: number[][];
  distinct: number;
}

function buildWordMatches(hyp: Int32Array, ref: Int32Array, distinct: number): WordMatches {
  const inHyp = new Uint8Array(distinct);
  for (const w of hyp) inHyp[w] = 1;
  const child = new Map<number, number>();
  const starts: number[][] = [[]];
  for (let start = 0; start < ref.length; start++) {
    let node = 0;
    for (let end = start; end < ref.length && end - start <= MAX_SHIFT_SIZE && inHyp[ref[end]]; end++) {
      const key = node * distinct + ref[end];
      let next = child.get(key);
      if (next === undefined) {
        next = starts.length;
        starts.push([]);
        child.set(key, next);
      }
      starts[next].push(start);
      node = next;
    }
  }
  return { child, starts, distinct };
}

/** Which hypothesis and reference words are wrong, and where each reference word sits in the hypothesis. */
function findAlignErr(path: Uint8Array, nh: number, nr: number) {
  const herr = new Uint8Array(nh);
  const rerr = new Uint8Array(nr);
  const ralign = new Int32Array(nr);
  let hpos = -1;
  let rpos = -1;
  for (const op of path) {
    if (op === OP_MATCH || op === OP_SUB) {
      hpos++;
      rpos++;
      herr[hpos] = op === OP_SUB ? 1 : 0;
      rerr[rpos] = op === OP_SUB ? 1 : 0;
      ralign[rpos] = hpos;
    } else if (op === OP_INS) {
      hpos++;
      herr[hpos] = 1;
    } else {
      rpos++;
      rerr[rpos] = 1;
      ralign[rpos] = hpos;
    }
  }
  return { herr, rerr, ralign };
}

/** The candidate shifts grouped by length - 1, each group in TERCOM's order (TERcalc.GatherAllPossShifts). */
function gatherAllPossShifts(
  hyp: Int32Array,
  rloc: WordMatches,
  herr: Uint8Array,
  rerr: Uint8Array,
  ralign: Int32Array,
): Shift[][] {
  const all: Shift[][] = Array.from({ length: MAX_SHIFT_SIZE + 1 }, () => []);
  for (let start = 0; start < hyp.length; start++) {
    const first = rloc.child.get(hyp[start]);
    if (first === undefined) continue;
    const firstStarts = rloc.starts[first];
    let reachable = false;
    for (const moveto of firstStarts) {
      const to = ralign[moveto];
      if (start !== to && to - start <= MAX_SHIFT_DIST && start - to - 1 <= MAX_SHIFT_DIST) {
        reachable = true;
        break;
      }
    }
    if (!reachable) continue;

    let ok = true;
    let node = 0;
    for (let end = start; ok && end < hyp.length && end < start + MAX_SHIFT_SIZE; end++) {
      ok = false;
      const next = rloc.child.get(node * rloc.distinct + hyp[end]);
      if (next === undefined) continue;
      node = next;
      const starts = rloc.starts[next];
      let anyHerr = false;
      for (let i = start; i <= end && !anyHerr; i++) if (herr[i]) anyHerr = true;
      if (!anyHerr) {
        ok = true;
        continue;
      }
      for (const moveto of starts) {
        const to = ralign[moveto];
        if (!(to !== start && (to < start || to > end) && to - start <= MAX_SHIFT_DIST && start - to <= MAX_SHIFT_DIST)) continue;
        ok = true;
        let anyRerr = false;
        for (let i = 0; i <= end - start && !anyRerr; i++) if (rerr[moveto + i]) anyRerr = true;
        if (!anyRerr) continue;
        for (let roff = -1; roff <= end - start; roff++) {
          if (roff === -1 && moveto === 0) {
            all[end - start].push({ start, end, newloc: -1 });
          } else if (start !== ralign[moveto + roff] && (roff === 0 || ralign[moveto + roff] !== ralign[moveto])) {
            all[end - start].push({ start, end, newloc: ralign[moveto + roff] });
          }
        }
      }
    }
  }
  return all;
}

/** The hypothesis with words start..end moved after newloc (TERcalc.PerformShift), written to `out` (same length). */
function performShift(words: Int32Array, { start, end, newloc }: Shift, out: Int32Array): Int32Array {
  // Starting from a copy matters: when a block moves inside itself past the end, TERCOM leaves
  // the tail of its cloned array as it was, and so do we.
  out.set(words);
  let c = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) out[c++] = words[i];
  };
  if (newloc === -1) {
    copy(start, end + 1);
    copy(0, start);
    copy(end + 1, words.length);
  } else if (newloc < start) {
    copy(0, newloc + 1);
    copy(start, end + 1);
    copy(newloc + 1, start);
    copy(end + 1, words.length);
  } else if (newloc > end) {
    copy(0, start);
    copy(end + 1, newloc + 1);
    copy(start, end + 1);
    copy(newloc + 1, words.length);
  } else {
    // Moving inside itself: TERCOM shifts the block by (newloc - start) words.
    copy(0, start);
    const stop = Math.min(words.length, end + (newloc - start) + 1);
    copy(end + 1, stop);
    copy(start, end + 1);
    copy(Math.max(stop, end + 1), words.length);
  }
  return out;
}

/**
 * The shift that helps most, or null (TERcalc.CalcBestShift). Longer shifts are tried first;
 * a candidate replaces the best so far only when strictly better, except that the very first
 * shift is taken even when it merely breaks even, as TERCOM does.
 */
function calcBestShift(
  cur: Int32Array,
  ref: Int32Array,
  rloc: WordMatches,
  align: Alignment,
  floor: number,
  masks: RefMasks,
  scratch: TerScratch,
): { words: Int32Array; edits: number } | null {
  const { herr, rerr, ralign } = findAlignErr(align.path, cur.length, ref.length);
  const shifts = gatherAllPossShifts(cur, rloc, herr, rerr, ralign);
  const curErr = align.edits;
  let bestCost = 0;
  let bestEdits = align.edits;
  let bestWords: Int32Array | null = null;
  const candidate = new Int32Array(cur.length);
  let snapshotReady = false;
  search: for (let i = shifts.length - 1; i >= 0; i--) {
    const maxFix = 2 * (1 + i);
    let curFix = curErr - (bestCost + bestEdits);
    if (curFix > maxFix || (bestCost !== 0 && curFix === maxFix)) break;
    for (const shift of shifts[i]) {
      curFix = curErr - (bestCost + bestEdits);
      if (curFix > maxFix || (bestCost !== 0 && curFix === maxFix)) break;
      // No shifted hypothesis costs less than `floor`: once the best reaches floor + 1 with its
      // shift, nothing can be strictly better.
      if (bestCost !== 0 && bestEdits <= floor) break search;
      const shifted = performShift(cur, shift, candidate);
      let prefix = 0;
      while (prefix < cur.length && shifted[prefix] === cur[prefix]) prefix++;
      let suffix = cur.length;
      while (suffix > prefix && shifted[suffix - 1] === cur[suffix - 1]) suffix--;
      // Only a candidate costing at most this can replace the best.
      const threshold = bestEdits + bestCost - 1 - (bestCost === 0 ? 0 : 1);
      let edits = curErr;
      if (prefix < cur.length) {
        edits = levenshtein(shifted, ref.length, masks);
        if (edits > threshold) continue;
        if (edits > BEAM_WIDTH) {
          if (!snapshotReady) snapshotReady = prepareSnapshot(cur, ref, scratch);
          edits = scoreFrom(shifted, ref, prefix, suffix, threshold, scratch);
        }
      }
      const gain = bestEdits + bestCost - (edits + 1);
      if (gain > 0 || (bestCost === 0 && gain === 0)) {
        bestCost = 1;
        bestEdits = edits;
        bestWords = shifted.slice();
      }
    }
  }
  return bestWords ? { words: bestWords, edits: bestEdits } : null;
}

/**
 * TER edits of a hypothesis against a reference, both already tokenized (and case-folded if
 * wanted). Words are compared exactly. `scratch` is the caller's working memory (a fresh one by
 * default; pass one to score many segments without allocating).
 */
export function terEdits(hypWords: readonly string[], refWords: readonly string[], scratch = new TerScratch()): TerEdits {
  if (hypWords.length === 0 || refWords.length === 0) {
    // TERCOM's TERnullstr: everything is inserted or deleted; no shifts.
    return { edits: hypWords.length + refWords.length, refWords: refWords.length };
  }
  const ids = new Map<string, number>();
  const toIds = (words: readonly string[]) => {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = ids.get(words[k]);
      if (id === undefined) ids.set(words[k], (id = ids.size));
      out[k] = id;
    }
    return out;
  };
  const hyp = toIds(hypWords);
  const ref = toIds(refWords);
  // No alignment costs less than the words one side has beyond what the two have in common
  // (shifts reorder words, they never change which words there are). When the alignment reaches
  // that floor, no shift can pay for itself and TERCOM's search would find none: stop there.
  const counts = new Int32Array(ids.size);
  for (const w of hyp) counts[w]++;
  let shared = 0;
  for (const w of ref) if (counts[w]-- > 0) shared++;
  const floor = Math.max(hyp.length, ref.length) - shared;
  // And no search ends above where it starts: TERCOM takes a shift only when the shifted
  // distance plus the shift costs no more than the distance before (edits + shifts never grows).
  // A search that takes s shifts ends at no less than floor + s, so from floor + 1 (or below)
  // every search, shifting or not, ends where it started: that is the answer, found with no search.
  const settled = floor + 1;
  // Within the beam TERCOM's distance is the exact one.
  const masks = refMasks(ref, ids.size);
  const exact = levenshtein(hyp, ref.length, masks);
  if (exact <= settled && exact <= BEAM_WIDTH) return { edits: exact, refWords: ref.length };
  let align = minEditDist(hyp, ref, scratch);
  if (align.edits <= settled) return { edits: align.edits, refWords: ref.length };
  const rloc = buildWordMatches(hyp, ref, ids.size);
  let cur: Int32Array = hyp;
  let shifts = 0;
  for (;;) {
    const best = calcBestShift(cur, ref, rloc, align, floor, masks, scratch);
    if (!best) break;
    shifts++;
    cur = best.words;
    // The shifted hypothesis's distance is known; its alignment path is needed only to search on.
    if (best.edits <= floor) return { edits: best.edits + shifts, refWords: ref.length };
    align = minEditDist(cur, ref, scratch);
  }
  return { edits: align.edits + shifts, refWords: ref.length };
}
