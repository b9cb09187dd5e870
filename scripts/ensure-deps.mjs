// Installs the npm packages when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale && existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink()) {
  // A checkout sharing another's packages (a git worktree): `npm ci` would empty that other checkout's node_modules.
  console.log('node_modules is a link to packages installed elsewhere: not reinstalling them here.');
} else if (stale) {
  console.log('Installing npm packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
