// npm ci, unless node_modules already holds exactly what package-lock.json locks (a repeated local build):
// npm ci deletes and reinstalls node_modules every time (about a minute). The lock file's hash is kept in
// node_modules/.regiobesluit-lock.sha256 after a successful install.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const marker = 'node_modules/.regiobesluit-lock.sha256';
const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash) {
  console.log('aca-extension: node_modules matches package-lock.json; npm ci not needed');
} else {
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  const started = Date.now();
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', env });
  writeFileSync(marker, hash + '\n');
  console.log(`aca-extension: npm ci took ${Math.round((Date.now() - started) / 1000)} s`);
}
