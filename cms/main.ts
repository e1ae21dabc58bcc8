/// <reference types="vite/client" />
// Browser entry of /admin/: registers this project's pieces in Decap CMS, then starts it with the
// configuration the page generated from the schema at build time.
import CMS from 'decap-cms-app';
import type { Map } from 'immutable';
import { withLocalBackend, type CmsConfig } from './config/index';
import { withTodayDefaults } from './config/today-defaults';
import { restoreBackupsWhole } from './backup/install';
import { localToday } from '../src/lib/dates';
import { installDomPatches } from './dom-patches';
import { holdReloadsWhileEditing } from './dev-reload';
import { removeEmptyValues } from './entry-cleanup';
import { registerFrenchWording } from './locale';
import { guardUploadedFiles } from './media/install';
import { registerDraftThumbnails } from './media/draft-thumbnails';
import { registerUploadWidgets } from './media/upload-widgets';
import { registerPreviews } from './preview/register';
import { registerSafeMarkdown } from './safety-widget';
import { registerOptionalObject } from './widgets/optional-object';
import { registerDateField } from './widgets/date-field';
import { registerEntryAddress, type ExistingEntries } from './widgets/entry-address';
import { registerPlainText } from './widgets/plain-text';
import { registerSectionsEditor } from './widgets/sections';

/** What the /admin/ page passes to this script, as JSON in `#cms-config`. */
interface PageData {
  config: CmsConfig;
  localApiPath: string;
  /** File names and titles of each collection's entries, for the address a new entry will get. */
  existingEntries: ExistingEntries;
}

const element = document.getElementById('cms-config');
if (!element?.textContent) throw new Error('Configuration du CMS introuvable dans la page.');
const data = JSON.parse(element.textContent) as PageData;

registerFrenchWording(CMS);
guardUploadedFiles(CMS);
restoreBackupsWhole();
registerUploadWidgets(CMS);
registerDraftThumbnails(CMS);
registerOptionalObject(CMS);
registerDateField(CMS);
registerPlainText(CMS);
registerEntryAddress(CMS, data.existingEntries);
registerSectionsEditor(CMS, registerSafeMarkdown(CMS), Object.fromEntries((data.existingEntries.organismes ?? []).map((entry) => [entry.slug, entry.title])));
registerPreviews(CMS);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Map<string, unknown> }) => removeEmptyValues(entry.get('data')),
});
installDomPatches();
// Only the dev server gives `import.meta.hot`; the built bundle drops this line.
if (import.meta.hot) holdReloadsWhileEditing(import.meta.hot);
// Our CmsConfig is the subset of Decap's configuration we generate; Decap's own type has no room for the
// custom widget name, hence the cast.
CMS.init({ config: withLocalBackend(withTodayDefaults(data.config, localToday(new Date())), location.origin, data.localApiPath) as never });
