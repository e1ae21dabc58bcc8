import { fromJS, List, type Map } from 'immutable';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { entryPreview } from '../../cms/preview/entry-preview';

/** Renders a preview of `data`, the organization `org` chosen in the form (Decap keeps its entry as metadata). */
function render(filesField: string, data: Record<string, unknown>, org?: Record<string, string>): string {
  const Preview = entryPreview({ label: 'Outil', brief: [], filesField });
  const fieldsMetaData = org ? (fromJS({ organization: { organismes: { [String(data.organization)]: org } } }) as Map<string, unknown>) : undefined;
  const props = { entry: fromJS({ data, mediaFiles: [] }), fields: List(), fieldsMetaData, getAsset: (path: string) => ({ toString: () => path }), widgetFor: () => null };
  return renderToStaticMarkup(h(Preview as never, props as never));
}

describe('the preview’s « En bref » box, as on the site', () => {
  test('holds the files under « Fichiers à télécharger », whatever the kind', () => {
    for (const field of ['files', 'attachments']) {
      const html = render(field, { title: 'Grille', [field]: [{ title: 'La grille', file: '/fichiers/outils/grille.pdf' }] });
      const brief = html.slice(html.indexOf('<aside'), html.indexOf('</aside>'));
      expect(brief).toContain('<div class="brief-files"><h3>Fichiers à télécharger</h3>');
      expect(brief).toContain('<a href="/fichiers/outils/grille.pdf">La grille</a>');
    }
  });

  test('gives the chosen organization’s e-mail and phone as links', () => {
    const html = render('files', { title: 'Grille', organization: 'cap' }, { name: 'Cap Réussite', email: 'info@cap.example', phone: '418 555-0142' });
    expect(html).toContain('Cap Réussite<ul class="brief-contact">');
    expect(html).toContain('<a href="mailto:info@cap.example">info@cap.example</a>');
    expect(html).toContain('<a href="tel:+14185550142">418 555-0142</a>');
    expect(render('files', { title: 'Grille', organization: 'cap' })).toContain('<dd>cap</dd>');
  });
});
