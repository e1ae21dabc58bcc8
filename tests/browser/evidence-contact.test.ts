import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { desktop, phone } from './layout-checks';

const browser = useBrowser();

/** Returns the distinct left edges of the organization cards of /organismes/, i.e. its columns. */
async function cardColumns(options: typeof phone) {
  const page = await browser.open('/organismes/', options);
  const lefts = await page.locator('.organizations > li').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
  return { cards: lefts.length, columns: new Set(lefts).size };
}

describe('/organismes/', () => {
  test('lays its cards in a grid on a desktop', async () => {
    const { cards, columns } = await cardColumns(desktop);
    expect(cards).toBeGreaterThanOrEqual(4);
    expect(columns).toBeGreaterThanOrEqual(3);
  });

  test('in one column on a phone', async () => {
    expect((await cardColumns(phone)).columns).toBe(1);
  });
});

describe('a sheet with evaluation data', () => {
  test('shows what backs its level inside « En bref », beside the level, on a phone', async () => {
    const page = await browser.open('/pratiques/camp-transition-secondaire/', phone);
    const level = page.locator('.en-bref dd', { has: page.getByRole('link', { name: 'Pratique évaluée' }) });
    await expect(level.locator('.evidence-details li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Ce qui a été mesuré\s:/),
      expect.stringMatching(/^Méthode\s:.*58 élèves recommandés mais non inscrits/),
      expect.stringMatching(/^Évaluation menée par\s:\sCentre d’évaluation Mauricie-Évalue/),
      expect.stringMatching(/^Vérifiée le\s:\s2 mars 2026$/),
    ]);
    const box = await page.locator('.en-bref').boundingBox();
    const details = await level.locator('.evidence-details').boundingBox();
    expect(details!.x + details!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
  });
});

describe('the committee’s address', () => {
  test('is a mailto: link under « Proposer une modification », with the page in its subject', async () => {
    const page = await browser.open('/outils/guide-animation-cafes-parents/', desktop);
    const link = page.locator('.committee-contact a');
    const href = await link.getAttribute('href');
    expect(new URL(href!).searchParams.get('subject')).toBe(
      'Proposer une modification : Guide d’animation des cafés-rencontres parents-ados (/outils/guide-animation-cafes-parents/)',
    );
    await expect(link.innerText()).resolves.toBe('comite@carrefour-des-pratiques.example');
  });
});
