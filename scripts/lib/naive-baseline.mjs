// The naive baseline: a plain Astro MDX collection (one compiled page per entry, one listing page),
// built from the same sheets as the real project, to compare build time, memory and page weight.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the baseline project into `dir`, reading sheets from `fichesDir`; returns `dir`. */
export function writeNaiveBaseline(projectRoot, dir, fichesDir) {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "naive-baseline", "private": true, "type": "module" }\n');
  // Vite's own cache apart from the project's (both would be node_modules/.vite through the link): sharing it
  // made each build pre-bundle the dependencies again for the other's configuration.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], outDir: process.env.BASELINE_OUT_DIR, cacheDir: process.env.BASELINE_CACHE_DIR, vite: { cacheDir: process.env.BASELINE_CACHE_DIR + '/vite' } });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { fiches: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(fichesDir)} }) }) };\n`,
  );
  const layout = (title, body) =>
    `<html lang="fr-CA"><head><meta charset="utf-8" /><title>${title}</title><style>body{font-family:system-ui;max-width:70ch;margin:auto}</style></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('fiches')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n${layout('{entry.data.title}', '<h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content />')}\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst entries = await getCollection('fiches');\n---\n${layout('Fiches', '<h1>Fiches</h1><ul>{entries.map((e) => <li><a href={`/${e.id}/`}>{e.data.title}</a></li>)}</ul>')}\n`,
  );
  return dir;
}
