import { createElement as h, Fragment, useEffect, useState, type ComponentType } from 'react';
import { Map } from 'immutable';
import { plural } from '../../src/lib/text';
import { loadedSafetyRules, loadSafetyRules, type CheckBody } from '../safety-loader';
import { draftMediaUrls, withDraftImages } from '../media/draft-media';
import { splitRefusedParts } from './refused-parts';

/** What Decap hands a widget preview; the Markdown preview reads `value` and `field`, and passes on the rest. */
interface MarkdownPreviewProps {
  value?: unknown;
  field?: Map<string, unknown> | undefined;
  [prop: string]: unknown;
}

/**
 * Wraps Decap's Markdown preview so that it shows what the site will show: a body that breaks the safety
 * rules gets a banner, and each refused passage appears as raw text under « Ce passage sera refusé : … »,
 * never rendered. Passages that pass are rendered by Decap's preview, always sanitized.
 */
export function safeBodyPreview(MarkdownPreview: ComponentType<MarkdownPreviewProps>): ComponentType<MarkdownPreviewProps> {
  return function SafeBodyPreview(props: MarkdownPreviewProps) {
    const [check, setCheck] = useState<CheckBody | 'failed' | undefined>(loadedSafetyRules);
    useEffect(() => {
      if (!check)
        loadSafetyRules().then(
          (loaded) => setCheck(() => loaded),
          () => setCheck('failed'),
        );
    }, [check]);
    // A draft's own images are not on the site yet: the rendered Markdown points at the files Decap holds.
    const draftImages = draftMediaUrls(Map.isMap(props.entry) ? (props.entry as Map<string, unknown>) : undefined);
    const render = (value: string, key?: number) =>
      h(MarkdownPreview, { ...props, key, value: withDraftImages(value, draftImages), field: props.field?.set('sanitize_preview', true) });
    const body = typeof props.value === 'string' ? props.value : '';
    if (check === undefined) return h('p', { className: 'muted' }, 'Vérification du texte…');
    if (check === 'failed')
      return h(
        Fragment,
        null,
        h('p', { className: 'refused-summary' }, 'Les règles du texte n’ont pas pu être chargées : cet aperçu ne signale pas les passages refusés.'),
        render(body),
      );
    const problems = check(body);
    if (problems.length === 0) return render(body);
    const parts = splitRefusedParts(body, problems);
    const refusedCount = parts.filter((part) => part.refused).length;
    return h(
      Fragment,
      null,
      h(
        'p',
        { className: 'refused-summary', role: 'note' },
        `${plural(refusedCount, 'passage sera refusé', 'passages seront refusés')} à la publication : ${refusedCount > 1 ? 'ils sont montrés tels quels' : 'il est montré tel quel'} ci-dessous, sans mise en forme.`,
      ),
      ...parts.map((part) =>
        part.refused
          ? h(
              'div',
              { className: 'refused', key: part.firstLine },
              h('p', { className: 'refused-label' }, h('strong', null, 'Ce passage sera refusé : '), part.messages.length === 1 ? part.messages[0] : null),
              part.messages.length > 1 ? h('ul', null, ...part.messages.map((message) => h('li', { key: message }, message))) : null,
              h('pre', null, h('code', null, part.text)),
            )
          : render(part.text, part.firstLine),
      ),
    );
  };
}
