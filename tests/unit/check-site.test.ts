import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSite } from '../../scripts/lib/check-site';

const site = mkdtempSync(join(tmpdir(), 'carrefour-site-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, text = '') {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
}

describe('checkSite', () => {
  test('reports broken links, missing anchors, relative links, oversized attachments and script attributes, in French', () => {
    write('index.html', '<h1 id="haut">Accueil</h1><a href="/pratiques/a/">a</a> <a href="/pratiques/b/">b</a> <a href="#bas">bas</a> <a href="#haut">haut</a>');
    write(
      'pratiques/a/index.html',
      '<a href="../b/">rel</a> <a href="/fichiers/gros.pdf">pdf</a> <a href="/fichiers/petit.pdf">pdf</a> <img src="/images/x.svg" alt="" onerror="x"> <a href="https://exemple.org">ext</a>',
    );
    write('fichiers/petit.pdf', 'x');
    write('fichiers/gros.pdf');
    truncateSync(join(site, 'fichiers', 'gros.pdf'), 21_000_000);
    write('images/x.svg', '<svg/>');
    expect(checkSite(site)).toMatchInlineSnapshot(`
      {
        "pages": 2,
        "problems": [
          "/index.html : href="/pratiques/b/" ne mène à aucun fichier du site",
          "/index.html : href="#bas" vise une ancre absente de la page",
          "/pratiques/a/index.html : code interdit dans la page (<img onerror>)",
          "/pratiques/a/index.html : href="../b/" est un lien relatif ; écrivez un chemin qui commence par /",
          "/pratiques/a/index.html : la pièce jointe /fichiers/gros.pdf pèse 21 Mo, au-delà de la limite de 20 Mo",
        ],
      }
    `);
  });

  test('reports anything after a page’s </html>, such as a script left outside the layout', () => {
    const own = mkdtempSync(join(tmpdir(), 'carrefour-site-fin-'));
    try {
      const page = (after: string) => `<!DOCTYPE html><html lang="fr-CA"><head><title>T</title></head><body><h1>T</h1></body></html>${after}`;
      writeFileSync(join(own, 'index.html'), page('\n'));
      mkdirSync(join(own, 'recherche'));
      writeFileSync(join(own, 'recherche', 'index.html'), page('<script type="module" src="/index.html"></script>'));
      mkdirSync(join(own, 'trousse'));
      writeFileSync(join(own, 'trousse', 'index.html'), page('</HTML >\n<p>fin</p>\n'));
      expect(checkSite(own).problems).toEqual([
        '/recherche/index.html : du contenu suit la fin de la page (</html>) : « <script type="module" src="/index.html"></script> » ; placez-le dans la mise en page (<Base>)',
        '/trousse/index.html : du contenu suit la fin de la page (</html>) : « <p>fin</p> » ; placez-le dans la mise en page (<Base>)',
      ]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
