import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentFileError, decodeContentFile, fileNameProblem } from '../lib/content-file';
import { splitFrontMatter } from '../lib/front-matter';
import { bodyRulesVersion } from '../lib/safety/body-rules';
import { findUnsafeHtml } from '../lib/safety/rendered-html';
import { takenAddress } from '../lib/slugs';
import type { Field } from '../schema/fields';
import { bodySafetyProblems } from '../lib/validation/body';
import { checkSchema } from '../lib/validation/schema';
import { yamlLineFinder, type LineFinder } from '../lib/validation/yaml-lines';
import { formatProblem } from '../lib/validation/problem';
import { mapLimited } from '../lib/concurrency';
import { symlinkProblem } from '../lib/validation/uploads';

/** Thrown when files of a collection cannot be published; its message lists every file to fix, in French. */
export class ContentRejectedError extends Error {
  constructor(readonly messages: string[]) {
    const count = messages.length;
    super(`${count} problème${count > 1 ? 's' : ''} à corriger avant de publier (aucune page n’a été construite) :\n${messages.join('\n')}`);
    this.name = 'ContentRejectedError';
    // Contributors read this message: Astro prints a stack trace when there is one, and it would only get in the way.
    this.stack = '';
  }
}

/**
 * Loads the `*.<extension>` files of a folder. Bodies are rendered to HTML here, in the content layer,
 * and cached in Astro's data store by digest: an unchanged file is neither parsed nor rendered again,
 * and no page module is compiled per entry (a plain MDX collection compiles one per file).
 * Before rendering, each body passes the MDX safety rules (src/lib/safety/), the same the validator uses,
 * and the rendered HTML is checked again: any problem stops the build with a French message naming file and line.
 * @param options.fields the collection's field descriptors, checked with line numbers before Astro's own schema check
 * @param options.collection the collection's name, whose file names may not take an address the site already uses
 */
export function entriesLoader(options: { base: string; extension: string; fields?: readonly Field[]; collection?: string }): Loader {
  const base = options.base;
  const suffix = `.${options.extension}`;

  async function loadFile(context: LoaderContext, name: string) {
    const path = join(base, name);
    const filePath = relative(process.cwd(), path);
    if ((await lstat(path)).isSymbolicLink()) throw new ContentRejectedError([formatProblem(symlinkProblem(filePath))]);
    const text = decodeContentFile(await readFile(path), filePath);
    const id = name.slice(0, -suffix.length);
    const naming = fileNameProblem(name);
    if (naming) throw new ContentFileError(filePath, 'nom du fichier', naming.problem, naming.fix);
    const taken = options.collection ? takenAddress(options.collection, id) : undefined;
    if (taken) throw new ContentFileError(filePath, 'nom du fichier', `l’adresse ${taken} est déjà prise par le site`, 'donnez un autre nom à ce fichier.');
    // The rules' version is part of the digest, so a stricter rule re-checks files the cache had accepted.
    const digest = context.generateDigest(`${bodyRulesVersion}\n${text}`);
    const existing = context.store.get(id);
    if (existing?.digest === digest && existing.rendered) return id;
    const { data, body, bodyLine, yaml } = splitFrontMatter(text, filePath);
    // The validator's own checks, so the build says the same thing, at the same line, as `npm run validate`.
    // Line numbers are only needed for a problem: the finder is built on first use.
    let lines: LineFinder | undefined;
    const lineOf: LineFinder = (path) => (lines ??= yamlLineFinder(yaml, 2))(path);
    const checked = options.fields ? checkSchema(options.fields, data, filePath, lineOf) : undefined;
    const problems = [...(checked?.problems ?? []), ...bodySafetyProblems(body, filePath, bodyLine)].map(formatProblem);
    if (problems.length > 0) throw new ContentRejectedError(problems);
    // checkSchema parsed the data with the collection's own schema (src/content.config.ts): no second pass.
    const parsed = checked?.value ?? (await context.parseData({ id, data, filePath }));
    const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path) });
    const leaks = findUnsafeHtml(rendered.html);
    if (leaks.length > 0) {
      const problem = `le rendu contient du code interdit (${leaks.join(', ')})`;
      throw new ContentRejectedError([formatProblem({ severity: 'error', file: filePath, subject: 'corps du texte', problem, fix: 'écrivez ce passage en Markdown, sans HTML.' })]);
    }
    context.store.set({ id, data: parsed, body, filePath, digest, rendered });
    return id;
  }

  /** Loads a file; returns its id, or the French messages saying why it cannot be published. */
  async function tryLoadFile(context: LoaderContext, name: string): Promise<string | string[]> {
    try {
      return await loadFile(context, name);
    } catch (error) {
      if (error instanceof ContentRejectedError) return error.messages;
      if (error instanceof Error) return [error.message];
      throw error;
    }
  }

  return {
    name: 'carrefour-entries',
    load: async (context) => {
      const found = (await readdir(base, { withFileTypes: true })).filter((entry) => entry.name.endsWith(suffix));
      // A symbolic link would publish whatever it points to, maybe a file outside the repository: never followed.
      const links = found.filter((entry) => entry.isSymbolicLink()).map((entry) => formatProblem(symlinkProblem(relative(process.cwd(), join(base, entry.name)))));
      const names = found
        .filter((entry) => !entry.isSymbolicLink())
        .map((entry) => entry.name)
        .sort();
      // Names, sizes and modification times of every file: when none changed, no file is read at all.
      const stats = await mapLimited(names, 32, (name) => stat(join(base, name)));
      const tree = context.generateDigest([bodyRulesVersion, ...names.map((name, at) => `${name}\t${stats[at]!.size}\t${stats[at]!.mtimeMs}`)].join('\n'));
      const ids = names.map((name) => name.slice(0, -suffix.length));
      const unchanged = context.meta.get('tree') === tree && context.store.keys().length === ids.length && ids.every((id) => context.store.has(id));
      if (!unchanged) {
        // Files are read a few at a time (reading one after the other waits on each), their problems kept in name order.
        const results = await mapLimited(names, 8, (name) => tryLoadFile(context, name));
        const seen = new Set(results.filter((result) => typeof result === 'string'));
        const rejected = results.filter((result) => typeof result !== 'string').flat();
        // Every file is read before failing, so one build lists every problem of the collection.
        if (rejected.length > 0) throw new ContentRejectedError([...links, ...rejected]);
        for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
        context.meta.set('tree', tree);
      }
      if (links.length > 0) throw new ContentRejectedError(links);
      context.watcher?.on('all', (event, changed) => {
        if (!changed.startsWith(base) || !changed.endsWith(suffix)) return;
        const name = relative(base, changed);
        if (event === 'unlink') {
          context.store.delete(name.slice(0, -suffix.length));
          return;
        }
        void tryLoadFile(context, name).then((result) => {
          if (typeof result !== 'string') context.logger.error(result.join('\n'));
        });
      });
    },
  };
}
