// Child process for the interrupted-save test: writes SIZE bytes to TARGET with writeFileAtomic
// and, with MODE "pause", stops for good after the data is flushed and before the rename, telling
// the parent so it can kill it at exactly that moment.
import { writeFileAtomic } from '../../../../src/main/services/files';

const [target, size, mode] = process.argv.slice(2);
const payload = new Uint8Array(Number(size)).fill(0x6e); // "n": new content
await writeFileAtomic(target, payload, {
  beforeRename:
    mode === 'pause'
      ? (temp) => {
          process.stdout.write(`flushed ${temp}\n`);
          return new Promise(() => undefined);
        }
      : undefined,
});
process.stdout.write('done\n');
