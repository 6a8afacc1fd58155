// The patience-sorting step shared by paragraph and word alignment.

/**
 * Indices of a longest strictly increasing subsequence of `ys` (patience sorting). `prev` is the
 * caller's scratch for the back links, at least as long as `ys` (a new array by default).
 */
export function longestIncreasing(ys: ArrayLike<number>, prev: Int32Array = new Int32Array(ys.length)): number[] {
  const tails: number[] = [];
  for (let k = 0; k < ys.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[tails[mid]] < ys[k]) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  }
  const chain: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = prev[k]) chain.push(k);
  return chain.reverse();
}
