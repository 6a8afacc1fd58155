// Child process for the folder test: reads FOLDER with the app's readArticleFolder and prints one
// JSON line: each article's name, byte count and problem (or the refusal's message). Run as an
// unprivileged user when the test runs as root, since root reads any file.
import { readArticleFolder } from '../../../../src/main/services/files';

const [folder] = process.argv.slice(2);
try {
  const files = await readArticleFolder(folder);
  process.stdout.write(JSON.stringify(files.map((f) => ({ name: f.name, bytes: f.bytes.length, problem: f.problem ?? null }))) + '\n');
} catch (error) {
  process.stdout.write(JSON.stringify((error as Error).message) + '\n');
}
