/**
 * `verso check`'s progress line on a terminal ("142/500 articles"), redrawn in place on stderr.
 * Never on stdout, and only when stderr is a terminal: a pipeline's logs get no carriage returns.
 */

/** Redraws at most this often (ms), and always at the last file. */
const EVERY_MS = 100;

/** A progress line over `total` articles; inert when `enabled` is false. */
export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
  ) {}

  /** One more article checked. */
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < EVERY_MS && this.done < this.total) return;
    this.lastDraw = now;
    this.write(`\r${this.done}/${this.total} articles`);
    this.shown = true;
  }

  /** Writes a whole line on stderr (a refused file) without leaving it tangled with the progress line. */
  line(text: string): void {
    this.clear();
    this.write(text);
  }

  /** Removes the progress line (at the end, so the prompt comes back clean). */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[2K');
    this.shown = false;
    this.lastDraw = 0;
  }
}
