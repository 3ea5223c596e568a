// Packaging is tested like code: build, pack, then check the tarball the registry would get.
// 1. tsup entries equal the `exports` keys; 2. publint --strict; 3. attw; 4. an ESM `import`
// and a CJS `require` of every entry from a throw-away project that installs the tarball.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (name) => console.log(`\n▸ ${name}`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const exportKeys = Object.keys(pkg.exports).filter((k) => k !== './package.json');

step('tsup entries equal the exports keys');
const tsupConfig = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
const entryNames = [...tsupConfig.matchAll(/^\s+'?([\w/]+)'?: 'src\/[\w/]+\.ts',$/gm)].map(
  (m) => m[1],
);
const expected = exportKeys.map((k) => (k === '.' ? 'index' : `${k.slice(2)}/index`));
if (JSON.stringify([...entryNames].sort()) !== JSON.stringify([...expected].sort())) {
  throw new Error(
    `tsup entries ${entryNames.join(', ')} differ from exports ${expected.join(', ')}`,
  );
}
console.log(`  ${entryNames.join(', ')}`);

step('build');
run('npx', ['tsup', '--silent']);

step('pack');
const tmp = mkdtempSync(join(root, '.tmp-pack-'));
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp]));
  const tarball = join(tmp, packed[0].filename);
  console.log(`  ${packed[0].filename}: ${packed[0].size} bytes, ${packed[0].entryCount} files`);

  step('publint --strict');
  process.stdout.write(run('npx', ['publint', '--strict', tarball]));

  step('attw');
  process.stdout.write(
    run('npx', ['attw', '--pack', root, '--profile', 'node16', '--format', 'ascii']),
  );

  step('ESM import and CJS require from a fresh project');
  // The project sits inside the repository so that ordokit's own dependencies resolve from
  // the repository's node_modules; ordokit itself comes from the unpacked tarball only.
  const app = join(tmp, 'app');
  const dest = join(app, 'node_modules', 'ordokit');
  mkdirSync(dest, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1']);
  const specifiers = exportKeys.map((k) => (k === '.' ? 'ordokit' : `ordokit/${k.slice(2)}`));
  writeFileSync(join(app, 'package.json'), '{"name":"smoke","private":true}\n');
  writeFileSync(
    join(app, 'esm.mjs'),
    specifiers
      .map(
        (s, i) =>
          `import * as m${i} from '${s}';\n` +
          `if (Object.keys(m${i}).length === 0) throw new Error('${s}: no exports (ESM)');\n` +
          `console.log('  import ${s}: ' + Object.keys(m${i}).length + ' exports');`,
      )
      .join('\n') + '\n',
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    specifiers
      .map(
        (s, i) =>
          `const m${i} = require('${s}');\n` +
          `if (Object.keys(m${i}).length === 0) throw new Error('${s}: no exports (CJS)');\n` +
          `console.log('  require ${s}: ' + Object.keys(m${i}).length + ' exports');`,
      )
      .join('\n') + '\n',
  );
  process.stdout.write(run('node', ['esm.mjs'], app));
  process.stdout.write(run('node', ['cjs.cjs'], app));
  console.log('\npackage checks passed');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
