import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { Map } from 'immutable';
import { createElement as h, Fragment, type ReactNode } from 'react';
import type { CollectionSpec } from '../../src/schema/fields';
import { t } from '../../src/i18n/fr-CA';
import { frenchSpaces } from '../../src/lib/typography';
import { communityParts } from './community-parts';
import { optionLabels } from './entry-data';

/**
 * Returns a Decap preview template for a community kind (event, experience, question), with the site's CSS
 * classes like the sheets' preview: kind, title, « En bref » box of its short fields, its texts, then its body.
 */
export function communityPreview(spec: CollectionSpec) {
  return function CommunityPreview({ entry, fields, fieldsMetaData, widgetFor }: PreviewTemplateComponentProps) {
    const data = (entry.get('data') as Map<string, unknown>).toJS() as Record<string, unknown>;
    const parts = communityParts(spec.fields, data, (field, value) => {
      if (field.widget === 'relation') {
        const name: unknown = fieldsMetaData?.getIn([field.name, field.collection, value, 'name']) ?? fieldsMetaData?.getIn([field.name, field.collection, value, 'title']);
        return typeof name === 'string' ? name : value;
      }
      return optionLabels(fields, field.name)(value);
    });
    const title = typeof data.title === 'string' ? data.title : '';
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        null,
        h('header', null, h('p', { className: 'muted kind' }, spec.labelSingular), h('h1', null, frenchSpaces(title))),
        parts.brief.length > 0
          ? h(
              'aside',
              { className: 'box en-bref' },
              h('h2', null, t('brief.title')),
              h('dl', { className: 'pairs' }, ...parts.brief.map(({ term, value }) => h(Fragment, { key: term }, h('dt', null, term), h('dd', null, frenchSpaces(value))))),
            )
          : null,
        ...parts.texts.map(({ title: heading, paragraphs }) =>
          h('section', { key: heading, className: 'prose' }, h('h2', null, heading), ...paragraphs.map((paragraph, index) => h('p', { key: index }, frenchSpaces(paragraph)))),
        ),
        spec.extension === 'mdx' ? h('div', { className: 'prose body' }, widgetFor('body') as ReactNode) : null,
      ),
    );
  };
}
