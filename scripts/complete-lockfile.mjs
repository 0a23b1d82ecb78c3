// The npm registry reachable from our machines lacks some platform builds that Astro's
// compiler and Pagefind list as optional dependencies (e.g. @pagefind/darwin-arm64@1.6.0),
// so npm leaves them out of package-lock.json and `npm ci` then refuses the lockfile.
// This adds each missing optional package as a platform-only entry (os/cpu set, nothing
// to download on Linux x64), which is what npm writes when the registry has them.
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = [
  [/android-arm64/u, { os: ['android'], cpu: ['arm64'] }],
  [/darwin-arm64/u, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-x64/u, { os: ['darwin'], cpu: ['x64'] }],
  [/freebsd-x64/u, { os: ['freebsd'], cpu: ['x64'] }],
  [/linux-arm64-gnu/u, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/linux-arm64-musl/u, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-arm64$/u, { os: ['linux'], cpu: ['arm64'] }],
  [/linux-x64-musl/u, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/wasm32-wasi/u, { cpu: ['wasm32'] }],
  [/(win32|windows)-arm64/u, { os: ['win32'], cpu: ['arm64'] }],
  [/(win32|windows)-x64/u, { os: ['win32'], cpu: ['x64'] }],
];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const path = `node_modules/${name}`;
    if (lock.packages[path]) continue;
    const platform = PLATFORMS.find(([pattern]) => pattern.test(name));
    if (!platform) throw new Error(`${key}: optional ${name} is missing and its platform is unknown`);
    lock.packages[path] = { version, optional: true, ...platform[1] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform-only entries`);
