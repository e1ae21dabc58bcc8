import type { Nodes, Root } from 'mdast';
import { checkElement, fixes, isCodeInText, urlProblem, type BodyProblem, type ElementAttribute } from './elements';
import { readTags } from './html-tags';
import { lineOf, parseMarkdown, parseMdx, walk } from './parse';

export { allowedComponents, type BodyProblem, type BodyRule } from './elements';

/**
 * The MDX safety rules, shared by the build (src/loaders/entries.ts) and the validator.
 * A body is read twice: under the MDX grammar, which names JSX, `{expressions}` and `import`/`export`
 * as such, and as plain Markdown, the way the site's renderer reads it, where raw HTML is `html`.
 * Returns every problem, sorted by line; an empty list means the body may be published.
 */
export function checkBody(body: string): BodyProblem[] {
  return mayBreakRules(body) ? checkBodyFully(body) : [];
}

/** checkBody without its shortcut: both readings, always (for tests that prove the shortcut safe). */
export function checkBodyFully(body: string): BodyProblem[] {
  const found = new Map<string, BodyProblem>();
  const add = (problem: BodyProblem) => found.set(`${problem.line}|${problem.rule}|${problem.problem}`, problem);
  const tags: TagsSeen = { opened: new Set(), closing: [] };
  const flagged = new Set<number>();
  for (const node of walk(parseMarkdown(body))) {
    const problems = node.type === 'html' ? htmlNodeProblems(node.value, lineOf(node), tags) : linkProblems(node);
    for (const problem of problems) add(problem);
    if (problems.length > 0 || node.type === 'html') for (let line = lineOf(node); line <= (node.position?.end.line ?? 0); line++) flagged.add(line);
  }
  // JSX and expressions need « < » or « { », and import/export start a line: without them the MDX reading finds nothing more.
  const mdx = /[<{]|^(?:import|export)\b/m.test(body) ? parseMdxPastErrors(body, flagged, tags, add) : undefined;
  if (mdx) for (const node of walk(mdx)) for (const problem of mdxNodeProblems(node, tags)) add(problem);
  // A closing tag is worth a message only when its opening tag got none (`</main>` alone can break the page).
  for (const { name, line } of tags.closing) {
    if (!tags.opened.has(name)) add({ rule: 'raw-html', line, problem: `HTML brut non permis (balise fermante </${name}>)`, fix: fixes.markdown });
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** How many MDX syntax errors one body may report before the rest of it is left unread. */
const maxSyntaxErrors = 20;

/**
 * Parses the body as MDX; on a syntax error, reports it and parses again with that line blanked, so a first
 * refused passage does not hide the next ones (`{entre 5 et 10 $}`, then `{process.exit()}`, then `import`).
 * Returns the tree of the body without its unreadable lines, or undefined when it cannot be read at all.
 */
function parseMdxPastErrors(body: string, flagged: ReadonlySet<number>, tags: TagsSeen, add: (problem: BodyProblem) => void): Root | undefined {
  const lines = body.split('\n');
  for (let attempt = 0; attempt < maxSyntaxErrors; attempt++) {
    try {
      return parseMdx(lines.join('\n'));
    } catch (error) {
      const syntax = syntaxProblem(error, body);
      // A line the Markdown reading already flagged has a precise message; the MDX grammar's complaint would only repeat it.
      if (!flagged.has(syntax.line)) {
        // Markdown may read a tag as text (`<svg/onload=…>`) where MDX sees code: name what the line holds.
        const text = body.split('\n')[syntax.line - 1] ?? '';
        const closingBefore = tags.closing.length;
        const hasTag = readTags(text).length > 0;
        const onLine = isAutolink(text) || !hasTag ? [] : htmlNodeProblems(text, syntax.line, tags);
        const isNamed = onLine.length > 0 || tags.closing.length > closingBefore;
        for (const problem of isNamed ? onLine : [withoutColumn(syntax)]) add(problem);
      }
      const index = syntax.line - 1;
      const line = lines[index];
      // Nothing left to blank on that line: the error lies elsewhere (an unclosed tag), stop here.
      if (line === undefined || line.trim() === '') return undefined;
      if (flagged.has(syntax.line)) {
        // Raw HTML the Markdown reading named already: its whole run of flagged lines is left out.
        let [start, end] = [index, index];
        while (flagged.has(start)) start--;
        while (flagged.has(end + 2)) end++;
        for (let at = start; at <= end; at++) lines[at] = '';
        continue;
      }
      const opener = openerBefore(line, syntax.column);
      // The sign that opened the code becomes a space (columns kept), so the rest of the line is read too.
      lines[index] = opener === undefined ? '' : `${line.slice(0, opener)} ${line.slice(opener + 1)}`;
    }
  }
  return undefined;
}

const allowedLinkSchemes = new Set(['https', 'http', 'mailto', 'tel']);

/**
 * Returns false only for a body in which no rule can find anything, so most sheets skip both parses
 * (they cost 10 ms or more per body, which a library of 10 000 sheets pays on every cold build).
 * Every rule needs one of: « < » (HTML, JSX), « { » (expressions), a line starting with import/export,
 * an entity or a backslash escape (which can hide a scheme), an event-handler-like `on…=`, a script
 * scheme, a link or definition whose address has a scheme outside https, http, mailto and tel, or a web
 * address with user info.
 */
export function mayBreakRules(body: string): boolean {
  if (/[<{}&\\]/.test(body) || /^\s*(?:import|export)\b/m.test(body)) return true;
  if (/\bon[a-z]+\s*=/i.test(body) || /\b(?:javascript|vbscript|data)\s*:/i.test(body)) return true;
  // A web address with user info (`https://site.example@evil.example/`), in a link, a definition or bare.
  if (/\bhttps?:\/\/[^\s/?#\\)\]>]*@/i.test(body)) return true;
  for (const match of body.matchAll(/\]\(\s*([a-z][a-z0-9+.-]*):|^ {0,3}\[[^\]\n]+\]:\s*([a-z][a-z0-9+.-]*):/gim)) {
    if (!allowedLinkSchemes.has((match[1] ?? match[2]!).toLowerCase())) return true;
  }
  return false;
}

/** Tag names opened anywhere in the body (lower case), and closing tags met in raw HTML. */
interface TagsSeen {
  opened: Set<string>;
  closing: { name: string; line: number }[];
}

const isAutolink = (text: string) => /<(?:https?|mailto):/i.test(text);

/** Problems shared by both readings: addresses and text of links, images and reference definitions. */
function linkProblems(node: Nodes): BodyProblem[] {
  if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return [];
  const [where, of] = ({ link: ['un lien', 'du lien'], image: ['une image', 'de l’image'], definition: ['une définition de lien', 'de la définition de lien'] } as const)[
    node.type
  ];
  const line = lineOf(node);
  const problems: BodyProblem[] = [];
  const url = urlProblem(node.url, where, line);
  if (url) problems.push(url);
  if (node.title && isCodeInText(node.title)) {
    problems.push({
      rule: 'code-in-text',
      line,
      problem: `le titre ${of} contient du code (« ${node.title.slice(0, 40)} »)`,
      fix: 'écrivez un titre en texte simple, sans balise ni adresse javascript:.',
    });
  }
  if (node.type === 'image' && node.alt && isCodeInText(node.alt)) {
    problems.push({
      rule: 'code-in-text',
      line,
      problem: `le texte de remplacement d’une image contient du code (« ${node.alt.slice(0, 40)} »)`,
      fix: 'décrivez l’image en texte simple.',
    });
  }
  return problems;
}

/** Returns the problems of a piece of raw HTML starting at line `start`; closing tags are noted in `tags` for later. */
function htmlNodeProblems(html: string, start: number, tags: TagsSeen): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let hasClosing = false;
  for (const tag of readTags(html)) {
    const line = start + (html.slice(0, tag.offset).match(/\n/g)?.length ?? 0);
    if (tag.kind === 'comment')
      problems.push({ rule: 'raw-html', line, problem: 'commentaire HTML « <!-- --> » non permis', fix: 'retirez-le : un commentaire reste lisible dans le code de la page.' });
    if (tag.kind === 'other') problems.push({ rule: 'raw-html', line, problem: `balisage HTML non permis (« ${html.slice(tag.offset, tag.offset + 12)} »)`, fix: fixes.markdown });
    if (tag.kind === 'close') {
      tags.closing.push({ name: tag.name.toLowerCase(), line });
      hasClosing = true;
    }
    if (tag.kind !== 'open') continue;
    tags.opened.add(tag.name.toLowerCase());
    const attributes = tag.attributes.map((attribute): ElementAttribute => ({ ...attribute, line }));
    problems.push(...checkElement(tag.name, attributes, line));
  }
  if (problems.length === 0 && !hasClosing && html.trim() !== '') {
    problems.push({ rule: 'raw-html', line: start, problem: `HTML brut non permis (« ${html.trim().slice(0, 30)} »)`, fix: fixes.markdown });
  }
  return problems;
}

function mdxNodeProblems(node: Nodes, tags: TagsSeen): BodyProblem[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ rule: 'esm', line, problem: `« ${node.value.trim().split(/\s/)[0]} » interdit : le corps ne peut ni charger ni exposer de code`, fix: fixes.remove }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        {
          rule: 'expression',
          line,
          problem: `expression JavaScript entre accolades interdite (« {${node.value.replace(/\s+/g, ' ').trim().slice(0, 40)}} »)`,
          fix: 'retirez les accolades ; pour afficher une accolade, écrivez \\{.',
        },
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (node.name) tags.opened.add(node.name.toLowerCase());
      const attributes = node.attributes.map((attribute): ElementAttribute => {
        const at = lineOf(attribute);
        if (attribute.type === 'mdxJsxExpressionAttribute') return { spread: attribute.value.trim(), line: at };
        if (attribute.value !== null && typeof attribute.value === 'object') return { name: attribute.name, computed: true, line: at };
        return { name: attribute.name, value: attribute.value ?? '', line: at };
      });
      return checkElement(node.name, attributes, line);
    }
    default:
      return linkProblems(node);
  }
}

const withoutColumn = ({ column: _column, ...problem }: SyntaxProblem): BodyProblem => problem;

/** Returns the index of the last « { » or « < » at or before a 1-based column of a line, or undefined when none. */
function openerBefore(line: string, column: number | undefined): number | undefined {
  const before = line.slice(0, column ?? line.length);
  const index = Math.max(before.lastIndexOf('{'), before.lastIndexOf('<'));
  return index >= 0 ? index : undefined;
}

/** A syntax problem, with the column the MDX grammar gave (to find the sign that opened the code). */
type SyntaxProblem = BodyProblem & { column?: number | undefined };

function syntaxProblem(error: unknown, body: string): SyntaxProblem {
  const place = error as { line?: number; column?: number; reason?: string };
  // Some MDX errors carry their place only in their text: « Expected a closing tag for `<base>` (5:1-5:37) ».
  const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(place.reason ?? '');
  const line = place.line ?? (inReason ? Number(inReason[1]) : 1);
  const column = place.column ?? (inReason ? Number(inReason[2]) : undefined);
  const text = body.split('\n')[line - 1] ?? '';
  const opener = openerBefore(text, column);
  if (opener !== undefined && text[opener] === '{') {
    const end = text.indexOf('}', opener);
    const quoted = text.slice(opener, end < 0 ? opener + 40 : Math.min(end + 1, opener + 40));
    return {
      rule: 'syntax',
      line,
      column,
      problem: `accolades non permises (« ${quoted} ») : le corps les lit comme du code JavaScript`,
      fix: 'pour afficher une accolade telle quelle, écrivez \\{ ; sinon, retirez les accolades.',
    };
  }
  return {
    rule: 'syntax',
    line,
    column,
    problem: `un « < » ou un « { » ouvre ici du code${column ? ` (colonne ${column})` : ''}, que le corps ne peut pas contenir`,
    fix: isAutolink(text)
      ? 'écrivez le lien sous la forme [texte](https://…), ou l’adresse seule, sans les signes < et >.'
      : 'écrivez en Markdown ; pour afficher < ou { tels quels, écrivez \\< ou \\{.',
  };
}

/**
 * Bump when a rule becomes stricter: the build's cache then re-checks every file it had accepted.
 * 2: invisible characters refused in fields and bodies (src/lib/safety/characters.ts), web addresses with user info in bodies.
 */
export const bodyRulesVersion = 2;
