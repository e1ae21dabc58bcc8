import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { Map } from 'immutable';
import { createElement as h, Fragment, type ReactNode } from 'react';
import { fileFormatName } from '../../src/lib/files';
import { t } from '../../src/i18n/fr-CA';
import { telHref } from '../../src/lib/phone';
import { frenchSpaces } from '../../src/lib/typography';
import { withDraftMedia } from '../media/draft-media';
import { optionLabels, records, text, values } from './entry-data';

/** What differs between the previews of sheets, tools and models. */
export interface PreviewKind {
  /** Label above the title, as on the site (« Fiche de pratique »). */
  label: string;
  /** Field holding the entry's type (tools and models), shown first in the « En bref » box. */
  typeField?: string | undefined;
  /** Fields « En bref » shows (the registry's `briefFields`), with their labels. */
  brief: readonly { name: string; label: string }[];
  /** Field listing downloadable files, shown in « En bref » as on the site. */
  filesField: string;
}

const resourceKeys = ['human', 'material', 'financial'] as const;

/** A term and its description in the « En bref » box; nothing when the description is empty. */
function pair(term: string, description: ReactNode, isEmpty = false): ReactNode {
  if (isEmpty || description === '' || description === null) return null;
  return h(Fragment, { key: term }, h('dt', null, term), h('dd', null, description));
}

/** A field of the organization chosen in the form (Decap keeps the chosen entry as metadata), or ''. */
function organizationField(metadata: PreviewTemplateComponentProps['fieldsMetaData'], slug: string, name: string): string {
  const value: unknown = metadata?.getIn(['organization', 'organismes', slug, name]);
  return typeof value === 'string' ? value : '';
}

/** The organization as « En bref » shows it: its name (its slug until chosen in the form) and its e-mail and phone. */
function organization(metadata: PreviewTemplateComponentProps['fieldsMetaData'], slug: string): ReactNode {
  if (!slug) return '';
  const field = (name: string) => organizationField(metadata, slug, name);
  const contact = [
    [t('org.email'), field('email'), `mailto:${field('email')}`],
    [t('org.phone'), field('phone'), telHref(field('phone'))],
  ].filter(([, value]) => value);
  return h(
    Fragment,
    null,
    field('name') || slug,
    contact.length > 0
      ? h('ul', { className: 'brief-contact' }, ...contact.map(([label, value, href]) => h('li', { key: label }, frenchSpaces(`${label} : `), h('a', { href }, value))))
      : null,
  );
}

/** Taxonomy values as the site's tag list. */
function tags(labels: string[]): ReactNode {
  return h('ul', { className: 'tags' }, ...labels.map((label) => h('li', { key: label }, h('span', null, label))));
}

/**
 * Returns a Decap preview template that renders an entry like its page on the site: kind, title,
 * summary, « En bref » box (files and contact included), cover image, body and references, with the site's own CSS classes.
 */
export function entryPreview(kind: PreviewKind) {
  return function EntryPreview({ entry, fields, fieldsMetaData, getAsset, widgetFor }: PreviewTemplateComponentProps) {
    const data = entry.get('data') as Map<string, unknown>;
    // A draft's own files are not on the site yet: their address is the one Decap holds for the entry.
    const asset = withDraftMedia(getAsset, () => entry);
    const label = (name: string) => optionLabels(fields, name);
    const list = (name: string) => values(data, name).map(label(name));
    const resources = resourceKeys.filter((key) => text(data, 'resources', key));
    const cover = text(data, 'cover', 'image');
    const references = values(data, 'references');
    const files = records(data, kind.filesField);
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        null,
        h(
          'header',
          null,
          h('p', { className: 'muted kind' }, kind.label),
          h('h1', null, frenchSpaces(text(data, 'title'))),
          h('p', { className: 'lead' }, frenchSpaces(text(data, 'summary'))),
        ),
        h(
          'aside',
          { className: 'box en-bref' },
          h('h2', null, t('brief.title')),
          h(
            'dl',
            { className: 'pairs' },
            kind.typeField ? pair(t('brief.type'), list(kind.typeField).join(', ')) : null,
            pair(t('brief.audiences'), tags(list('audiences')), list('audiences').length === 0),
            pair(t('brief.themes'), tags(list('themes')), list('themes').length === 0),
            pair(t('brief.regions'), tags(list('regions')), list('regions').length === 0),
            ...kind.brief.map(({ name, label: term }) => pair(term, list(name).join(', '))),
            pair(
              t('brief.resources'),
              h(
                'ul',
                { className: 'plain' },
                ...resources.map((key) => h('li', { key }, h('strong', null, frenchSpaces(`${t(`resources.${key}`)} :`)), ` ${text(data, 'resources', key)}`)),
              ),
              resources.length === 0,
            ),
            pair(t('brief.evidence'), list('evidence').join('')),
            pair(t('brief.organization'), organization(fieldsMetaData, text(data, 'organization'))),
          ),
          files.length > 0
            ? h(
                'div',
                { className: 'brief-files' },
                h('h3', null, t('files.title')),
                h(
                  'ul',
                  null,
                  ...files.map((file) =>
                    h(
                      'li',
                      { key: file.file },
                      h('a', { href: file.file ? asset(file.file).toString() : undefined }, file.title),
                      h('span', { className: 'muted' }, ` — ${fileFormatName(file.file ?? '')}`),
                    ),
                  ),
                ),
              )
            : null,
        ),
        cover ? h('img', { className: 'cover', src: asset(cover).toString(), alt: text(data, 'cover', 'alt') }) : null,
        h('div', { className: 'prose body' }, widgetFor('body') as ReactNode),
        references.length > 0
          ? h('section', null, h('h2', null, t('references.title')), h('ul', { className: 'prose' }, ...references.map((reference) => h('li', { key: reference }, reference))))
          : null,
      ),
    );
  };
}
