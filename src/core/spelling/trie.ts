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

/** A trie's node arrays, as {@link WordTrie.arrays} gives them and {@link WordTrie.fromArrays} takes them back. */
export interface TrieArrays {
  firstChild: Int32Array;
  sibling: Int32Array;
  char: Uint16Array;
  wordId: Int32Array;
  commonBelow: Uint8Array;
  commonWord: Uint8Array;
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
    const found: NearWord[] = [];
    const only = prefix ? prefix.charCodeAt(0) : -1;
    this.search(typo, prefix, (c) => (only < 0 || c === only ? [commonOnly ? -1 : maxDistance, maxDistance] : null), (id, distance) =>
      found.push({ word: this.words[id], distance }),
    );
    return found;
  }

  /**
   * The two searches a suggestion ranking makes, in one pass: every word within one edit of
   * `typo`, and the common words within two edits that start with its first letter. Gives the
   * word ids and distances (a word is reported once), in trie order. Without `twoEdits`, only the
   * first search.
   */
  nearForRanking(typo: string, twoEdits: boolean, found: (id: number, distance: number) => void): void {
    const first = typo.charCodeAt(0);
    const tier: [number, number] = twoEdits ? [1, 2] : [1, -1];
    this.search(typo, '', (c) => (c === first ? tier : null), found);
    // A word one edit away that starts with another letter has that edit at its start: the first
    // letter replaced ("xhe"), a letter put before it, the first letter dropped, or the first two
    // swapped. Looking those up directly visits a few nodes where the search above, run under
    // every other first letter, would visit a thousand.
    const n = typo.length;
    const { firstChild, sibling, char, wordId } = this;
    const report = (node: number): void => {
      const id = node > 0 ? wordId[node] - 1 : -1;
      if (id >= 0) found(id, 1);
    };
    for (let x = firstChild[0]; x !== 0; x = sibling[x]) {
      const c = char[x];
      if (c === first) continue;
      report(this.follow(x, typo, 1, n)); // "xhe" for "the"
      report(this.follow(x, typo, 0, n)); // "athe"
      if (n >= 2 && c === typo.charCodeAt(1)) {
        report(this.follow(x, typo, 2, n)); // "he"
        const swapped = this.step(x, first); // "hte"
        if (swapped > 0) report(this.follow(swapped, typo, 2, n));
      }
    }
  }

  /** The child of `node` for character code `c`, or 0. Children are in character order. */
  private step(node: number, c: number): number {
    const { sibling, char } = this;
    for (let child = this.firstChild[node]; child !== 0; child = sibling[child]) {
      const d = char[child];
      if (d === c) return child;
      if (d > c) return 0;
    }
    return 0;
  }

  /** The node reached from `node` by the characters `text[from..to)`, or 0. */
  private follow(node: number, text: string, from: number, to: number): number {
    for (let i = from; i < to && node !== 0; i++) node = this.step(node, text.charCodeAt(i));
    return node;
  }

  /**
   * A trie over `words` (sorted, unique) from the arrays a trie built over the same words gave
   * ({@link arrays}): nothing is built (the lexicon image, ../spelling/image.ts, stores them).
   */
  static fromArrays(words: string[], arrays: TrieArrays): WordTrie {
    const trie = Object.create(WordTrie.prototype) as WordTrie;
    Object.assign(trie, { words, ...arrays });
    return trie;
  }

  /** The node arrays (shared, not copied: read-only, like the trie). */
  arrays(): TrieArrays {
    const { firstChild, sibling, char, wordId, commonBelow, commonWord } = this;
    return { firstChild, sibling, char, wordId, commonBelow, commonWord };
  }

  // Worked out on first use (also for a trie made by fromArrays, which runs no constructor).
  private longest?: number;

  /** The length of the longest word. */
  private longestWord(): number {
    return (this.longest ??= this.words.reduce((m, w) => (w.length > m ? w.length : m), 0));
  }

  /** The word at `id` (ids are positions in the sorted list). */
  word(id: number): string {
    return this.words[id];
  }

  /**
   * The search behind {@link near}: `tiers(c)` gives, per first letter, the distance within which
   * any word is found and the (larger or equal) one within which common words are, or null to skip
   * the letter. A node is visited while some word below it could still be found.
   */
  private search(
    typo: string,
    prefix: string,
    tiers: (firstChar: number) => readonly [maxAll: number, maxCommon: number] | null,
    report: (id: number, distance: number) => void,
  ): void {
    const n = typo.length;
    const width = n + 1;
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = typo.charCodeAt(i);
    const { firstChild, sibling, char, wordId, commonBelow, commonWord } = this;
    const chars = new Int32Array(n + 64);
    // A depth-first walk without recursion (the search's inner loop: about 1,500 nodes a typo).
    // Per depth: the next child to consider, and whether any word (not only common ones) may
    // still be found below; children are taken in sibling order, as a recursive walk takes them.
    const cursor = new Int32Array(n + 64);
    const anyBelow = new Uint8Array(n + 64);
    let rows = new Int32Array(0);
    for (let top = firstChild[0]; top !== 0; top = sibling[top]) {
      const tier = tiers(char[top]);
      if (!tier) continue;
      const maxAll = tier[0];
      const maxCommon = tier[1];
      const maxDistance = maxAll > maxCommon ? maxAll : maxCommon;
      if (maxAll < 0 && !commonBelow[top]) continue;
      // No word is within reach of a typo longer than the longest word by more than the distance
      // (the rows below, depth by typo length, ran out of memory for a 300,000-letter run).
      if (n - maxDistance > this.longestWord()) continue;
      const maxDepth = n + maxDistance + 1;
      if (rows.length < (maxDepth + 1) * width) {
        rows = new Int32Array((maxDepth + 1) * width);
        for (let i = 0; i <= n; i++) rows[i] = i;
      }
      const outside = maxDistance + 1;
      let node = top;
      let depth = 1;
      for (;;) {
        // Enter `node` at `depth`: its row of the distance table.
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
        if (lo > 1) rows[row + lo - 1] = outside;
        for (let i = lo; i <= hi; i++) {
          const code = codes[i - 1];
          let v = rows[row + i - 1] + 1;
          const up = rows[prev + i] + 1;
          if (up < v) v = up;
          const diag = rows[prev + i - 1] + (code === c ? 0 : 1);
          if (diag < v) v = diag;
          if (depth >= 2 && i > 1 && code === prevChar && codes[i - 2] === c) {
            const swap = rows[prevPrev + i - 2] + 1;
            if (swap < v) v = swap;
          }
          rows[row + i] = v;
          if (v < min) min = v;
        }
        if (hi < n) rows[row + hi + 1] = outside;
        const last = hi === n ? rows[row + n] : outside;
        const id = wordId[node] - 1;
        if (id >= 0 && (last <= maxAll || (last <= maxCommon && commonWord[id]))) report(id, last);
        if (min > maxDistance || depth >= maxDepth) {
          cursor[depth] = 0;
        } else {
          cursor[depth] = firstChild[node];
          anyBelow[depth] = min <= maxAll ? 1 : 0;
        }
        // The next node to enter: the next eligible child at the deepest depth that has one.
        let next = 0;
        while (depth >= 1) {
          const only = depth < prefix.length ? prefix.charCodeAt(depth) : -1;
          const any = anyBelow[depth];
          let child = cursor[depth];
          while (child !== 0 && !((only < 0 || char[child] === only) && (any || commonBelow[child]))) child = sibling[child];
          if (child !== 0) {
            cursor[depth] = sibling[child];
            next = child;
            break;
          }
          depth--;
        }
        if (next === 0) break;
        node = next;
        depth++;
      }
    }
  }
}
