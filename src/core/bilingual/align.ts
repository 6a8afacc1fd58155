/**
 * Paragraph alignment of a source and its translation, in the manner of Gale and Church (1993): a
 * dynamic programme over paragraph lengths that allows 1–1, 1–2, 2–1, 1–0 and 0–1 matches, each
 * scored by how likely its length ratio is, here anchored on what both sides share (numbers and
 * Latin-script names): a pair that shares anchors costs less, one whose anchors all differ more.
 * The expected length ratio is the document's own (translation length over source length), so
 * any language pair works without a table. The search runs in a band around the diagonal, so a
 * long article costs paragraphs × band, not paragraphs².
 */
import { SharedSenses, type SourceGlosses, type TargetStems } from './glosses';

/** What the aligner reads about one paragraph. */
export interface AlignUnit {
  /** Length in characters (whitespace excluded). */
  length: number;
  /** Numbers, links and names the paragraph holds, as canonical strings. */
  anchors: ReadonlySet<string>;
  /**
   * The anchors whose absence on the other side counts against a match (numbers, links): a
   * Latin-script name of a Latin-script source may be translated, so it can only count for one.
   */
  binding?: number;
  /**
   * How many sentences it has. A translation keeps a paragraph's sentences far more often than
   * not (about nine paragraphs in ten of real news MT keep the count exactly), so a match whose
   * translation has fewer sentences than its source, such as a left-out paragraph merged into its
   * neighbour, is less likely; one with more, a little less.
   */
  sentences?: number;
  /**
   * Whether it ends with a sentence's stop. A paragraph and its translation agree far more often
   * than not where the source has one (in 1,560 of 1,570 paragraphs of real Chinese news MT; a
   * source without one, a heading, is given one in one translation in six), and a paragraph
   * split in two is split at a sentence's end: a translation that ends without one where its
   * source has one, or a split whose first part has none (a heading put in beside a paragraph),
   * is less likely.
   */
  stop?: boolean;
  /**
   * What the paragraph's words mean, when the language pair has a dictionary (./glosses.ts: a
   * Chinese source): the senses of a source paragraph's words, or a translation paragraph's words.
   * A match whose two sides share many of them is likelier; one that shares few, less.
   */
  glosses?: SourceGlosses;
  stems?: TargetStems;
}

/** One match: the source paragraphs and the translation paragraphs that say the same thing. */
export interface Bead {
  /** Indices into the source units (0, 1 or 2 of them), ascending. */
  source: number[];
  /** Indices into the translation units (0, 1 or 2 of them), ascending. */
  target: number[];
}

// Priors for 1–1, 1–0 / 0–1, 2–1 / 1–2, after Gale and Church's (0.89, 0.0099, 0.089 for
// sentences), set for machine-translated paragraphs: an MT engine translates paragraph by paragraph,
// so a merge or a split is rarer than a paragraph left out or added, the errors an editor must
// see. Measured with bench/planted-paragraphs.bench.ts (190 real Chinese→English MT articles, one
// paragraph taken out, one put in, one split, two joined; Dec 2026): with (0.94, 0.01, 0.05) and no
// sentence counts 107/190 omissions and 90/190 additions were found, 5 false omitted/added flags on
// 249 split or joined pairs; with these and the sentence counts 146/190, 151/190 and 20/249; with
// months as anchors too (2月 against February) 147/190, 153/190 and 20/249; with a Chinese
// source's word senses too (LEXICAL_*) 170/190, 174/190 and 17/249, and the flags elsewhere than
// on the planted paragraph from 19 and 15 to 1 and 0. Their 2–2 is left out.
const PRIOR = { one: -Math.log(0.97), skip: -Math.log(0.02 / 2), merge: -Math.log(0.01 / 2) };
// Variance of the translation length per source character, relative to the expected ratio
// (Gale and Church measured 6.8 for ratio 1).
const VARIANCE = 6.8;
/** The most a match's length ratio can cost (about four standard deviations). */
const LENGTH_CAP = 6;
/** The cost of a paragraph without counterpart, besides its prior. */
const SKIP = 2;
/** The cost of each sentence a match's translation has fewer than its source, and its cap. */
const FEWER = 1.5;
const FEWER_CAP = 4;
/** The cost of each sentence it has more, and its cap. */
const MORE = 1;
const MORE_CAP = 3;
/**
 * Shared senses (./glosses.ts): the similarity at which a match costs nothing more, the cost of
 * each unit of similarity below it (less above it), and the most either way. On real Chinese news
 * MT (190 articles) a paragraph and its translation share 0.6 (median; 0.35 at the 5th percentile)
 * and a neighbour's translation 0.18; the planted-paragraph figures hold for midpoints 0.3–0.4,
 * weights 10–15 and caps 3–5.
 */
const LEXICAL_MIDPOINT = 0.35;
const LEXICAL_WEIGHT = 15;
const LEXICAL_CAP = 4;
/**
 * A merge's or a split's paragraph that the other side renders less than this share of costs
 * PART_WEIGHT per unit below it. A paragraph's own translation renders a median 0.5 of its words
 * (0.27 at the 5th percentile), a neighbour's 0.14. With these: omissions found 170 -> 173/190,
 * additions 174 -> 181/190, flags on split or joined pairs 17 -> 19/249. More weight finds more
 * and flags more joins (weight 20: 176, 182, 20; 30 with midpoint 0.3: 178, 185, 28): a joined
 * paragraph flagged as left out is a false alarm, so the weight stays low.
 */
const PART_MIDPOINT = 0.25;
const PART_WEIGHT = 10;
/**
 * A merge of two source paragraphs one of which the translation renders only with words the
 * other's senses have too (SharedSenses.weakestOwn) costs OWN_WEIGHT per unit of its share below
 * OWN_MIDPOINT. Of 190 real Chinese news MT articles, a paragraph merged with its neighbour after
 * its own translation was taken out has such a share of 0 (median; 0.05 at the 90th percentile),
 * either half of two joined translation paragraphs 0.22 (median; 0.08 at the 5th percentile).
 * Measured with bench/planted-paragraphs.bench.ts: with the language pair's length ratio held,
 * omissions found 173 -> 180/190 and 19 flags on split or joined pairs, as before; with the
 * article's own (alignParagraphs' `adapt`, alone 175/190 and 12/249) 184/190 and 12/249. With
 * the article's own, midpoints 0.1–0.15 and weights 20–30 give 183–184 and 12–14; more weight
 * flags more joins (0.1 × 40: 14).
 */
const OWN_MIDPOINT = 0.12;
const OWN_WEIGHT = 25;
/**
 * The cost of a match whose translation ends without a sentence's stop where its source ends with
 * one, and of a split whose first translation paragraph has none (AlignUnit.stop). With these,
 * additions found 180 -> 188/190, nothing else changed (2 to 3 each: the same; 4: one more flag
 * on a split; 1 and 2: 186, 1 and 1: 184).
 */
const UNSTOPPED_END = 2;
const UNSTOPPED_SPLIT = 2;
/** How far an article's own length ratio may be from its language pair's for the pair's to hold (alignParagraphs' `adapt`). */
const RATIO_TOLERANCE = 0.03;
/** How far from the diagonal (besides the two sides' difference in paragraphs) shared senses are worked out (the planted-paragraph figures are the same for 3 and 6). */
const LEXICAL_BAND = 3;
/** Minimum half-width of the search band, in paragraphs. */
const BAND = 20;

const MOVES: readonly [number, number, number][] = [
  [1, 1, PRIOR.one],
  [1, 0, PRIOR.skip],
  [0, 1, PRIOR.skip],
  [2, 1, PRIOR.merge],
  [1, 2, PRIOR.merge],
];

/**
 * Aligns source paragraphs with translation paragraphs. `expectedRatio` is the translation's
 * expected length per source character for the language pair; by default the document's own.
 * With `adapt`, the expected ratio is only where the search starts: it is then run again with
 * the article's own ratio, as without one (default false: the given ratio holds).
 */
export function alignParagraphs(
  source: readonly AlignUnit[],
  target: readonly AlignUnit[],
  expectedRatio?: number,
  adapt = false,
): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    return [
      ...source.map((_, i) => ({ source: [i], target: [] })),
      ...target.map((_, j) => ({ source: [], target: [j] })),
    ];
  }
  const senses = sharedSenses(source, target);
  const evidence = evidenceCache(n, m);
  if (expectedRatio !== undefined && !adapt) return search(source, target, expectedRatio, senses, evidence);
  // The article's own ratio: first from the language pair's or from its totals, which an omitted
  // paragraph skews, then again from the median of the one-to-one matches that first pass found.
  // Even with the language pair's, an article's own runs from 0.8 to 1.2 times it (5th to 95th
  // percentile of 190 Chinese news articles' machine translations): a translation wordier than
  // the pair's would otherwise be matched better with a neighbour's source paragraph too
  // (planted-paragraph bench: flags on split or joined pairs 19 -> 12/249, additions found 181 -> 180).
  const totalS = source.reduce((s, u) => s + u.length, 0);
  const totalT = target.reduce((s, u) => s + u.length, 0);
  const first = search(source, target, expectedRatio ?? (totalS > 0 ? totalT / totalS : 1), senses, evidence);
  const ratio = ownRatio(
    first,
    (i) => source[i].length,
    (j) => target[j].length,
  );
  if (ratio === undefined) return first;
  if (expectedRatio === undefined) return search(source, target, ratio, senses, evidence);
  const adapted = adaptedRatio(expectedRatio, ratio);
  return adapted === expectedRatio ? first : search(source, target, adapted, senses, evidence);
}

/**
 * The ratio a language pair's `expected` one gives way to, given an article's `own`: its own,
 * unless it is within RATIO_TOLERANCE of the pair's, where a second pass would change next to
 * nothing (the planted-paragraph figures are the same for tolerances 0–5%) and the pair's holds.
 */
export function adaptedRatio(expected: number, own: number): number {
  return Math.abs(own / expected - 1) < RATIO_TOLERANCE ? expected : own;
}

/**
 * The median length ratio (translation over source) of the one-to-one matches among `beads`, or
 * undefined without any; a paragraph's length is what the aligner reads ({@link AlignUnit}).
 */
export function ownRatio(
  beads: readonly Bead[],
  sourceLength: (i: number) => number,
  targetLength: (j: number) => number,
): number | undefined {
  const ratios: number[] = [];
  for (const b of beads) {
    if (b.source.length !== 1 || b.target.length !== 1) continue;
    const length = sourceLength(b.source[0]);
    if (length > 0) ratios.push(targetLength(b.target[0]) / length);
  }
  ratios.sort((a, b) => a - b);
  return ratios.length === 0 ? undefined : ratios[ratios.length >> 1];
}

/** The translation paragraphs lo(i)..hi(i) the search pairs with source position i (a band around the diagonal), and the band's width. */
function band(n: number, m: number): { lo: (i: number) => number; hi: (i: number) => number; width: number } {
  const half = BAND + Math.abs(n - m);
  return {
    lo: (i) => Math.max(0, Math.floor((i * m) / n) - half),
    hi: (i) => Math.min(m, Math.ceil((i * m) / n) + half),
    width: 2 * half + 3,
  };
}

/**
 * What a match costs besides its lengths, per cell of the search and move, NaN until worked out:
 * the same whatever the length ratio, so the second pass of {@link alignParagraphs} reads what the
 * first worked out. Owned by one alignParagraphs call.
 */
type EvidenceCache = Float64Array;

function evidenceCache(n: number, m: number): EvidenceCache {
  return new Float64Array((n + 1) * band(n, m).width * MOVES.length).fill(NaN);
}

function search(
  source: readonly AlignUnit[],
  target: readonly AlignUnit[],
  expected: number,
  senses: SharedSenses | undefined,
  evidence: EvidenceCache,
): Bead[] {
  const n = source.length;
  const m = target.length;
  const ratio = Math.min(8, Math.max(0.125, expected));
  const variance = VARIANCE * ratio;
  const { lo, hi, width } = band(n, m);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  // Each row's band, worked out once (the search asks for it five times a cell).
  const los = new Int32Array(n + 1);
  const his = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    los[i] = lo(i);
    his[i] = hi(i);
  }
  const at = (i: number, j: number) => (j < los[i] || j > his[i] ? -1 : i * width + (j - los[i]));
  cost[at(0, 0)] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = los[i]; j <= his[i]; j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let move = 0;
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj, prior] = MOVES[k];
        if (i < di || j < dj) continue;
        const from = at(i - di, j - dj);
        if (from < 0 || cost[from] === Infinity) continue;
        const key = here * MOVES.length + k;
        let other = evidence[key];
        if (Number.isNaN(other)) other = evidence[key] = evidenceCost(source, target, i - di, di, j - dj, dj, senses);
        // The length cost is never negative and float addition never decreases, so a move that
        // costs no less than the best without it cannot be the best with it: not worked out.
        const base = cost[from] + prior;
        if (base + other >= best) continue;
        const c = base + lengthCost(source, target, i - di, di, j - dj, dj, ratio, variance) + other;
        if (c < best) {
          best = c;
          move = k;
        }
      }
      cost[here] = best;
      back[here] = move;
    }
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[back[at(i, j)]];
    beads.push({ source: range(i - di, di), target: range(j - dj, dj) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/**
 * The cost of the lengths of `ds` source units from `s` matched with `dt` translation units from
 * `t`, for the expected length ratio; its other costs are {@link evidenceCost}.
 */
function lengthCost(
  source: readonly AlignUnit[],
  target: readonly AlignUnit[],
  s: number,
  ds: number,
  t: number,
  dt: number,
  ratio: number,
  variance: number,
): number {
  // A paragraph left out or added costs the same whatever its length: with Gale and Church's
  // length term a long omitted paragraph would rather be merged into its neighbour.
  if (ds === 0 || dt === 0) return 0;
  let ls = 0;
  let lt = 0;
  for (let k = 0; k < ds; k++) ls += source[s + k].length;
  for (let k = 0; k < dt; k++) lt += target[t + k].length;
  const delta = (lt - ls * ratio) / Math.sqrt(Math.max(1, (ls + lt / ratio) / 2) * variance);
  // Capped: a badly translated paragraph is still the counterpart of its source; only together
  // with its neighbours' evidence should it read as one omission and one addition.
  return Math.min(LENGTH_CAP, -Math.log(Math.max(1e-12, 2 * (1 - normalCdf(Math.abs(delta))))));
}

/** The cost of a match besides its lengths: what its paragraphs hold (anchors, sentences, stops, senses). */
function evidenceCost(
  source: readonly AlignUnit[],
  target: readonly AlignUnit[],
  s: number,
  ds: number,
  t: number,
  dt: number,
  senses: SharedSenses | undefined,
): number {
  if (ds === 0 || dt === 0) return SKIP;
  let c = 0;
  // Anchors: each one both sides share makes the match likelier; each number or link one side
  // has and the other lacks makes it less likely (a merged paragraph whose numbers are nowhere).
  let shared = 0;
  let unmatched = 0;
  for (let a = 0; a < ds; a++) {
    const unit = source[s + a];
    if (unit.anchors.size === 0) continue;
    const binding = unit.binding ?? unit.anchors.size;
    let k = 0;
    for (const anchor of unit.anchors) {
      const found = target[t].anchors.has(anchor) || (dt > 1 && target[t + 1].anchors.has(anchor));
      if (found) shared++;
      else if (k < binding) unmatched++;
      k++;
    }
  }
  for (let b = 0; b < dt; b++) {
    const unit = target[t + b];
    const binding = unit.binding ?? unit.anchors.size;
    if (binding === 0) continue;
    let k = 0;
    for (const anchor of unit.anchors) {
      if (k++ >= binding) break;
      if (!source[s].anchors.has(anchor) && !(ds > 1 && source[s + 1].anchors.has(anchor))) unmatched++;
    }
  }
  c -= Math.min(6, 2 * shared);
  c += Math.min(4, unmatched);
  let sentences = 0;
  let known = true;
  for (let b = 0; b < dt; b++) {
    const count = target[t + b].sentences;
    if (count === undefined) known = false;
    else sentences += count;
  }
  for (let a = 0; a < ds; a++) {
    const count = source[s + a].sentences;
    if (count === undefined) known = false;
    else sentences -= count;
  }
  if (known) c += sentences < 0 ? Math.min(FEWER_CAP, -sentences * FEWER) : Math.min(MORE_CAP, sentences * MORE);
  if (source[s + ds - 1].stop === true && target[t + dt - 1].stop === false) c += UNSTOPPED_END;
  if (dt === 2 && target[t].stop === false) c += UNSTOPPED_SPLIT;
  return c + lexicalCost(senses, s, ds, t, dt);
}

/**
 * What the pairs of paragraphs near the diagonal share in meaning, when every paragraph has a
 * dictionary reading (./glosses.ts); otherwise undefined.
 */
function sharedSenses(source: readonly AlignUnit[], target: readonly AlignUnit[]): SharedSenses | undefined {
  const glosses: SourceGlosses[] = [];
  const stems: TargetStems[] = [];
  for (const u of source) {
    if (!u.glosses) return undefined;
    glosses.push(u.glosses);
  }
  for (const u of target) {
    if (!u.stems) return undefined;
    stems.push(u.stems);
  }
  // Only near the diagonal (the search's band is wider): a path that strays further is a poor
  // match whatever the paragraphs mean, and comparing every pair of the band would cost more than
  // the rest of the alignment.
  const n = source.length;
  const m = target.length;
  const half = LEXICAL_BAND + Math.abs(n - m);
  const centre = (i: number) => (i * m) / n;
  return new SharedSenses(
    glosses,
    stems,
    (i) => Math.max(0, Math.floor(centre(i)) - half),
    (i) => Math.min(m - 1, Math.ceil(centre(i)) + half),
  );
}

/**
 * The cost of what a match's two sides mean (none without dictionary readings, or with too few
 * words): shared senses make it cheaper, few shared senses dearer; and a merge or a split one of
 * whose paragraphs the other side barely renders dearer still (that paragraph was left out or put
 * in: it is not half of a merge).
 */
function lexicalCost(senses: SharedSenses | undefined, s: number, ds: number, t: number, dt: number): number {
  const similarity = senses?.similarity(s, ds, t, dt);
  if (senses === undefined || similarity === undefined) return 0;
  const part =
    ds + dt > 2
      ? PART_WEIGHT * Math.max(0, PART_MIDPOINT - senses.weakest) + OWN_WEIGHT * Math.max(0, OWN_MIDPOINT - senses.weakestOwn)
      : 0;
  return part + Math.max(-LEXICAL_CAP, Math.min(LEXICAL_CAP, LEXICAL_WEIGHT * (LEXICAL_MIDPOINT - similarity)));
}

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z > 0 ? 1 - p : p;
}
