import type { CMS } from 'decap-cms-core';
import { isLooseUpload, looseUploadMessage } from '../config/uploads';
import { registerControl } from '../widgets/register';

interface FieldMap {
  get(key: string): unknown;
}
interface FileControlInstance {
  props: { value?: unknown; field: FieldMap };
}
type FileControlClass = new (...args: never[]) => FileControlInstance;

/**
 * Re-registers Decap's file and image widgets with a check of the folder: Decap tests a field's pattern
 * on the file name only, and a file uploaded before the title was written sits outside the entry's folder,
 * where the build refuses it.
 */
export function registerUploadWidgets(cms: CMS): void {
  for (const name of ['file', 'image']) {
    const widget = cms.getWidget(name) as unknown as { control: FileControlClass; preview: unknown; schema?: object } | undefined;
    if (!widget) throw new Error(`Le widget « ${name} » de Decap CMS est introuvable.`);

    class FolderCheckedControl extends widget.control {
      /** Called by Decap's Widget before a save: true, or the error to show under the field. */
      isValid = (): true | { error: { type: string; message: string } } => {
        const { value, field } = this.props;
        const folder = field.get('public_folder');
        if (typeof value !== 'string' || !isLooseUpload(value, typeof folder === 'string' ? folder : '')) return true;
        const label = field.get('label');
        return { error: { type: 'CUSTOM', message: `« ${typeof label === 'string' ? label : name} » : ${looseUploadMessage}.` } };
      };
    }
    registerControl(cms, name, FolderCheckedControl, widget.preview, widget.schema);
  }
}
