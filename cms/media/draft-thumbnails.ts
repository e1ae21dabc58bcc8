import type { CMS } from 'decap-cms-core';
import type { Map } from 'immutable';
import { registerControl } from '../widgets/register';
import { withDraftMedia, type GetAsset } from './draft-media';

interface ImageControlProps {
  getAsset: GetAsset;
  getEntry?: () => Map<string, unknown> | undefined;
  entry?: Map<string, unknown>;
  [prop: string]: unknown;
}
interface ImageControlInstance {
  props: ImageControlProps;
  render(): unknown;
}
type ImageControlClass = new (...args: never[]) => ImageControlInstance;

/** One wrapped `getAsset` per Decap `getAsset`, so the thumbnail only reloads when Decap's changes. */
const wrapped = new WeakMap<GetAsset, GetAsset>();

/**
 * Re-registers the image widget (as registered so far) so that its thumbnail shows a draft's own image:
 * Decap's control asks `getAsset` for the stored public path, which the site only serves once the draft
 * is published; the control now gets a `getAsset` that knows the entry's draft files.
 */
export function registerDraftThumbnails(cms: CMS): void {
  const widget = cms.getWidget('image') as unknown as { control: ImageControlClass; preview: unknown; schema?: object } | undefined;
  if (!widget) throw new Error('Le widget « image » de Decap CMS est introuvable.');

  class DraftThumbnailControl extends widget.control {
    // Decap's control reads `this.props.getAsset` while it renders: it sees the draft-aware one for that
    // render only, and React keeps the props it passed.
    override render(): unknown {
      const props = this.props;
      const readEntry = () => props.getEntry?.() ?? props.entry;
      let getAsset = wrapped.get(props.getAsset);
      if (!getAsset) wrapped.set(props.getAsset, (getAsset = withDraftMedia(props.getAsset, readEntry)));
      this.props = { ...props, getAsset };
      try {
        return super.render();
      } finally {
        this.props = props;
      }
    }
  }
  registerControl(cms, 'image', DraftThumbnailControl, widget.preview, widget.schema);
}
