/**
 * A .docx is a ZIP archive, and a small archive can unzip to gigabytes (a "zip bomb"). Before
 * mammoth reads one, every part's size is checked: the sizes the archive declares (its central
 * directory), then the sizes its data really inflates to, counted while inflating and stopped as
 * soon as a part outgrows what it declared. Runs wherever the engine runs (DecompressionStream is
 * standard in browsers, workers and node).
 */
import { BadInputError } from '../text/decode';
import { MAX_DOCX_UNZIPPED_BYTES, formatMegabytes } from '../../shared/limits';

/** More parts than any Word document has (a long one with images has a few hundred). */
const MAX_ENTRIES = 10_000;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** One part of the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/**
 * Refuses, with a {@link BadInputError} naming the file, an archive whose parts declare, or really
 * inflate to, more than `limit` bytes in all (default {@link MAX_DOCX_UNZIPPED_BYTES}), or one
 * whose directory cannot be read (damaged).
 */
export async function checkZipSizes(name: string, bytes: Uint8Array, limit = MAX_DOCX_UNZIPPED_BYTES): Promise<void> {
  const damaged = () => damagedDocx(name);
  const tooLarge = (size: number) => tooLargeDocx(name, size, limit);
  const { entries, declared } = checkZipDirectory(name, bytes, limit);
  let actual = 0;
  for (const entry of entries) {
    const at = entry.localHeader;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw damaged();
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged();
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw damaged();
      actual += entry.size;
    } else if (entry.method === 8) {
      // A part may not inflate past what it declared: a header that lies is a bomb or damage.
      const inflated = await inflatedSize(data, entry.size + 1);
      if (inflated === null) throw damaged();
      if (inflated > entry.size) throw tooLarge(Math.max(actual + inflated, declared + 1));
      actual += inflated;
    } else throw damaged();
    if (actual > limit) throw tooLarge(actual);
  }
}

/** The message for a .docx that is not a readable Word document. */
export const damagedDocx = (name: string) => new BadInputError(`${name} is damaged or not a Word document (.docx); open it in Word and save it again.`);
const tooLargeDocx = (name: string, size: number, limit: number) =>
  new BadInputError(`${name} unzips to more than a Word article can hold (${formatMegabytes(size)}; the limit is ${formatMegabytes(limit)}), so Verso will not open it.`);

/**
 * The cheap half of {@link checkZipSizes}, which reads no compressed data: the archive's central
 * directory must be found and read, every part it lists must start (local header) and end inside
 * the file, and the sizes the parts declare must add up to no more than `limit`. Throws the same
 * {@link BadInputError}s; returns the parts and their declared total.
 */
export function checkZipDirectory(name: string, bytes: Uint8Array, limit = MAX_DOCX_UNZIPPED_BYTES): { entries: ZipEntry[]; declared: number } {
  const entries = centralDirectory(bytes);
  if (!entries) throw damagedDocx(name);
  let declared = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF: the real size is in a ZIP64 field. No Word article needs one.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLargeDocx(name, Math.max(declared, limit + 1), limit);
    if (entry.localHeader + 30 + entry.compressedSize > bytes.length) throw damagedDocx(name);
    declared += entry.size;
    if (declared > limit) throw tooLargeDocx(name, declared, limit);
  }
  return { entries, declared };
}

/** The parts listed in the archive's central directory, or null when it cannot be found or read. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KB.
  let eocd = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 0xffff); k--) {
    if (u32(bytes, k) === 0x06054b50) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeader: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * How many bytes raw DEFLATE `data` inflates to, counting no further than `cap` (inflating stops
 * there, so a bomb costs no more than `cap` bytes of work). Null when the data is not valid DEFLATE.
 */
async function inflatedSize(data: Uint8Array, cap: number): Promise<number | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Not awaited: the reader below drains the output, which is what lets the writes complete.
  writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value?.length ?? 0;
      if (total >= cap) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    return null;
  }
}
