import type { CMS } from 'decap-cms-core';
import { itemKinds, kinds, type ItemKind } from '../../src/schema/registry';
import siteCss from '../../src/styles/global.css?inline';
import previewCss from './preview.css?inline';
import { communityPreview } from './community-preview';
import { entryPreview, type PreviewKind } from './entry-preview';

/** What the preview of a kind shows, from the registry: its label, type field, « En bref » fields and list of files. */
function previewKind(kind: ItemKind): PreviewKind {
  const { spec, typeLabel, briefFields } = kinds[kind];
  const filesField = spec.fields.find((field) => field.widget === 'list' && field.fields.some((sub) => sub.widget === 'file'));
  return {
    label: spec.labelSingular,
    typeField: 'field' in typeLabel ? typeLabel.field : undefined,
    brief: briefFields.flatMap((name) => spec.fields.filter((field) => field.name === name).map(({ label }) => ({ name, label }))),
    filesField: filesField?.name ?? '',
  };
}

/** The community kinds (events, experiences, questions): what members add, not listed with the library. */
const communityKinds = ['rencontre', 'recit', 'appel'] as const;

/** Registers the previews of sheets, tools and models, and of the community kinds, styled with the site's own stylesheet. */
export function registerPreviews(cms: CMS): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewStyle(previewCss, { raw: true });
  for (const kind of itemKinds) cms.registerPreviewTemplate(kinds[kind].spec.name, entryPreview(previewKind(kind)));
  for (const kind of communityKinds) cms.registerPreviewTemplate(kinds[kind].spec.name, communityPreview(kinds[kind].spec));
}
