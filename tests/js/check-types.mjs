// Type-checks the README examples of the npm package with `tsc --noEmit`
// against the package's public declarations (index.d.ts, types.d.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '../../bindings/js');
const build = join(here, 'build/ts');
rmSync(build, { recursive: true, force: true });
mkdirSync(build, { recursive: true });

const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length < 2) throw new Error('expected a Node and a browser example in the README');
blocks.forEach((code, i) => writeFileSync(join(build, `readme-${i}.ts`), `${code}\nexport {};\n`));

// The public .d.ts must not fall back to `any`.
for (const file of ['index.d.ts', 'types.d.ts']) {
  const text = readFileSync(join(pkg, file), 'utf8');
  if (/\bany\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) {
    throw new Error(`${file} uses \`any\``);
  }
}

writeFileSync(
  join(build, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'es2022',
      module: 'es2022',
      moduleResolution: 'bundler',
      lib: ['es2022', 'dom'],
      types: [],
      baseUrl: '.',
      paths: { iso9001: [join(pkg, 'index.d.ts')] },
    },
    include: ['*.ts'],
  }),
);
execFileSync(process.execPath, [join(here, 'node_modules/typescript/bin/tsc'), '-p', build], {
  stdio: 'inherit',
});
console.log(`type-checked ${blocks.length} README examples`);
