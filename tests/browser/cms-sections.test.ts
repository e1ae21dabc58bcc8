import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { axeTags } from './axe';
import { changedLines, fillSheetFields, poll, useCmsStack, waitForDraft } from './cms-harness';
import { root } from '../build/site';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { fiches } from '../../src/schema/collections';

/**
 * The body of a sheet as one text area per section: the built /admin/ in Chromium, decap-server (Git mode)
 * on a throw-away clone, as in tests/browser/cms.test.ts.
 */

const title = 'Sorties culturelles du samedi';
const slug = 'sorties-culturelles-du-samedi';
/** A sheet that lacks one of the template's sections in the clone. */
const olderSheet = 'content/fiches/mentorat-entre-pairs.mdx';
const screenshots = join(root, 'test-results', 'screenshots');

const cms = useCmsStack({
  prepare(repo) {
    // An older sheet, without its « Résultats observés » section, committed before decap-server starts.
    const sheet = readFileSync(join(repo.dir, olderSheet), 'utf8');
    writeFileSync(join(repo.dir, olderSheet), sheet.slice(0, sheet.indexOf('## Résultats observés')) + sheet.slice(sheet.indexOf('## Défis et adaptations')));
    repo.git('commit', '--quiet', '-am', 'Une fiche sans « Résultats observés »');
  },
});
const { problems } = cms;
let page: Page;

beforeAll(async () => {
  page = await cms.openTab();
});

/** The label, the hint and the text of each section's text area, in the page's order. */
function sectionAreas() {
  return page.locator('.carrefour-sections textarea').evaluateAll((areas) =>
    (areas as HTMLTextAreaElement[]).map((area) => ({
      label: area.labels?.[0]?.textContent ?? '',
      hint: (area.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(''),
      value: area.value,
    })),
  );
}

describe('the body of a sheet, one text area per section', () => {
  test('a new sheet shows seven labelled text areas, each with the formatting hint, in the template’s order', async () => {
    await cms.signIn(page);
    await page.goto(`${cms.url}/admin/#/collections/fiches/new`);
    await poll(() => page.locator('.carrefour-sections textarea').count()).toBe(7);
    const areas = await sectionAreas();
    expect(areas.map((area) => area.label)).toEqual(fiches.bodySections);
    for (const area of areas) {
      expect(area.value).toBe('');
      expect(area.hint).toContain('« - » pour une liste');
      expect(area.hint).toContain('« [texte du lien](https://…) » pour un lien');
    }
    // axe finds nothing to fix in the body editor (Decap's own form around it is not held to the check here).
    const axe = await new AxeBuilder({ page }).include('.carrefour-sections').withTags(axeTags).analyze();
    expect(axe.passes.length).toBeGreaterThan(0);
    expect(axe.violations.map((violation) => `${violation.id} : ${violation.nodes.map((node) => node.target.join(' > ')).join(', ')}`)).toEqual([]);
    // Every template section is there: nothing to add back.
    expect(await page.getByRole('button', { name: /^Ajouter « / }).count()).toBe(0);
    // The text areas are reached with the keyboard, one after the other.
    await page.getByLabel('Contexte et besoins', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent)).toBe('Objectifs');
  });

  test('a text area grows with its text, and fits a 320 px wide screen', async () => {
    const area = page.getByLabel('Déroulement', { exact: true });
    const before = (await area.boundingBox())!.height;
    await area.fill(Array.from({ length: 12 }, (_, i) => `- Étape ${i + 1}`).join('\n'));
    await poll(async () => (await area.boundingBox())!.height).toBeGreaterThan(before * 2);
    expect(await area.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    await area.fill('');

    await page.setViewportSize({ width: 320, height: 800 });
    try {
      mkdirSync(screenshots, { recursive: true });
      await page.getByLabel('Objectifs', { exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, 'cms-sections-320.png') });
      // Decap's editor is wider than a phone; within the room it gives the body, nothing sticks out.
      const fit = await page.locator('.carrefour-sections').evaluate((group) => {
        const right = group.getBoundingClientRect().right;
        return {
          overflows: group.scrollWidth > group.clientWidth,
          areasInside: [...group.querySelectorAll('textarea, label, p, button')].every((element) => element.getBoundingClientRect().right <= right + 0.5),
          areasScroll: [...group.querySelectorAll('textarea')].some((area) => area.scrollWidth > area.clientWidth),
        };
      });
      expect(fit).toEqual({ overflows: false, areasInside: true, areasScroll: false });
    } finally {
      await page.setViewportSize({ width: 1400, height: 1000 });
    }
  });

  test('filling three sections and saving writes the body with every heading, in order', async () => {
    await fillSheetFields(page, {
      title,
      summary: 'Des jeunes de 14 à 17 ans visitent un musée, une salle de spectacle ou une bibliothèque un samedi par mois, avec un intervenant de l’organisme.',
    });
    await page.getByLabel('Contexte et besoins', { exact: true }).fill('Peu de jeunes du quartier sont déjà allés au musée.\n\nLes sorties leur ouvrent la ville.');
    await page.getByLabel('Objectifs', { exact: true }).fill('- Découvrir des lieux culturels\n- Parler de ce qu’on a vu');
    await page.getByLabel('Pour en savoir plus', { exact: true }).fill('Voir [Cap Réussite](/organismes/cap-reussite-rimouski/).');
    // The preview shows the joined body.
    await poll(() => page.frameLocator('#preview-pane').getByRole('heading', { name: 'Objectifs' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const saved = await waitForDraft(cms.repo, `cms/fiches/${slug}`, `content/fiches/${slug}.mdx`);
    expect(splitFrontMatter(saved, slug).body).toBe(
      [
        '## Contexte et besoins',
        '',
        'Peu de jeunes du quartier sont déjà allés au musée.',
        '',
        'Les sorties leur ouvrent la ville.',
        '',
        '## Objectifs',
        '',
        '- Découvrir des lieux culturels',
        '- Parler de ce qu’on a vu',
        '',
        '## Déroulement',
        '',
        '',
        '## Conditions de réussite',
        '',
        '',
        '## Résultats observés',
        '',
        '',
        '## Défis et adaptations',
        '',
        '',
        '## Pour en savoir plus',
        '',
        'Voir [Cap Réussite](/organismes/cap-reussite-rimouski/).',
        '',
      ].join('\n'),
    );
  });

  test('changing one section of an existing sheet changes only its lines in the saved draft', async () => {
    const path = 'content/fiches/cafes-parents-ados.mdx';
    const before = cms.repo.show('main', path)!;
    page = await cms.openTab('/admin/#/collections/fiches/entries/cafes-parents-ados');
    const objectives = page.getByLabel('Objectifs', { exact: true });
    await poll(() => objectives.inputValue()).toContain('Renforcer le sentiment de compétence des parents face au secondaire.');
    // Nothing else is shown as a section of its own, and no template section is missing.
    expect((await sectionAreas()).map((area) => area.label)).toEqual(fiches.bodySections);
    const text = await objectives.inputValue();
    await objectives.fill(
      text.replace(
        '- Faire connaître aux familles les ressources de l’école et du quartier.',
        '- Faire connaître aux familles les ressources de l’école, du quartier et de la ville.',
      ),
    );
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const after = await waitForDraft(cms.repo, 'cms/fiches/cafes-parents-ados', path, before);
    expect(changedLines(cms.repo, 'cms/fiches/cafes-parents-ados', path)).toEqual([
      '-- Faire connaître aux familles les ressources de l’école et du quartier.',
      '+- Faire connaître aux familles les ressources de l’école, du quartier et de la ville.',
    ]);
    expect(after).toBe(before.replace('de l’école et du quartier.', 'de l’école, du quartier et de la ville.'));
  });

  test('a section missing from an older sheet can be added back, in the template’s place', async () => {
    const before = cms.repo.show('main', olderSheet)!;
    page = await cms.openTab('/admin/#/collections/fiches/entries/mentorat-entre-pairs');
    const add = page.getByRole('button', { name: 'Ajouter « Résultats observés »' });
    await poll(() => add.count()).toBe(1);
    expect((await sectionAreas()).map((area) => area.label)).toEqual(fiches.bodySections.filter((heading) => heading !== 'Résultats observés'));
    await add.click();
    // The new text area takes the focus, between its neighbours, and the button goes away.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent)).toBe('Résultats observés');
    expect((await sectionAreas()).map((area) => area.label)).toEqual(fiches.bodySections);
    expect(await add.count()).toBe(0);
    await page.keyboard.insertText('Neuf jeunes sur dix ont terminé leur année.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const after = await waitForDraft(cms.repo, 'cms/fiches/mentorat-entre-pairs', olderSheet, before);
    expect(after).toBe(before.replace('## Défis et adaptations', '## Résultats observés\n\nNeuf jeunes sur dix ont terminé leur année.\n\n## Défis et adaptations'));
  });

  test('editing another organization’s sheet says whose it is and which sections the edit empties; the review report names both', async () => {
    const path = 'content/fiches/stages-d-un-jour.mdx';
    const branch = 'cms/fiches/stages-d-un-jour';
    const before = cms.repo.show('main', path)!;
    page = await cms.openTab('/admin/#/collections/fiches/entries/stages-d-un-jour');
    const notice = page.locator('.carrefour-edit-notice');
    await poll(() => notice.innerText()).toBe(
      'Ce contenu est celui de l’organisme « Le Pont » : si vous n’en faites pas partie, le comité lui demandera son accord avant de publier.',
    );
    await page.getByLabel('Objectifs', { exact: true }).fill('');
    await page.getByLabel('Résultats observés', { exact: true }).fill('');
    await poll(() => notice.innerText()).toContain('Sections vidées par vos changements : « Objectifs », « Résultats observés ».');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await waitForDraft(cms.repo, branch, path, before);
    // The committee's report on that draft, from a clone of its own: decap-server checks out the draft's branch
    // in the first clone, which a worktree holding that branch would forbid.
    const checkout = join(cms.repo.dir, '..', 'revue');
    execFileSync('git', ['clone', '--quiet', '--branch', branch, cms.repo.dir, checkout]);
    const review = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'review.ts'), '--base', 'origin/main'], { cwd: checkout, encoding: 'utf8' });
    expect(review.stderr).toBe('');
    expect(review.stdout).toContain('- Contenu de l’organisme « Le Pont » : si la proposition vient d’un autre organisme, demandez-lui son accord avant de publier.');
    expect(review.stdout).toContain('- ⚠️ Sections vidées : « Objectifs », « Résultats observés »');
  });

  test('logged no JavaScript error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
