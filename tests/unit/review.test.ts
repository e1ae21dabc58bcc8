import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toIsoDate } from '../../src/lib/dates';

const root = join(import.meta.dirname, '..', '..');
const repo = mkdtempSync(join(tmpdir(), 'carrefour-review-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'Comité', GIT_AUTHOR_EMAIL: 'comite@exemple.org', GIT_COMMITTER_NAME: 'Comité', GIT_COMMITTER_EMAIL: 'comite@exemple.org' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
let report: { status: number | null; output: string };

beforeAll(() => {
  // A fixture repository with real commits: the library on main, then a proposal on its own branch.
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(root, 'public'), join(repo, 'public'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Bibliothèque de départ');
  git('switch', '--quiet', '-c', 'proposition');
  const today = toIsoDate(new Date());
  const sheet = readFileSync(join(repo, 'content', 'fiches', 'mentorat-entre-pairs.mdx'), 'utf8');
  writeFileSync(
    join(repo, 'content', 'fiches', 'jardin-collectif.mdx'),
    sheet
      .replace(/^title: .*$/m, 'title: Un jardin collectif après l’école')
      .replace('  - perseverance-scolaire', '  - perseverence-scolaire')
      .replace(/^reviewed: .*$/m, `reviewed: ${today}`)
      .replace(/\n---\n[\s\S]*$/, '\n---\n## Contexte et besoins\n\nTexte.\n\n## Objectifs\n\n## Déroulement\n\nTexte.\n'),
  );
  const cafes = join(repo, 'content', 'fiches', 'cafes-parents-ados.mdx');
  writeFileSync(cafes, readFileSync(cafes, 'utf8').replace(/^title: .*$/m, 'title: Cafés-rencontres parents-ados, deuxième édition').replace(/^reviewed: .*$/m, `reviewed: ${today}`));
  unlinkSync(join(repo, 'content', 'modeles', 'politique-type-conciliation.mdx'));
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Une fiche ajoutée, une modifiée, un modèle retiré');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'review.ts'), '--base', 'main', '--site', 'https://apercu.exemple.org/'], { cwd: repo, encoding: 'utf8' });
  report = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 60_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run review -- --base main', () => {
  test('succeeds and prints one Markdown report', () => {
    expect(report.status).toBe(0);
    expect(report.output.startsWith('## Revue de la proposition')).toBe(true);
  });

  test('lists the entries added, changed and removed, with type, title and preview link, then the checks and the checklist', () => {
    expect(report.output).toMatchInlineSnapshot(`
      "## Revue de la proposition

      Comparée à \`main\`.

      ### Contenus touchés (3)

      | Changement | Type | Titre | Page |
      | --- | --- | --- | --- |
      | Modification | Fiche de pratique | Cafés-rencontres parents-ados, deuxième édition | [/pratiques/cafes-parents-ados/](https://apercu.exemple.org/pratiques/cafes-parents-ados/) |
      | Ajout | Fiche de pratique | Un jardin collectif après l’école | [/pratiques/jardin-collectif/](https://apercu.exemple.org/pratiques/jardin-collectif/) |
      | Retrait | Modèle | Politique type de conciliation études-travail | retirée du site |

      ### Vérifications automatiques

      ❌ 2 erreurs à corriger avant de publier :

      - content/fiches/conciliation-etudes-travail.mdx:23 — champ « Modèles liés » (relatedModels) : valeur inconnue « politique-type-conciliation », qui devrait désigner un modèle (content/modeles/). Correction : Vérifiez l’orthographe, ou créez d’abord cette entrée.
      - content/fiches/jardin-collectif.mdx:4 — champ « Thèmes » (themes) : valeur inconnue « perseverence-scolaire », qui devrait désigner un thème (content/taxonomies/themes.yml). Correction : Vouliez-vous dire « perseverance-scolaire » ?

      ⚠️ 1 avertissement à regarder, sans effet sur la publication :

      - content/fiches/jardin-collectif.mdx:36 — corps du texte : section « Objectifs » sans contenu. Correction : Écrivez quelques lignes sous ce titre, ou retirez-le.

      ### À vérifier en lisant

      - [ ] Les sections sont remplies avec du concret : durée, nombre de jeunes, qui anime, ce qui a moins bien marché.
      - [ ] Le niveau de preuve décrit honnêtement ce que l’organisme sait des effets (voir l’échelle des preuves).
      - [ ] Aucun jeune n’est nommé ni reconnaissable : pas de prénom, pas de détail qui l’identifie, aucun diagnostic.
      - [ ] Les partenaires sont nommés par leur organisation, les personnes seulement si elles l’ont accepté.
      - [ ] Chaque image a un texte de remplacement utile et ne montre aucun jeune reconnaissable sans autorisation écrite.
      - [ ] L’organisme a le droit de partager les documents joints, sous la licence indiquée.
      - [ ] La correction d’un contenu d’un autre organisme a reçu l’accord de cet organisme.
      - [ ] La date de révision est à jour si le contenu a changé.
      - [ ] Le texte se comprend dans une autre région : sigles expliqués, vocabulaire clair.

      "
    `);
  });
});
