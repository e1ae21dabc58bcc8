import { judgeUrl, urlScheme } from './urls';
import { isOneOf } from '../records';

/**
 * Presentational components a body may use, by name. Empty on purpose: every component would need a
 * safe renderer (bodies are rendered as plain Markdown, where an unknown tag is raw HTML), an editor
 * component and a preview in the CMS. Markdown covers what a sheet needs (headings, lists, tables,
 * links, quotes). Adding a name here is not enough: the renderer must learn to render it first.
 */
export const allowedComponents: readonly string[] = [];

/** Tags refused with their own message because they run code, restyle or redirect the page, or post data. */
export const forbiddenTags = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta'] as const;

/** Attributes whose value is a URL that a browser follows or loads. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'srcset', 'ping']);

/** Rules a body can break; each has its own message. */
export type BodyRule =
  | 'syntax'
  | 'esm'
  | 'expression'
  | 'component'
  | 'forbidden-tag'
  | 'raw-html'
  | 'event-handler'
  | 'dynamic-attribute'
  | 'forbidden-url'
  | 'unknown-url'
  | 'misleading-url'
  | 'code-in-text';

/** A broken rule, at a line of the body (1-based), with what is wrong and how to fix it, in French. */
export interface BodyProblem {
  rule: BodyRule;
  line: number;
  problem: string;
  fix: string;
}

export const fixes = {
  markdown: 'écrivez ce passage en Markdown (titres ##, listes, tableaux, liens [texte](https://…)), sans HTML ni code.',
  remove: 'retirez ce code : le contenu d’une fiche est du texte, sans programme ni script.',
  url: 'faites un lien vers une adresse https://…, mailto:… ou une page du site (/pratiques/…).',
} as const;

/** An attribute as either reader gives it: a literal value, a `{computed}` value, or a `{...spread}`. */
export type ElementAttribute = { name: string; value: string; line: number } | { name: string; computed: true; line: number } | { spread: string; line: number };

/** Returns the problems of one element (JSX or raw HTML): its tag, then each attribute. */
export function checkElement(name: string | null, attributes: readonly ElementAttribute[], line: number): BodyProblem[] {
  const problems: BodyProblem[] = [tagProblem(name, line)].filter((p) => p !== undefined);
  for (const attribute of attributes) {
    if ('spread' in attribute) {
      problems.push({ rule: 'dynamic-attribute', line: attribute.line, problem: `attributs calculés « {${attribute.spread}} » interdits`, fix: fixes.remove });
      continue;
    }
    const attributeName = attribute.name.toLowerCase();
    if (attributeName.startsWith('on')) {
      problems.push({ rule: 'event-handler', line: attribute.line, problem: `attribut d’événement « ${attributeName} » interdit : il exécute du JavaScript`, fix: fixes.remove });
    } else if ('computed' in attribute) {
      problems.push({ rule: 'expression', line: attribute.line, problem: `valeur calculée entre accolades interdite pour l’attribut « ${attributeName} »`, fix: fixes.remove });
    } else if (urlAttributes.has(attributeName)) {
      const problem = urlProblem(attribute.value, `l’attribut « ${attributeName} »`, attribute.line);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

function tagProblem(name: string | null, line: number): BodyProblem | undefined {
  if (name === null) return { rule: 'component', line, problem: 'fragment JSX « <> » non permis', fix: fixes.markdown };
  if (allowedComponents.includes(name)) return undefined;
  const lower = name.toLowerCase();
  if (isOneOf(forbiddenTags, lower)) {
    return { rule: 'forbidden-tag', line, problem: `balise <${lower}> interdite`, fix: fixes.remove };
  }
  if (/^[a-z]/.test(name) && !name.includes('.')) {
    return { rule: 'raw-html', line, problem: `HTML brut non permis (balise <${lower}>)`, fix: fixes.markdown };
  }
  const allowed = allowedComponents.length > 0 ? `seuls ${allowedComponents.join(', ')} sont permis` : 'aucun composant n’est permis dans le corps';
  return { rule: 'component', line, problem: `composant <${name}> non permis (${allowed})`, fix: fixes.markdown };
}

/** Returns the problem with a URL found in `where` (« un lien », « une image »…), or undefined when it may be published. */
export function urlProblem(url: string, where: string, line: number): BodyProblem | undefined {
  const verdict = judgeUrl(url);
  if (verdict === 'forbidden') {
    return { rule: 'forbidden-url', line, problem: `adresse « ${urlScheme(url)}: » interdite dans ${where}`, fix: fixes.url };
  }
  if (verdict === 'unknown') {
    return { rule: 'unknown-url', line, problem: `adresse « ${urlScheme(url)}: » non permise dans ${where}`, fix: fixes.url };
  }
  if (verdict === 'misleading') {
    return {
      rule: 'misleading-url',
      line,
      problem: `adresse avec « …@ » avant le nom du site dans ${where} : elle mène en réalité au site écrit après le @`,
      fix: 'écrivez l’adresse du site seule, sans la partie qui finit par @, par exemple https://organisme.example/.',
    };
  }
  return undefined;
}

/** Returns whether free text (a link title, an alt text) carries markup or a script address. */
export function isCodeInText(text: string): boolean {
  return /<\s*\/?\s*[a-z!?]/i.test(text) || /\bon[a-z]+\s*=/i.test(text) || /\b(?:javascript|vbscript|data)\s*:/i.test(text);
}
