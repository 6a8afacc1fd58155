// npm run start:web: builds the web renderer if needed and serves out/web on localhost.
// `npm run start:web -- --port 8080` picks the port (default 5180).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 5180);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start:web: '${process.argv[portArg + 1]}' is not a port number.`);
  process.exit(2);
}
if (!existsSync('out/web/index.html')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--only', 'web'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { url } = await serveStatic('out/web', port);
console.log(`Verso (web) is at ${url}  (Ctrl+C to stop)`);
