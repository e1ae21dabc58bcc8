import type { CMS } from 'decap-cms-core';
import { t } from '../../src/i18n/fr-CA';
import { fiches, modeles, outils } from '../../src/schema/collections';
import siteCss from '../../src/styles/global.css?inline';
import previewCss from './preview.css?inline';
import { entryPreview } from './entry-preview';

/** Registers the previews of sheets, tools and models, styled with the site's own stylesheet. */
export function registerPreviews(cms: CMS): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewStyle(previewCss, { raw: true });
  cms.registerPreviewTemplate(fiches.name, entryPreview({ label: fiches.labelSingular, filesField: 'attachments', filesTitle: t('attachments.title') }));
  cms.registerPreviewTemplate(outils.name, entryPreview({ label: outils.labelSingular, typeField: 'toolType', filesField: 'files', filesTitle: t('files.title') }));
  cms.registerPreviewTemplate(modeles.name, entryPreview({ label: modeles.labelSingular, typeField: 'modelType', filesField: 'files', filesTitle: t('files.title') }));
}
