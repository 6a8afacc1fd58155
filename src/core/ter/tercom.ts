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

/** One minimum-edit alignment of a hypothesis against the reference: its cost and its path's length (the path is in the scratch's `ops`). */
interface Alignment {
  edits: number;
  length: number;
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
 * A cell TERCOM's beam leaves out, or never reaches: it is no step of any path. Stored as a cost
 * far above any real one, so the minimum over a cell's three sources passes it over.
 */
const OUT = 1 << 28;

/**
 * The TER search's working memory: reusable arrays, so thousands of segments scored with one
 * scratch allocate almost nothing. It belongs to its caller (one {@link terEdits} call by default,
 * or a corpus or a document scored segment after segment), never to the module, so two TER
 * computations never share one however they interleave; one scratch serves one computation at a
 * time. Matrices are column-major: the cell for ref[0..i) against hyp[0..j) is at
 * `j * (nr + 1) + i`, so one hypothesis position's column is contiguous.
 */
export class TerScratch {
  /** The costs of the last {@link minEditDist} run (the current hypothesis's): a candidate shift resumes from its column where the two first differ. */
  score = new Int32Array(0);
  /** The operations of that run, for the trace back. */
  path = new Uint8Array(0);
  /** Two columns a candidate shift is scored in, turn about. */
  work = new Int32Array(0);
  /** Exact (unbeamed) edit distance of each suffix of the current hypothesis against each suffix of the reference. */
  rest = new Int32Array(0);
  /** The segment's word ids, by word. */
  readonly ids = new Map<string, number>();
  // The word ids of two segments given as text (see terTextEdits): an open-addressing table over
  // the texts themselves. A slot belongs to the current segment when its stamp is the segment's
  // generation, so the table is never cleared (a new, larger one starts all zero).
  slotStamp = new Int32Array(0);
  slotId = new Int32Array(0);
  generation = 0;
  /** Per word id: where its first occurrence is (side 0 the hypothesis, 1 the reference), its length and hash. */
  idStart = new Int32Array(0);
  idLength = new Int32Array(0);
  idHash = new Int32Array(0);
  idSide = new Uint8Array(0);
  /** The words of one side as ids, before they are copied out. */
  wordIds = new Int32Array(0);
  /** Per word id: counts, or whether the hypothesis has it. */
  perWord = new Int32Array(0);
  /** The reference's bit masks and the bit-parallel columns' state (see {@link levenshtein}). */
  masks = new Int32Array(0);
  pv = new Int32Array(0);
  mv = new Int32Array(0);
  /** The current hypothesis's bit-parallel state after each column, and its distance there. */
  columnPv = new Int32Array(0);
  columnMv = new Int32Array(0);
  columnScore = new Int32Array(0);
  /** The reference phrases' trie (see {@link WordMatches}): each node's word, first child and next sibling. */
  nodeWord = new Int32Array(0);
  nodeChild = new Int32Array(0);
  nodeSibling = new Int32Array(0);
  /** The trie's start lists: each node's first and last entry, each entry's next and its start. */
  nodeFirst = new Int32Array(0);
  nodeLast = new Int32Array(0);
  entryNext = new Int32Array(0);
  entryStart = new Int32Array(0);
  /** Which words are wrong on either side, and where each reference word sits in the hypothesis. */
  herr = new Uint8Array(0);
  rerr = new Uint8Array(0);
  ralign = new Int32Array(0);
  /** Candidate shifts as (start, end, newloc) triples, in TERCOM's order. */
  shifts = new Int32Array(0);
  /** The alignment path's operations. */
  ops = new Uint8Array(0);
  /** The candidate shifted hypothesis. */
  candidate = new Int32Array(0);

  /** Makes the per-word arrays fit a hypothesis of `nh` and a reference of `nr` words with `distinct` word ids. */
  reserveWords(nh: number, nr: number, distinct: number): void {
    const blocks = (nr + 31) >> 5;
    const words = Math.max(nh, nr) + 1;
    if (this.perWord.length < distinct) this.perWord = new Int32Array(distinct * 2);
    if (this.masks.length < distinct * blocks) this.masks = new Int32Array(distinct * blocks * 2);
    if (this.pv.length < blocks) {
      this.pv = new Int32Array(blocks * 2);
      this.mv = new Int32Array(blocks * 2);
    }
    if (this.columnPv.length < (nh + 1) * blocks) {
      this.columnPv = new Int32Array((nh + 1) * blocks * 2);
      this.columnMv = new Int32Array((nh + 1) * blocks * 2);
    }
    if (this.columnScore.length < nh + 1) this.columnScore = new Int32Array((nh + 1) * 2);
    const nodes = nr * (MAX_SHIFT_SIZE + 1) + 1;
    if (this.nodeFirst.length < nodes) {
      this.nodeWord = new Int32Array(nodes * 2);
      this.nodeChild = new Int32Array(nodes * 2);
      this.nodeSibling = new Int32Array(nodes * 2);
      this.nodeFirst = new Int32Array(nodes * 2);
      this.nodeLast = new Int32Array(nodes * 2);
      this.entryNext = new Int32Array(nodes * 2);
      this.entryStart = new Int32Array(nodes * 2);
    }
    if (this.herr.length < words) {
      this.herr = new Uint8Array(words * 2);
      this.rerr = new Uint8Array(words * 2);
      this.ralign = new Int32Array(words * 2);
      this.candidate = new Int32Array(words * 2);
    }
    if (this.ops.length < nh + nr) this.ops = new Uint8Array((nh + nr) * 2);
  }

  /** Makes the arrays hold `cells` matrix cells and `columns` columns (each use of the arrays asks first). */
  reserve(cells: number, columns: number): void {
    if (this.score.length < cells) {
      this.score = new Int32Array(cells * 2);
      this.path = new Uint8Array(cells * 2);
      this.rest = new Int32Array(cells * 2);
    }
    // Two columns of at most `cells / columns` rows each.
    const rows = Math.ceil(cells / columns);
    if (this.work.length < 2 * rows) this.work = new Int32Array(4 * rows);
  }
}

/**
 * One column of TERCOM's beam-limited minimum edit distance (TERcalc.MinEditDist): column j
 * (ref[0..i) against hyp[0..j) for every i, at `to` in `T`) from column j - 1 (at `from` in `F`)
 * and hyp[j - 1] (`word`); with `P`, the operation that reaches each cell is recorded at `to`.
 *
 * TERCOM walks the matrix column by column, from each live cell writing its diagonal (match or
 * substitution), right (insertion) and down (deletion) neighbours, each replacing what a cell holds
 * only when strictly cheaper, in that order. So a cell's cost is the least over its live sources
 * with ties going to the diagonal, then the insertion, then the deletion; and a cell is live (a
 * source) when it is reached at all and, in a column other than the last, costs at most BEAM_WIDTH
 * over the least diagonal cost written into that column (its "previous best"). A cell that is not
 * live is stored as OUT: no path goes through it, exactly as TERCOM never steps from it. Written
 * this way each column follows from the one before alone, which is what lets a shifted hypothesis
 * start from the column where it first differs from the current one.
 */
function column(ref: Int32Array, word: number, F: Int32Array, from: number, T: Int32Array, to: number, P: Uint8Array | null, last: boolean): void {
  const nr = ref.length;
  // The previous best: the least diagonal cost written into this column.
  let least = OUT;
  for (let i = 0; i < nr; i++) {
    const cost = ref[i] === word ? F[from + i] : F[from + i] + 1;
    if (cost < least) least = cost;
  }
  const limit = last || least >= OUT ? OUT - 1 : least + BEAM_WIDTH;
  let up = F[from] + 1;
  if (up > limit) up = OUT;
  T[to] = up;
  if (P) P[to] = OP_INS;
  for (let i = 1; i <= nr; i++) {
    const match = ref[i - 1] === word;
    let cost = match ? F[from + i - 1] : F[from + i - 1] + 1;
    let op = match ? OP_MATCH : OP_SUB;
    const insertion = F[from + i] + 1;
    if (insertion < cost) {
      cost = insertion;
      op = OP_INS;
    }
    if (up + 1 < cost) {
      cost = up + 1;
      op = OP_DEL;
    }
    if (cost > limit) cost = OUT;
    T[to + i] = cost;
    if (P) P[to + i] = op;
    up = cost;
  }
}

/** Column 0 of the matrix (every reference word deleted), at 0 in `S` and `P`. */
function firstColumn(nr: number, S: Int32Array, P: Uint8Array | null): void {
  for (let i = 0; i <= nr; i++) S[i] = i;
  if (P) {
    P[0] = OP_NONE;
    for (let i = 1; i <= nr; i++) P[i] = OP_DEL;
  }
}

/** The operations from the corner of `P` back to its origin, in reading order, into `path`; returns how many. */
function tracePath(P: Uint8Array, nh: number, nr: number, path: Uint8Array): number {
  const H = nr + 1;
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
  for (let i = nr, j = nh, k = length; i > 0 || j > 0; ) {
    const op = P[j * H + i];
    path[--k] = op;
    if (op === OP_MATCH || op === OP_SUB) {
      i--;
      j--;
    } else if (op === OP_DEL) i--;
    else j--;
  }
  return length;
}

/**
 * TERCOM's minimum edit distance of a hypothesis against the reference, with the alignment path,
 * in the scratch's `score` and `path`. `shared` is how many leading words this hypothesis shares
 * with the one of the previous run on this scratch (same length; 0 for a fresh start): the columns
 * of those words are that run's and are kept.
 */
function minEditDist(hyp: Int32Array, ref: Int32Array, scratch: TerScratch, shared = 0): Alignment {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  scratch.reserve((nh + 1) * H, nh + 1);
  const S = scratch.score;
  const P = scratch.path;
  if (shared === 0) firstColumn(nr, S, P);
  for (let j = shared + 1; j <= nh; j++) column(ref, hyp[j - 1], S, (j - 1) * H, S, j * H, P, j === nh);
  return { edits: S[nh * H + nr], length: tracePath(P, nh, nr, scratch.ops) };
}

/**
 * The exact edit distance of every pair of suffixes of the current hypothesis and the reference,
 * for {@link scoreFrom}'s early exit. Returns true.
 */
function prepareRest(hyp: Int32Array, ref: Int32Array, scratch: TerScratch): boolean {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  scratch.reserve((nh + 1) * H, nh + 1);
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
 * its words from `suffix` on with the current one (the last minEditDist run's, same length; its
 * suffix distances prepared by {@link prepareRest}): its columns up to `prefix` are the current
 * run's, so it resumes from there, without the path, in two columns. Returns exactly the figure
 * of a full run when it is at most `threshold`, and INF when it is known to be more (the caller
 * only wants candidates that beat the best so far).
 */
function scoreFrom(hyp: Int32Array, ref: Int32Array, prefix: number, suffix: number, threshold: number, scratch: TerScratch): number {
  const nh = hyp.length;
  const nr = ref.length;
  const H = nr + 1;
  scratch.reserve((nh + 1) * H, nh + 1);
  const W = scratch.work;
  const rest = scratch.rest;
  let F = scratch.score;
  let from = prefix * H;
  let to = 0;
  for (let j = prefix + 1; j <= nh; j++) {
    column(ref, hyp[j - 1], F, from, W, to, null, j === nh);
    if (j === suffix && j < nh) {
      // From here on the hypothesis is the current one: any path to the corner costs at least its
      // cell here plus the exact edit distance of the rest.
      let bound = INF;
      for (let i = 0; i <= nr; i++) {
        const cost = W[to + i] + rest[j * H + i];
        if (cost < bound) bound = cost;
      }
      if (bound > threshold) return INF;
    }
    F = W;
    from = to;
    to = to === 0 ? H : 0;
  }
  return F[from + nr];
}

/**
 * The reference as bit masks for {@link levenshtein}: for each word id, 32-bit blocks with bit i
 * set where the reference has that word; and the scratch's arrays for the columns' state.
 */
interface RefMasks {
  blocks: number;
  /** `masks[id * blocks + b]`. */
  masks: Int32Array;
  /** The vertical deltas of the column being computed, positive and negative, one per block. */
  pv: Int32Array;
  mv: Int32Array;
  /** The same after each column of the current hypothesis (`j * blocks + b`), and its distance there. */
  columnPv: Int32Array;
  columnMv: Int32Array;
  columnScore: Int32Array;
}

function refMasks(ref: Int32Array, distinct: number, scratch: TerScratch): RefMasks {
  const blocks = (ref.length + 31) >> 5;
  const { masks, pv, mv, columnPv, columnMv, columnScore } = scratch;
  masks.fill(0, 0, distinct * blocks);
  for (let i = 0; i < ref.length; i++) masks[ref[i] * blocks + (i >> 5)] |= 1 << (i & 31);
  return { blocks, masks, pv, mv, columnPv, columnMv, columnScore };
}

/**
 * The exact, unbeamed word edit distance of `hyp` against the reference (Myers' bit-parallel
 * algorithm, Hyyrö's formulation, blocks of 32 reference words): a column costs a few word
 * operations per block instead of a pass over the reference. TERCOM's beamed distance is never
 * below it, and equals it whenever it is at most BEAM_WIDTH (no cell on an optimal path can then
 * cost more than the beam allows), so it rules candidate shifts out, and often scores them, without
 * the dynamic program. With `save`, the state after each column is kept as the current
 * hypothesis's; with `from` > 0, the run resumes from that saved state after column `from` (the
 * hypothesis shares its first `from` words with the current one).
 */
function levenshtein(hyp: Int32Array, nr: number, R: RefMasks, from = 0, save = false): number {
  const { blocks, masks, pv, mv, columnPv, columnMv, columnScore } = R;
  let score = nr;
  if (from === 0) {
    pv.fill(-1, 0, blocks);
    mv.fill(0, 0, blocks);
  } else {
    for (let b = 0; b < blocks; b++) {
      pv[b] = columnPv[from * blocks + b];
      mv[b] = columnMv[from * blocks + b];
    }
    score = columnScore[from];
  }
  if (save) {
    for (let b = 0; b < blocks; b++) {
      columnPv[from * blocks + b] = pv[b];
      columnMv[from * blocks + b] = mv[b];
    }
    columnScore[from] = score;
  }
  const top = (nr - 1) & 31;
  for (let j = from; j < hyp.length; j++) {
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
      if (save) {
        columnPv[(j + 1) * blocks + b] = pv[b];
        columnMv[(j + 1) * blocks + b] = mv[b];
      }
    }
    if (save) columnScore[j + 1] = score;
  }
  return score;
}

/**
 * Every reference phrase (up to MAX_SHIFT_SIZE + 1 words, all of whose words occur in the
 * hypothesis) with its start positions, ascending (TERcalc.BuildWordMatches), as a trie over word
 * ids: TERCOM keys a map by the phrase's text, and walking a trie a word at a time finds the same
 * phrases without building a string for each. The root's children are found by word id
 * (`rootChild`), every other node's by a walk along its few children.
 */
interface WordMatches {
  /** Per word id: the root's child for it, -1 for none (-2: the hypothesis lacks the word). */
  rootChild: Int32Array;
  word: Int32Array;
  child: Int32Array;
  sibling: Int32Array;
  /** The start positions in the reference of the phrase each node spells, ascending, as a list: `first[node]`, then `next[entry]` (-1 ends it); `start[entry]` is the position. */
  first: Int32Array;
  next: Int32Array;
  start: Int32Array;
}

/** The child of `node` for `word`, or a negative number for none. */
function childOf(rloc: WordMatches, node: number, word: number): number {
  if (node === 0) return rloc.rootChild[word];
  let at = rloc.child[node];
  while (at !== -1 && rloc.word[at] !== word) at = rloc.sibling[at];
  return at;
}

function buildWordMatches(hyp: Int32Array, ref: Int32Array, distinct: number, scratch: TerScratch): WordMatches {
  const rootChild = scratch.perWord;
  rootChild.fill(-2, 0, distinct);
  for (const w of hyp) rootChild[w] = -1;
  const { nodeWord: word, nodeChild: child, nodeSibling: sibling, nodeFirst: first, nodeLast: last, entryNext: next, entryStart: starts } = scratch;
  const rloc: WordMatches = { rootChild, word, child, sibling, first, next, start: starts };
  let nodes = 1;
  let entries = 0;
  child[0] = -1;
  for (let start = 0; start < ref.length; start++) {
    let node = 0;
    for (let end = start; end < ref.length && end - start <= MAX_SHIFT_SIZE && rootChild[ref[end]] !== -2; end++) {
      let below = childOf(rloc, node, ref[end]);
      if (below < 0) {
        below = nodes++;
        word[below] = ref[end];
        child[below] = -1;
        first[below] = -1;
        if (node === 0) {
          sibling[below] = -1;
          rootChild[ref[end]] = below;
        } else {
          sibling[below] = child[node];
          child[node] = below;
        }
      }
      const entry = entries++;
      starts[entry] = start;
      next[entry] = -1;
      if (first[below] === -1) first[below] = entry;
      else next[last[below]] = entry;
      last[below] = entry;
      node = below;
    }
  }
  return rloc;
}

/** Which hypothesis and reference words are wrong, and where each reference word sits in the hypothesis. */
function findAlignErr(length: number, scratch: TerScratch) {
  // Every position of either side is written: the path visits each.
  const { herr, rerr, ralign, ops } = scratch;
  let hpos = -1;
  let rpos = -1;
  for (let k = 0; k < length; k++) {
    const op = ops[k];
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

/**
 * The candidate shifts in TERCOM's order (TERcalc.GatherAllPossShifts), as (start, end, newloc)
 * triples in the scratch's `shifts`; returns how many numbers. TERCOM groups them by length, and
 * tries the longest first, each group in this order.
 */
function gatherAllPossShifts(hyp: Int32Array, rloc: WordMatches, scratch: TerScratch): number {
  const { herr, rerr, ralign } = scratch;
  const { first, next, start: startOf } = rloc;
  let out = scratch.shifts;
  let n = 0;
  const push = (start: number, end: number, newloc: number) => {
    if (n + 3 > out.length) {
      const bigger = new Int32Array(Math.max(96, out.length * 2));
      bigger.set(out);
      out = scratch.shifts = bigger;
    }
    out[n++] = start;
    out[n++] = end;
    out[n++] = newloc;
  };
  for (let start = 0; start < hyp.length; start++) {
    const head = rloc.rootChild[hyp[start]];
    if (head < 0) continue;
    let reachable = false;
    for (let e = first[head]; e !== -1; e = next[e]) {
      const to = ralign[startOf[e]];
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
      const below = childOf(rloc, node, hyp[end]);
      if (below < 0) continue;
      node = below;
      let anyHerr = false;
      for (let i = start; i <= end && !anyHerr; i++) if (herr[i]) anyHerr = true;
      if (!anyHerr) {
        ok = true;
        continue;
      }
      for (let e = first[below]; e !== -1; e = next[e]) {
        const moveto = startOf[e];
        const to = ralign[moveto];
        if (!(to !== start && (to < start || to > end) && to - start <= MAX_SHIFT_DIST && start - to <= MAX_SHIFT_DIST)) continue;
        ok = true;
        let anyRerr = false;
        for (let i = 0; i <= end - start && !anyRerr; i++) if (rerr[moveto + i]) anyRerr = true;
        if (!anyRerr) continue;
        for (let roff = -1; roff <= end - start; roff++) {
          if (roff === -1 && moveto === 0) {
            push(start, end, -1);
          } else if (start !== ralign[moveto + roff] && (roff === 0 || ralign[moveto + roff] !== ralign[moveto])) {
            push(start, end, ralign[moveto + roff]);
          }
        }
      }
    }
  }
  return n;
}

/** The hypothesis with words start..end moved after newloc (TERcalc.PerformShift), written to `out` (same length). */
function performShift(words: Int32Array, start: number, end: number, newloc: number, out: Int32Array): Int32Array {
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
  findAlignErr(align.length, scratch);
  const count = gatherAllPossShifts(cur, rloc, scratch);
  const shifts = scratch.shifts;
  const curErr = align.edits;
  let bestCost = 0;
  let bestEdits = align.edits;
  let bestWords: Int32Array | null = null;
  const candidate = scratch.candidate.subarray(0, cur.length);
  let restReady = false;
  // Blocks of i + 1 words, longest first.
  search: for (let i = MAX_SHIFT_SIZE; i >= 0; i--) {
    const maxFix = 2 * (1 + i);
    let curFix = curErr - (bestCost + bestEdits);
    if (curFix > maxFix || (bestCost !== 0 && curFix === maxFix)) break;
    for (let k = 0; k < count; k += 3) {
      if (shifts[k + 1] - shifts[k] !== i) continue;
      curFix = curErr - (bestCost + bestEdits);
      if (curFix > maxFix || (bestCost !== 0 && curFix === maxFix)) break;
      // No shifted hypothesis costs less than `floor`: once the best reaches floor + 1 with its
      // shift, nothing can be strictly better.
      if (bestCost !== 0 && bestEdits <= floor) break search;
      const shifted = performShift(cur, shifts[k], shifts[k + 1], shifts[k + 2], candidate);
      let prefix = 0;
      while (prefix < cur.length && shifted[prefix] === cur[prefix]) prefix++;
      let suffix = cur.length;
      while (suffix > prefix && shifted[suffix - 1] === cur[suffix - 1]) suffix--;
      // Only a candidate costing at most this can replace the best.
      const threshold = bestEdits + bestCost - 1 - (bestCost === 0 ? 0 : 1);
      let edits = curErr;
      if (prefix < cur.length) {
        edits = levenshtein(shifted, ref.length, masks, prefix);
        if (edits > threshold) continue;
        if (edits > BEAM_WIDTH) {
          if (!restReady) restReady = prepareRest(cur, ref, scratch);
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
  const ids = scratch.ids;
  ids.clear();
  const toIds = (words: readonly string[]) => {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = ids.get(words[k]);
      if (id === undefined) ids.set(words[k], (id = ids.size));
      out[k] = id;
    }
    return out;
  };
  return terIds(toIds(hypWords), toIds(refWords), ids.size, scratch);
}

// TERCOM splits on Java's `\s+`, which is ASCII whitespace only: a no-break space stays inside a
// word there, and so it does here, or figures would differ from published ones.
export const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * {@link terEdits} of two segments given as text, already case-folded if wanted, split into words
 * as `terWords` splits them (ASCII whitespace) but without building the words: each is hashed
 * where it stands into the scratch's table of word ids.
 */
export function terTextEdits(hypothesis: string, reference: string, scratch = new TerScratch()): TerEdits {
  const needed = 2 * (hypothesis.length + reference.length) + 16;
  if (scratch.slotStamp.length < needed) {
    let size = 1024;
    while (size < needed) size *= 2;
    scratch.slotStamp = new Int32Array(size);
    scratch.slotId = new Int32Array(size);
  }
  const words = hypothesis.length + reference.length + 2;
  if (scratch.idStart.length < words) {
    scratch.idStart = new Int32Array(words * 2);
    scratch.idLength = new Int32Array(words * 2);
    scratch.idHash = new Int32Array(words * 2);
    scratch.idSide = new Uint8Array(words * 2);
    scratch.wordIds = new Int32Array(words * 2);
  }
  const generation = ++scratch.generation;
  const { slotStamp, slotId, idStart, idLength, idHash, idSide, wordIds } = scratch;
  const mask = slotStamp.length - 1;
  let distinct = 0;
  const encode = (text: string, side: number): Int32Array => {
    let n = 0;
    let k = 0;
    while (k < text.length) {
      if (isSpace(text.charCodeAt(k))) {
        k++;
        continue;
      }
      const start = k;
      let hash = 2166136261;
      for (let c: number; k < text.length && !isSpace((c = text.charCodeAt(k))); k++) hash = Math.imul(hash ^ c, 16777619);
      const length = k - start;
      let slot = hash & mask;
      let id = -1;
      while (slotStamp[slot] === generation) {
        const candidate = slotId[slot];
        if (idHash[candidate] === hash && idLength[candidate] === length) {
          const other = idSide[candidate] === 0 ? hypothesis : reference;
          const at = idStart[candidate];
          let same = true;
          for (let c = 0; c < length && same; c++) same = other.charCodeAt(at + c) === text.charCodeAt(start + c);
          if (same) {
            id = candidate;
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
      if (id === -1) {
        id = distinct++;
        idHash[id] = hash;
        idSide[id] = side;
        idStart[id] = start;
        idLength[id] = length;
        slotStamp[slot] = generation;
        slotId[slot] = id;
      }
      wordIds[n++] = id;
    }
    return wordIds.slice(0, n);
  };
  const hyp = encode(hypothesis, 0);
  const ref = encode(reference, 1);
  if (hyp.length === 0 || ref.length === 0) return { edits: hyp.length + ref.length, refWords: ref.length };
  if (hyp.length === ref.length && hyp.every((w, k) => w === ref[k])) return { edits: 0, refWords: ref.length };
  return terIds(hyp, ref, distinct, scratch);
}

/** {@link terEdits} of two non-empty segments as word ids `0..distinct-1` (equal words, equal ids). */
function terIds(hyp: Int32Array, ref: Int32Array, distinct: number, scratch: TerScratch): TerEdits {
  // No alignment costs less than the words one side has beyond what the two have in common
  // (shifts reorder words, they never change which words there are). When the alignment reaches
  // that floor, no shift can pay for itself and TERCOM's search would find none: stop there.
  scratch.reserveWords(hyp.length, ref.length, distinct);
  const counts = scratch.perWord;
  counts.fill(0, 0, distinct);
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
  const masks = refMasks(ref, distinct, scratch);
  // Saving each column's state: the shift search's candidates resume from it.
  const exact = levenshtein(hyp, ref.length, masks, 0, true);
  if (exact <= settled && exact <= BEAM_WIDTH) return { edits: exact, refWords: ref.length };
  let align = minEditDist(hyp, ref, scratch);
  if (align.edits <= settled) return { edits: align.edits, refWords: ref.length };
  const rloc = buildWordMatches(hyp, ref, distinct, scratch);
  let cur: Int32Array = hyp;
  let shifts = 0;
  for (;;) {
    const best = calcBestShift(cur, ref, rloc, align, floor, masks, scratch);
    if (!best) break;
    shifts++;
    const previous = cur;
    cur = best.words;
    // The shifted hypothesis's distance is known; its alignment path is needed only to search on.
    if (best.edits <= floor) return { edits: best.edits + shifts, refWords: ref.length };
    // The columns of the words before the first moved one are the previous run's.
    let shared = 0;
    while (shared < cur.length && cur[shared] === previous[shared]) shared++;
    align = minEditDist(cur, ref, scratch, shared);
    levenshtein(cur, ref.length, masks, shared, true);
  }
  return { edits: align.edits + shifts, refWords: ref.length };
}
