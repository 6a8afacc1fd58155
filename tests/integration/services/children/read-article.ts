// Child process for the permission test: reads PATH with the app's readArticleFile and prints one
// JSON line, the refusal's message (or "read" when the file was read). Run as an unprivileged user
// when the test runs as root, since root reads any file.
import { readArticleFile } from '../../../../src/main/services/files';

const [path] = process.argv.slice(2);
try {
  await readArticleFile(path);
  process.stdout.write(JSON.stringify('read') + '\n');
} catch (error) {
  process.stdout.write(JSON.stringify((error as Error).message) + '\n');
}
