import { fromJS, List, type Map } from 'immutable';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { entryPreview } from '../../cms/preview/entry-preview';
import { safeBodyPreview } from '../../cms/preview/safe-body-preview';
import { loadSafetyRules } from '../../cms/safety-loader';

const cover = '/images/fiches/jardin/potager.png';
const blob = 'blob:http://127.0.0.1:4321/1b6c9f0e-5d1a-4a57-9c61-2f7c9d1e0a11';
const draftFiles = [{ path: 'public/images/fiches/jardin/potager.png', url: blob }];

/** An entry as Decap hands it to a preview: its data and its draft files. */
function entry(data: Record<string, unknown>, mediaFiles: object[]): Map<string, unknown> {
  return fromJS({ data, mediaFiles }) as Map<string, unknown>;
}

/** Renders the sheet preview to HTML, with Decap's `getAsset` answering a public path with itself, as it does. */
function renderSheet(sheet: Map<string, unknown>): string {
  const Preview = entryPreview({ label: 'Fiche de pratique', brief: [], filesField: 'attachments' });
  const props = { entry: sheet, fields: List(), fieldsMetaData: undefined, getAsset: (path: string) => ({ toString: () => path }), widgetFor: () => null };
  return renderToStaticMarkup(h(Preview as never, props as never));
}

describe('the sheet preview', () => {
  test('shows a draft’s own cover from the file Decap holds, with the site’s markup and its text alternative', () => {
    const html = renderSheet(entry({ title: 'Jardin', cover: { image: cover, alt: 'Un potager en juin' } }, draftFiles));
    expect(html).toContain(`<img class="cover" src="${blob}" alt="Un potager en juin"/>`);
  });

  test('shows a published cover from its public address', () => {
    const html = renderSheet(entry({ title: 'Jardin', cover: { image: cover, alt: 'Un potager en juin' } }, []));
    expect(html).toContain(`<img class="cover" src="${cover}" alt="Un potager en juin"/>`);
  });

  test('links a draft’s own attachment to the file Decap holds', () => {
    const html = renderSheet(
      entry({ title: 'Jardin', attachments: [{ title: 'Plan', file: '/fichiers/fiches/jardin/plan.pdf' }] }, [
        { path: 'public/fichiers/fiches/jardin/plan.pdf', url: 'blob:http://127.0.0.1:4321/plan' },
      ]),
    );
    expect(html).toContain('<a href="blob:http://127.0.0.1:4321/plan">Plan</a>');
  });
});

describe('the body preview', () => {
  /** Stands for Decap's Markdown preview: shows the Markdown it is handed. */
  const markdownEcho = ({ value }: { value?: unknown }) => h('pre', { className: 'rendered' }, String(value));
  const BodyPreview = safeBodyPreview(markdownEcho);
  const renderBody = (body: string, sheet: Map<string, unknown>) => renderToStaticMarkup(h(BodyPreview, { value: body, entry: sheet, field: fromJS({ name: 'body' }) }));

  beforeAll(async () => {
    await loadSafetyRules();
  });

  test('points a draft’s own image at the file Decap holds, and leaves published images alone', () => {
    const html = renderBody(`Le potager :\n\n![Le potager en juin](${cover})\n\n![Autre](/images/fiches/cafes/photo.png)`, entry({}, draftFiles));
    expect(html).toContain(`![Le potager en juin](${blob})`);
    expect(html).toContain('![Autre](/images/fiches/cafes/photo.png)');
  });

  test('still shows a refused passage as written, and checks the body as written', () => {
    const html = renderBody(`![Le potager en juin](${cover})\n\n<script>alert(1)</script>`, entry({}, draftFiles));
    expect(html).toContain('Ce passage sera refusé');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`![Le potager en juin](${blob})`);
  });
});
