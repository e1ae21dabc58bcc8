// Browser entry of /admin/: registers this project's pieces in Decap CMS, then starts it with the
// configuration the page generated from the schema at build time.
import CMS from 'decap-cms-app';
import type { Map } from 'immutable';
import { withLocalBackend, type CmsConfig } from './config/index';
import { removeEmptyValues } from './entry-cleanup';
import { registerFrenchWording } from './locale';
import { registerPreviews } from './preview/register';
import { registerOptionalObject } from './widgets/optional-object';

/** What the /admin/ page passes to this script, as JSON in `#cms-config`. */
interface PageData {
  config: CmsConfig;
  localApiPath: string;
}

const element = document.getElementById('cms-config');
if (!element?.textContent) throw new Error('Configuration du CMS introuvable dans la page.');
const data = JSON.parse(element.textContent) as PageData;

registerFrenchWording(CMS);
registerOptionalObject(CMS);
registerPreviews(CMS);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Map<string, unknown> }) => removeEmptyValues(entry.get('data')),
});
// Our CmsConfig is the subset of Decap's configuration we generate; Decap's own type has no room for the
// custom widget name, hence the cast.
CMS.init({ config: withLocalBackend(data.config, location.origin, data.localApiPath) as never });
