import { describe, expect, test } from 'vitest';
import { useBrowser } from './harness';
import { desktop } from './layout-checks';
import { site } from '../../src/config';

const browser = useBrowser();
const phone = { viewport: { width: 390, height: 844 } };

describe.each([
  { screen: 'on a 390 px phone', options: phone },
  { screen: 'on a desktop', options: desktop },
])('questions to the network $screen', ({ options }) => {
  test('from the home page, a visitor opens an open question and finds how to answer it', async () => {
    const page = await browser.open('/', options);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Appels à la communauté', level: 2 }) });
    const first = section.getByRole('listitem').first();
    await expect(first.locator('.question-state').innerText()).resolves.toMatch(/^Ouvert/);
    const title = await first.getByRole('heading').innerText();
    await first.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/appels\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(title);

    const how = page.locator('section', { has: page.getByRole('heading', { name: 'Comment répondre' }) });
    // « Écrire à La Boussole », « Écrire au Pont »: the name joined to « à » as French writes it (src/lib/french-names.ts).
    const asker = how.getByRole('link', { name: /^Écrire (à|au|aux) / });
    const href = new URL((await asker.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe(`Réponse à l’appel : ${title}`);
    const askerName = await page.locator('.facts dd').first().innerText();
    await expect(asker.innerText()).resolves.toContain(askerName.replace(/^(Le|Les) /, ''));
    await expect(how.locator('.committee-mail').innerText()).resolves.toBe(site.committeeEmail);
    await expect(how.isVisible()).resolves.toBe(true);
  });

  test('on an answered question, a visitor follows an answer to the practice it points at', async () => {
    const page = await browser.open('/appels/rejoindre-les-parents-absents/', options);
    await expect(page.locator('.question-state').first().innerText()).resolves.toBe('Répondu');
    const answers = page.locator('.answer');
    await expect(answers.count()).resolves.toBe(2);
    const first = answers.first();
    await expect(first.getByRole('heading', { level: 3 }).innerText()).resolves.toBe('Cap Réussite');
    await expect(first.locator('.date').innerText()).resolves.toBe('Réponse du 29 septembre 2026');
    await first.getByRole('link', { name: 'Cafés-rencontres parents-ados', exact: true }).click();
    await page.waitForURL(/\/pratiques\/cafes-parents-ados\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Cafés-rencontres parents-ados');
  });

  test('the listing puts open questions before answered ones, and narrows by theme and by region', async () => {
    const page = await browser.open('/appels/', options);
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Appels ouverts')).toBeLessThan(headings.indexOf('Appels répondus'));
    const open = page.locator('section', { has: page.getByRole('heading', { name: 'Appels ouverts' }) });
    for (const state of await open.locator('.question-state').allInnerTexts()) expect(state).toMatch(/^Ouvert/);

    const browse = page.getByRole('navigation', { name: 'Parcourir les appels' });
    await browse.getByRole('link', { name: /^Collaboration école-famille-communauté/ }).click();
    await page.waitForURL(/\/appels\/theme\/collaboration-ecole-famille\/$/);
    await expect(page.locator('.question-card h3').allInnerTexts()).resolves.toEqual(['Comment rejoindre les parents qui ne viennent jamais aux rencontres de l’école?']);

    await page
      .getByRole('navigation', { name: 'Parcourir les appels' })
      .getByRole('link', { name: /^Abitibi-Témiscamingue/ })
      .click();
    await page.waitForURL(/\/appels\/region\/abitibi-temiscamingue\/$/);
    const cards = page.locator('.question-card');
    await expect(cards.count()).resolves.toBe(1);
    await expect(cards.first().innerText()).resolves.toContain('Relance Abitibi');
    await expect(cards.first().innerText()).resolves.toMatch(/Réponses souhaitées avant le\s31\smars\s2027/);
  });
});
