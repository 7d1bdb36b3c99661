// Builds the reader-facing assets into the Python package (src/rejoinder/web/static), so that
// `pip install` users get them without Node. `--check` rebuilds in memory and fails when the
// committed files differ from what the sources build to.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { LANGUAGES } from './src/widget/i18n.js';

const here = (path) => new URL(path, import.meta.url).pathname;
const OUT = here('../src/rejoinder/web/static/');
const common = { bundle: true, minify: true, write: false, legalComments: 'none', charset: 'utf8' };
const script = { ...common, format: 'iife', target: ['es2020'] };

async function bundle(entry, options = {}) {
  const result = await build({ ...options, entryPoints: [here(entry)] });
  return Buffer.from(result.outputFiles[0].contents);
}

// Every language must say everything English says, or readers get English mid-sentence.
const keys = (messages) =>
  Object.keys(messages).concat(
    Object.keys(messages.errors).map((k) => `errors.${k}`),
    Object.keys(messages.reasons).map((k) => `reasons.${k}`),
  );
for (const [code, messages] of Object.entries(LANGUAGES)) {
  const missing = keys(LANGUAGES.en).filter((key) => !keys(messages).includes(key));
  if (missing.length) throw new Error(`messages for "${code}" lack: ${missing.join(', ')}`);
}

const css = await bundle('src/widget.css', { ...common, target: ['chrome100', 'firefox100', 'safari15'] });
const widget = await bundle('src/widget/index.js', script);
// The loader asks for the widget by content hash, so the widget can be cached for a year.
const version = createHash('sha256').update(widget).update(css).digest('hex').slice(0, 12);
const files = {
  'widget.js': widget,
  'widget.css': css,
  'embed.js': await bundle('src/embed.js', { ...script, define: { __VERSION__: JSON.stringify(version) } }),
  'count.js': await bundle('src/count.js', script),
};

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [name, contents] of Object.entries(files)) {
    const committed = await readFile(OUT + name).catch(() => Buffer.alloc(0));
    if (!committed.equals(contents)) stale.push(name);
  }
  if (stale.length) {
    console.error(`stale built assets: ${stale.join(', ')}; run \`make assets\` and commit them`);
    process.exit(1);
  }
} else {
  await mkdir(OUT, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(OUT + name, contents);
  console.log(`built ${Object.keys(files).join(', ')} (widget ${version})`);
}
