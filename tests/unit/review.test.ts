import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toIsoDate } from '../../src/lib/dates';
import { runReview as runReviewCommand } from '../../scripts/lib/review-command';
import { captureCommand } from './command-output';

const root = join(import.meta.dirname, '..', '..');
const repo = mkdtempSync(join(tmpdir(), 'carrefour-review-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'Comité', GIT_AUTHOR_EMAIL: 'comite@exemple.org', GIT_COMMITTER_NAME: 'Comité', GIT_COMMITTER_EMAIL: 'comite@exemple.org' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
let report: { status: number | null; output: string };

/** Runs the review script in its own process (tsx) in the fixture repository, with only the site addresses given here. */
function runReviewScript(args: string[], siteEnv: Record<string, string> = {}) {
  const { SITE_URL: _site, PREVIEW_URL: _preview, ...cleanEnv } = process.env;
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'review.ts'), '--base', 'main', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...cleanEnv, ...siteEnv },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs the review in-process, as `npm run review -- --base main` would in the fixture repository, with only the site addresses given here. */
function runReview(args: string[], siteEnv: Record<string, string> = {}) {
  const { SITE_URL: _site, PREVIEW_URL: _preview, ...cleanEnv } = process.env;
  return captureCommand((print) => runReviewCommand({ root: repo, args: ['--base', 'main', ...args], env: { ...cleanEnv, ...siteEnv }, print }));
}
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(repo, file), change(readFileSync(join(repo, file), 'utf8')));

beforeAll(() => {
  // A fixture repository with real commits: the library on main, then a proposal on its own branch.
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(root, 'public'), join(repo, 'public'), { recursive: true });
  // Uploads of the fixture: one shared by two sheets (a field and a body link), one image, one file nobody uses.
  writeFileSync(join(repo, 'public', 'fichiers', 'fiches', 'commun.pdf'), '%PDF-1.4 version 1\n');
  writeFileSync(join(repo, 'public', 'fichiers', 'fiches', 'orphelin.pdf'), '%PDF-1.4 orphelin\n');
  writeFileSync(join(repo, 'public', 'images', 'fiches', 'vieux.png'), 'png');
  edit('content/fiches/mentorat-entre-pairs.mdx', (text) =>
    text.replace(/^published: /m, 'attachments:\n  - title: Document commun\n    file: /fichiers/fiches/commun.pdf\npublished: '),
  );
  edit(
    'content/fiches/stages-d-un-jour.mdx',
    (text) => `${text.trimEnd()}\n- Le [document commun](/fichiers/fiches/commun.pdf) et le plan : ![Plan du local](/images/fiches/vieux.png)\n`,
  );
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Bibliothèque de départ');
  git('switch', '--quiet', '-c', 'proposition');
  const today = toIsoDate(new Date());
  const sheet = readFileSync(join(repo, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
  writeFileSync(
    join(repo, 'content', 'fiches', 'jardin-collectif.mdx'),
    sheet
      .replace(/^title: .*$/m, 'title: Un jardin <img src=x onerror=alert(1)> [collectif](https://mal.example)')
      .replace('  - perseverance-scolaire', '  - perseverence-scolaire')
      .replace(/^reviewed: .*$/m, `reviewed: ${today}`)
      .replace(/\n---\n[\s\S]*$/, '\n---\n## Contexte et besoins\n\nTexte <span>mis en valeur</span>.\n\n## Objectifs\n\n## Déroulement\n\nTexte.\n'),
  );
  edit('content/fiches/cafes-parents-ados.mdx', (text) =>
    text
      .replace(/^title: .*$/m, 'title: Cafés-rencontres parents-ados, deuxième édition')
      .replace(/^evidence: .*$/m, 'evidence: pratique-evaluee')
      .replace(/^reviewed: .*$/m, 'reviewed: 2026-01-15')
      .replace(/^## Objectifs$/m, '## Objectifs\n\nUne ligne ajoutée.')
      .replace(/^(## Défis et adaptations\n)[\s\S]*?(\n## Pour en savoir plus)/m, '$1$2'),
  );
  unlinkSync(join(repo, 'content', 'modeles', 'politique-type-conciliation.mdx'));
  writeFileSync(join(repo, 'public', 'fichiers', 'fiches', 'commun.pdf'), '%PDF-1.4 version 2\n');
  unlinkSync(join(repo, 'public', 'images', 'fiches', 'vieux.png'));
  unlinkSync(join(repo, 'public', 'fichiers', 'fiches', 'orphelin.pdf'));
  mkdirSync(join(repo, 'public', 'fichiers', 'fiches', 'jardin-collectif'));
  writeFileSync(join(repo, 'public', 'fichiers', 'fiches', 'jardin-collectif', 'plan.pdf'), '%PDF-1.4 plan\n');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Une fiche ajoutée, une modifiée, un modèle retiré, des fichiers remplacés et supprimés');
  // The one run in its own process: the other tests call the same function in-process.
  report = runReviewScript(['--site', 'https://apercu.exemple.org/']);
}, 60_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run review -- --base main', () => {
  test('succeeds and prints one Markdown report', () => {
    expect(report.status).toBe(0);
    expect(report.output.startsWith('## Revue de la proposition')).toBe(true);
  });

  test('lists the entries with their changed fields, then the uploaded files and the published entries that still use them', () => {
    expect(report.output.slice(0, report.output.indexOf('### Vérifications automatiques'))).toMatchInlineSnapshot(`
      "## Revue de la proposition

      Comparée à \`main\`.

      ### Contenus touchés (3)

      | Changement | Type | Titre | Page |
      | --- | --- | --- | --- |
      | Modification | Fiche de pratique | Cafés-rencontres parents-ados, deuxième édition | [/pratiques/cafes-parents-ados/](https://apercu.exemple.org/pratiques/cafes-parents-ados/) |
      | Ajout | Fiche de pratique | Un jardin &lt;img src=x onerror=alert(1)&gt; \\[collectif\\](https:\u2060//mal.example) | [/pratiques/jardin-collectif/](https://apercu.exemple.org/pratiques/jardin-collectif/) |
      | Retrait | Modèle | Politique type de conciliation études-travail | retirée du site |

      ### Détail des changements

      **Modification : Cafés-rencontres parents-ados, deuxième édition** (\`content/fiches/cafes-parents-ados.mdx\`)

      - Niveau de preuve : « Pratique évaluée » · Organisme : « Cap Réussite »
      - Contenu de l’organisme « Cap Réussite » : si la proposition vient d’un autre organisme, demandez-lui son accord avant de publier.
      - Titre : « Cafés-rencontres parents-ados » → « Cafés-rencontres parents-ados, deuxième édition »
      - Niveau de preuve : « Pratique documentée » → « Pratique évaluée »
      - Dernière révision : « 2025-09-08 » → « 2026-01-15 »
      - Corps modifié (2 lignes)
      - ⚠️ Sections vidées : « Défis et adaptations »

      **Ajout : Un jardin &lt;img src=x onerror=alert(1)&gt; \\[collectif\\](https:\u2060//mal.example)** (\`content/fiches/jardin-collectif.mdx\`)

      - Niveau de preuve : « Pratique évaluée » · Organisme : « Trajectoire Jeunesse »

      ### Fichiers joints et images (4)

      | Changement | Fichier | Contenus publiés qui y renvoient |
      | --- | --- | --- |
      | Remplacement | \`public/fichiers/fiches/commun.pdf\` | « Mentorat entre pairs au secondaire » et « Stages d’un jour en entreprise » |
      | Ajout | \`public/fichiers/fiches/jardin-collectif/plan.pdf\` | — |
      | Suppression | \`public/fichiers/fiches/orphelin.pdf\` | — |
      | Suppression | \`public/images/fiches/vieux.png\` | « Stages d’un jour en entreprise » |

      ⚠️ **Attention** : \`public/fichiers/fiches/commun.pdf\` est remplacé ; il sert aussi à « Mentorat entre pairs au secondaire » et « Stages d’un jour en entreprise », déjà en ligne, qui montreront le nouveau fichier.

      ⚠️ **Attention** : \`public/images/fiches/vieux.png\` est supprimé, mais « Stages d’un jour en entreprise » y renvoie encore : son lien sera brisé.

      "
    `);
  });

  test('lists the errors of the whole library and the warnings of the changed files, then the checklist', () => {
    expect(report.output).toMatch(/^❌ \d+ erreurs à corriger avant de publier :$/m);
    expect(report.output).toMatch(
      /^- `content\/fiches\/conciliation-etudes-travail\.mdx:\d+` — champ « Modèles liés » \(relatedModels\) : valeur inconnue « politique-type-conciliation », qui devrait désigner un modèle \(content\/modeles\/\)\. Correction : Vérifiez l’orthographe, ou créez d’abord cette entrée\.$/m,
    );
    expect(report.output).toMatch(
      /^- `content\/fiches\/jardin-collectif\.mdx:\d+` — champ « Thèmes » \(themes\) : valeur inconnue « perseverence-scolaire », .* Correction : Vouliez-vous dire « perseverance-scolaire » \?$/m,
    );
    expect(report.output).toMatch(/^- `content\/fiches\/jardin-collectif\.mdx:\d+` — corps du texte : section « Objectifs » sans contenu\. /m);
    expect(report.output).toMatch(/^- `content\/fiches\/stages-d-un-jour\.mdx:\d+` — corps du texte : image « \/images\/fiches\/vieux\.png » introuvable dans public\/\. /m);
    expect(report.output).toMatch(/### À vérifier en lisant\n\n(- \[ \] .+\n){9}\s*$/);
  });

  test('shows a tag named in a problem, and a title made of markup, as text', () => {
    expect(report.output).toMatch(/^- `content\/fiches\/jardin-collectif\.mdx:\d+` — corps du texte : .*&lt;span&gt;/m);
    expect(report.output).toContain('| Ajout | Fiche de pratique | Un jardin &lt;img src=x onerror=alert(1)&gt; \\[collectif\\](https:\u2060//mal.example) |');
    expect(report.output).not.toMatch(/<(img|span)/);
  });

  test('links pages on SITE_URL when no preview address is given, and gives paths alone without any address', () => {
    const withSite = runReview([], { SITE_URL: 'https://carrefour.exemple.org' });
    expect(withSite.output).toContain('| [/pratiques/cafes-parents-ados/](https://carrefour.exemple.org/pratiques/cafes-parents-ados/) |');
    const withoutSite = runReview([]);
    expect(withoutSite.output).toContain('| `/pratiques/cafes-parents-ados/` |');
    expect(runReview(['--site', 'javascript:alert(1)']).status).toBe(2);
  });

  test('reads the library where CARREFOUR_CONTENT_DIR says, absolute path included, and stops in French on a folder it cannot read', () => {
    const absolute = runReview([], { CARREFOUR_CONTENT_DIR: join(repo, 'content') });
    expect(absolute.status).toBe(0);
    expect(absolute.output).toMatch(/^- `content\/fiches\/jardin-collectif\.mdx:\d+` — corps du texte : section « Objectifs » sans contenu\. /m);
    const missing = runReview([], { CARREFOUR_CONTENT_DIR: 'absent' });
    expect(missing.status).toBe(2);
    expect(missing.output).toMatch(/^absent — dossier du contenu : dossier introuvable\. Correction : /);
  });
});
