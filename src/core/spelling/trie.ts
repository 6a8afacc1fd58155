/**
 * A compact trie over the dictionary's lowercase forms (typed arrays, first-child/next-sibling),
 * searched with the Damerau (optimal string alignment) distance: finds every word within a few
 * edits of a typo by visiting only the prefixes that can still match, a millisecond or less per
 * typo where scanning 150,000 words would take tens.
 */

/** A word found near a typo, with its edit distance (substitutions, insertions, deletions, transpositions). */
export interface NearWord {
  word: string;
  distance: number;
}

function commonPrefix(a: string, b: string): number {
  const limit = a.length < b.length ? a.length : b.length;
  let same = 0;
  while (same < limit && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  return same;
}

/** A read-only trie of words. */
export class WordTrie {
  private readonly words: string[];
  private readonly firstChild: Int32Array;
  private readonly sibling: Int32Array;
  private readonly char: Uint16Array;
  private readonly wordId: Int32Array;
  /** Per node: whether a common word starts with its prefix (see the constructor's `common`). */
  private readonly commonBelow: Uint8Array;
  /** Per word id: whether it is common. */
  private readonly commonWord: Uint8Array;

  /**
   * Builds the trie; `words` need not be sorted or unique unless `sortedUnique` says they are.
   * `common` marks the words a search with `commonOnly` keeps to: such a search visits exactly the
   * nodes a trie of the common words alone would have, in the same order, so one trie serves both.
   */
  constructor(words: Iterable<string>, sortedUnique = false, common?: (word: string, id: number) => boolean) {
    const list = sortedUnique ? [...words] : [...new Set(words)].sort();
    this.words = list;
    // Exact node count first: fresh memory is costly to touch, so allocate no more than is used.
    // Index 0 (the root) is never a child, so 0 means "none" and nothing needs filling with -1.
    let size = 1;
    let maxLength = 0;
    let previous = '';
    for (const word of list) {
      size += word.length - commonPrefix(word, previous);
      if (word.length > maxLength) maxLength = word.length;
      previous = word;
    }
    const firstChild = new Int32Array(size);
    const sibling = new Int32Array(size);
    const char = new Uint16Array(size);
    /** Word id + 1 of the word ending at a node, 0 for none. */
    const wordId = new Int32Array(size);
    const commonBelow = new Uint8Array(size);
    const commonWord = new Uint8Array(list.length);
    const lastChild = new Int32Array(size);
    // path[d]: the node of the current word's prefix of length d.
    const path = new Int32Array(maxLength + 1);
    let next = 1;
    previous = '';
    for (let id = 0; id < list.length; id++) {
      const word = list[id];
      const length = word.length;
      for (let i = commonPrefix(word, previous); i < length; i++) {
        const parent = path[i];
        const node = next++;
        char[node] = word.charCodeAt(i);
        if (lastChild[parent] === 0) firstChild[parent] = node;
        else sibling[lastChild[parent]] = node;
        lastChild[parent] = node;
        path[i + 1] = node;
      }
      wordId[path[length]] = id + 1;
      if (common?.(word, id)) {
        commonWord[id] = 1;
        // A marked node's ancestors are marked already.
        for (let d = length; d >= 0 && !commonBelow[path[d]]; d--) commonBelow[path[d]] = 1;
      }
      previous = word;
    }
    this.firstChild = firstChild;
    this.sibling = sibling;
    this.char = char;
    this.wordId = wordId;
    this.commonBelow = commonBelow;
    this.commonWord = commonWord;
  }

  /**
   * Every word within `maxDistance` edits of `typo` (both lowercase). With `prefix`, only words
   * starting with it are searched: typists rarely get the first letters wrong, and the restriction
   * makes a search of two or three edits an order of magnitude cheaper. With `commonOnly`, only
   * the words marked common when the trie was built are searched.
   */
  near(typo: string, maxDistance: number, prefix = '', commonOnly = false): NearWord[] {
    const n = typo.length;
    const width = n + 1;
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = typo.charCodeAt(i);
    const found: NearWord[] = [];
    // One row per trie depth, preallocated: a search allocates nothing per node.
    const maxDepth = n + maxDistance + 1;
    const rows = new Int32Array((maxDepth + 1) * width);
    for (let i = 0; i <= n; i++) rows[i] = i;
    const chars = new Int32Array(maxDepth + 1);
    const { firstChild, sibling, char, wordId, words, commonBelow, commonWord } = this;
    const visit = (node: number, depth: number): void => {
      const c = char[node];
      chars[depth] = c;
      const row = depth * width;
      const prev = row - width;
      const prevPrev = prev - width;
      const prevChar = depth >= 2 ? chars[depth - 1] : -1;
      rows[row] = depth;
      let min = depth;
      // Only cells within maxDistance of the diagonal can stay within maxDistance: a band.
      const lo = depth - maxDistance > 1 ? depth - maxDistance : 1;
      const hi = depth + maxDistance < n ? depth + maxDistance : n;
      const outside = maxDistance + 1;
      if (lo > 1) rows[row + lo - 1] = outside;
      for (let i = lo; i <= hi; i++) {
        const cost = codes[i - 1] === c ? 0 : 1;
        let v = rows[row + i - 1] + 1;
        const up = rows[prev + i] + 1;
        if (up < v) v = up;
        const diag = rows[prev + i - 1] + cost;
        if (diag < v) v = diag;
        if (depth >= 2 && i > 1 && codes[i - 1] === prevChar && codes[i - 2] === c) {
          const swap = rows[prevPrev + i - 2] + 1;
          if (swap < v) v = swap;
        }
        rows[row + i] = v;
        if (v < min) min = v;
      }
      if (hi < n) rows[row + hi + 1] = outside;
      const last = hi === n ? rows[row + n] : outside;
      const id = wordId[node] - 1;
      if (id >= 0 && last <= maxDistance && (!commonOnly || commonWord[id])) found.push({ word: words[id], distance: last });
      if (min > maxDistance || depth >= maxDepth) return;
      const only = depth < prefix.length ? prefix.charCodeAt(depth) : -1;
      for (let child = firstChild[node]; child !== 0; child = sibling[child]) {
        if ((only < 0 || char[child] === only) && (!commonOnly || commonBelow[child])) visit(child, depth + 1);
      }
    };
    const only = prefix ? prefix.charCodeAt(0) : -1;
    for (let child = firstChild[0]; child !== 0; child = sibling[child]) {
      if ((only < 0 || char[child] === only) && (!commonOnly || commonBelow[child])) visit(child, 1);
    }
    return found;
  }
}
