import { formHint } from '../../src/schema/hints';
import { withTodayDefaults } from '../../cms/config/today-defaults';
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCmsConfig, committeeOnly, withLocalBackend } from '../../cms/config/index';
import { bodyTemplate } from '../../cms/config/collections';
import { saveUnchanged } from '../decap/save-unchanged';
import { textPattern } from '../../cms/config/patterns';
import { isLooseUpload } from '../../cms/config/uploads';
import { readCmsSettings } from '../../cms/settings';
import { readTaxonomyOptions } from '../../cms/taxonomy-options';
import type { CmsCollection, CmsField } from '../../cms/config/types';
import { fiches } from '../../src/schema/collections';
import { contentCollections } from '../../src/schema/registry';
import { taxonomyFields } from '../../src/schema/taxonomies';
import { synonymFields, synonymsFile } from '../../src/schema/synonyms';
import type { TaxonomyName } from '../../src/schema/fields';
import { compareCollection, compareFields } from './cms-schema-diff';

const root = join(import.meta.dirname, '..', '..');
const taxonomies = readTaxonomyOptions(join(root, 'content'));
const config = buildCmsConfig(readCmsSettings({}), taxonomies);
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (c: CmsCollection, name: string) => c.fields!.find((f) => f.name === name)!;

describe('buildCmsConfig', () => {
  test('matches the reviewed snapshot of the generated configuration', async () => {
    await expect(`${JSON.stringify(config, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/cms-config.json');
  });

  test('starts Decap in French, with the editorial workflow and open authoring on GitHub', () => {
    expect(config).toMatchObject({ locale: 'fr', load_config_file: false, publish_mode: 'editorial_workflow' });
    expect(config.backend).toMatchObject({ name: 'github', repo: 'rocqld/carrefour-des-pratiques', branch: 'main', open_authoring: true });
  });

  test('has one collection per content type, then the taxonomies and the search’s synonyms', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...contentCollections.map((spec) => spec.name), 'taxonomies', 'recherche']);
  });

  test('takes the backend settings from the environment', () => {
    const settings = readCmsSettings({
      CMS_REPO: 'reseau/bibliotheque',
      CMS_BRANCH: 'production',
      SITE_URL: 'https://pratiques.example',
      CMS_AUTH_BASE_URL: 'https://auth.example',
      CMS_AUTH_ENDPOINT: 'oauth/authorize',
    });
    expect(buildCmsConfig(settings, taxonomies)).toMatchObject({
      site_url: 'https://pratiques.example',
      backend: { repo: 'reseau/bibliotheque', branch: 'production', base_url: 'https://auth.example', auth_endpoint: 'oauth/authorize' },
    });
  });

  test('points the local backend at the page’s own origin', () => {
    expect(withLocalBackend(config, 'http://127.0.0.1:4321', '/api/v1').local_backend).toEqual({ url: 'http://127.0.0.1:4321/api/v1' });
  });
});

describe('the CMS collections against the schema', () => {
  test.each(contentCollections.map((spec) => [spec.name, spec] as const))('%s has every schema field, in order, with the same rules', (name, spec) => {
    expect(compareCollection(spec, collection(name).fields!, taxonomies)).toEqual([]);
  });

  test.each(Object.keys(taxonomyFields) as TaxonomyName[])('the %s taxonomy file has every schema field', (name) => {
    const file = collection('taxonomies').files!.find((f) => f.name === name)!;
    expect(file.file).toBe(`content/taxonomies/${name}.yml`);
    expect(compareFields(taxonomyFields[name], file.fields[0]!.fields!, name, taxonomies)).toEqual([]);
  });

  test('the search’s synonym file has every schema field', () => {
    const file = collection('recherche').files![0]!;
    expect(file.file).toBe(`content/${synonymsFile.folder}/${synonymsFile.name}`);
    expect(file.fields[0]!.name).toBe(synonymsFile.key);
    expect(compareFields(synonymFields, file.fields[0]!.fields!, 'synonyms', taxonomies)).toEqual([]);
  });

  test('reports a field missing from the CMS, and each rule that differs', () => {
    const tampered: CmsField[] = collection('fiches')
      .fields!.filter((f) => f.name !== 'evidence' && f.name !== 'body')
      .map((f): CmsField => {
        if (f.name === 'title') return { ...f, pattern: textPattern({ min: 3, max: 150, required: true })! };
        if (f.name === 'summary') return { ...f, required: false };
        if (f.name === 'themes') return { ...f, max: 4, options: f.options!.slice(1) };
        return f;
      });
    expect(compareCollection(fiches, tampered, taxonomies)).toEqual([
      'fiches.title : « 121 caractères » est refusé par le schéma mais permis par le CMS',
      'fiches.title : « 121 caractères entre "  " et "" » est refusé par le schéma mais permis par le CMS',
      'fiches.title : « 121 caractères entre "" et "  " » est refusé par le schéma mais permis par le CMS',
      'fiches.title : « 121 caractères entre " " et " " » est refusé par le schéma mais permis par le CMS',
      'fiches.title : « 121 caractères entre "\\n\\t" et "\u00a0\\n" » est refusé par le schéma mais permis par le CMS',
      'fiches.summary : required vaut false au lieu de true',
      'fiches.themes : options vaut ["raccrochage","aide-aux-devoirs","collaboration-ecole-famille","transitions-scolaires","sante-mentale-bien-etre","litteratie","insertion-socioprofessionnelle","mobilisation-communautaire","engagement-jeunesse"] au lieu de ["perseverance-scolaire","raccrochage","aide-aux-devoirs","collaboration-ecole-famille","transitions-scolaires","sante-mentale-bien-etre","litteratie","insertion-socioprofessionnelle","mobilisation-communautaire","engagement-jeunesse"]',
      'fiches.themes : max vaut 4 au lieu de 3',
      'fiches.evidence : absent du CMS',
      'fiches.evaluation : en position 7 au lieu de 8',
      'fiches.duration : en position 8 au lieu de 9',
      'fiches.groupSize : en position 9 au lieu de 10',
      'fiches.resources : en position 10 au lieu de 11',
      'fiches.cost : en position 11 au lieu de 12',
      'fiches.relatedTools : en position 12 au lieu de 13',
      'fiches.relatedModels : en position 13 au lieu de 14',
      'fiches.attachments : en position 14 au lieu de 15',
      'fiches.cover : en position 15 au lieu de 16',
      'fiches.published : en position 16 au lieu de 17',
      'fiches.reviewed : en position 17 au lieu de 18',
      'fiches.licence : en position 18 au lieu de 19',
      'fiches.authors : en position 19 au lieu de 20',
      'fiches.sample : en position 20 au lieu de 21',
    ]);
  });

  test('reports a pattern that counts the spaces around the text, which the schema trims', () => {
    // The pattern the CMS had before it trimmed: « ␣␣ab » passed the form, then failed the build's « au moins 3 ».
    const counting: CmsField[] = collection('fiches')
      .fields!.filter((f) => f.name !== 'body')
      .map((f): CmsField => (f.name === 'title' ? { ...f, pattern: ['^[\\s\\S]{3,120}$', 'entre 3 et 120 caractères'] } : f));
    const problems = compareCollection(fiches, counting, taxonomies);
    // Texts on two lines are no longer among them: a title is one line, for the schema and the form alike.
    expect(problems).toHaveLength(18);
    expect(problems.every((problem) => problem.startsWith('fiches.title : '))).toBe(true);
    expect(problems).toEqual(
      expect.arrayContaining([
        'fiches.title : « "  aa" » est refusé par le schéma mais permis par le CMS',
        'fiches.title : « "aa  " » est refusé par le schéma mais permis par le CMS',
        'fiches.title : « "   " » est refusé par le schéma mais permis par le CMS',
        'fiches.title : « 120 caractères entre " " et " " » est permis par le schéma mais refusé par le CMS',
        'fiches.title : « 120 caractères entre "\\n\\t" et "\u00a0\\n" » est permis par le schéma mais refusé par le CMS',
      ]),
    );
  });

  test('reads select options from the taxonomy files, regions with their official code', () => {
    expect(field(collection('fiches'), 'regions').options).toHaveLength(17);
    expect(field(collection('fiches'), 'regions').options).toContainEqual({ label: 'Saguenay–Lac-Saint-Jean (02)', value: 'saguenay-lac-saint-jean' });
    expect(field(collection('fiches'), 'evidence').options!.map((o) => o.label)).toEqual([
      'Expérience terrain',
      'Pratique documentée',
      'Pratique évaluée',
      'Pratique appuyée par la recherche',
    ]);
  });

  test('links organizations and other entries by their file name', () => {
    expect(field(collection('fiches'), 'organization')).toMatchObject({ widget: 'relation', collection: 'organismes', value_field: '{{slug}}', multiple: false });
    expect(field(collection('outils'), 'relatedSheets')).toMatchObject({ widget: 'relation', collection: 'fiches', value_field: '{{slug}}', multiple: true });
  });

  test('uploads images and attachments into a folder of the entry’s own, under the folder each field declares', () => {
    const cover = field(collection('fiches'), 'cover');
    expect(cover.widget).toBe('optional-object');
    expect(cover.fields!.find((f) => f.name === 'image')).toMatchObject({
      widget: 'image',
      required: true,
      media_folder: '/public/images/fiches/{{slug}}',
      public_folder: '/images/fiches/{{slug}}',
    });
    expect(cover.fields!.find((f) => f.name === 'alt')).toMatchObject({ required: true });
    const file = field(collection('outils'), 'files').fields!.find((f) => f.name === 'file')!;
    expect(file).toMatchObject({ widget: 'file', media_folder: '/public/fichiers/outils/{{slug}}', public_folder: '/fichiers/outils/{{slug}}' });
    expect(file.pattern![1]).toBe('un fichier PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP');
    // Decap tests the pattern on the file name; the folder is checked apart (isLooseUpload).
    expect(new RegExp(file.pattern![0]).test('grille.pptx')).toBe(true);
    expect(new RegExp(file.pattern![0]).test('script.exe')).toBe(false);
    expect(isLooseUpload('/fichiers/outils/grille-d-observation/grille.pdf', file.public_folder!)).toBe(false);
    // Uploaded before the title was written: no folder of its own.
    expect(isLooseUpload('/fichiers/outils/grille.pdf', file.public_folder!)).toBe(true);
    expect(isLooseUpload('/fichiers/outils/a/b/grille.pdf', file.public_folder!)).toBe(true);
  });

  test('every upload of the shipped library sits in its entry’s folder, as the form would put it', () => {
    const paths = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(mdx|yml)$/.test(name))
      .flatMap((name) => [...readFileSync(join(root, 'content', name), 'utf8').matchAll(/^\s*(?:file|image): (\/\S+)$/gm)].map((match) => match[1]!));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(path).toMatch(/^\/(?:fichiers|images)\/[a-z]+\/[a-z0-9-]+\/[^/]+$/);
  });

  test('writes dates as YYYY-MM-DD, today by default', () => {
    expect(field(collection('fiches'), 'published')).toMatchObject({ widget: 'carrefour-date', format: 'YYYY-MM-DD', default: '{{now}}' });
    expect(field(collection('fiches'), 'reviewed')).toMatchObject({ widget: 'carrefour-date', not_before: 'published' });
    expect(field(collection('fiches'), 'title').widget).toBe('entry-title');
    expect(field(collection('organismes'), 'name').widget).toBe('entry-title');
  });

  test('an event’s day starts empty, not today (issue 23)', () => {
    const day = field(collection('rencontres'), 'date');
    expect(day).toMatchObject({ widget: 'carrefour-date', required: true });
    expect(day.default).toBeUndefined();
  });

  test('edits bodies with sections one text area per section, starting with the type’s section headings; pages as raw Markdown', () => {
    for (const name of ['fiches', 'outils', 'modeles']) {
      const body = field(collection(name), 'body');
      expect(body).toMatchObject({ widget: 'body-sections', required: true });
      expect(body.modes).toBeUndefined();
    }
    expect(field(collection('fiches'), 'body').default).toBe(bodyTemplate(fiches.bodySections));
    expect(field(collection('pages'), 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'], default: '' });
    expect(field(collection('organismes'), 'body')).toBeUndefined();
  });

  test('lets contributors neither delete entries nor add pages', () => {
    expect(config.collections.every((c) => c.delete === false)).toBe(true);
    expect(collection('pages').create).toBe(false);
    expect(collection('fiches').create).toBe(true);
  });
});

describe('bodyTemplate', () => {
  test('returns one heading per section, with room to write under each', () => {
    expect(bodyTemplate(['Objectifs', 'Déroulement'])).toBe('## Objectifs\n\n\n## Déroulement\n');
  });
  test('returns an empty body when the type has no sections', () => {
    expect(bodyTemplate([])).toBe('');
  });
});

describe('textPattern', () => {
  test('returns a length rule in plain French', () => {
    expect(textPattern({ min: 3, max: 120 })?.[1]).toBe('entre 3 et 120 caractères');
    expect(textPattern({ max: 12 })?.[1]).toBe('12 caractères au plus');
    expect(textPattern({ min: 20 })?.[1]).toBe('au moins 20 caractères');
    expect(textPattern({ min: 2, max: 2 })?.[1]).toBe('exactement 2 caractères');
  });
  test('refuses a blank text in a required field: Decap checks the pattern of « ␣␣␣ », not its presence', () => {
    expect(textPattern({ max: 80, required: true })?.[1]).toBe('entre 1 et 80 caractères');
    expect(textPattern({ required: true })?.[1]).toBe('au moins 1 caractère');
    expect(new RegExp(textPattern({ max: 80, required: true })![0]).test('   ')).toBe(false);
    expect(new RegExp(textPattern({ max: 80 })![0]).test('   ')).toBe(true);
  });
  test('counts the text the way the schema does: without the spaces and line breaks around it', () => {
    const [source] = textPattern({ min: 3, max: 5, required: true })!;
    const accepts = (text: string) => new RegExp(source).test(text);
    for (const text of ['abc', '  abc', 'abc  ', ' abcde ', '\n\tab\ncd\u00a0\n', 'a b']) expect(accepts(text), JSON.stringify(text)).toBe(true);
    for (const text of ['  ab', 'ab  ', ' ab ', '   ', 'abcdef', ' abcdef ', '\nab\n', 'a\n\n\n\nb\n']) expect(accepts(text), JSON.stringify(text)).toBe(false);
  });
  test('agrees with String.prototype.trim on every limit, blank and padded text, single- and multi-line', () => {
    const pads = ['', ' ', '  ', '\t', '\n', '\u00a0', ' \n '];
    const cores = ['', 'a', 'ab', 'a b', 'abc', 'a\nb', 'ab\ncd', 'abcde', 'a   b', 'abcdefg'];
    for (const required of [false, true]) {
      for (const [min, max] of [
        [0, 1],
        [0, 2],
        [0, 5],
        [1, 1],
        [1, 3],
        [2, 2],
        [2, 5],
        [3, 3],
        [3, 6],
        [0, undefined],
        [2, undefined],
        [5, undefined],
      ] as const) {
        const pattern = textPattern({ min, max, required });
        const lowest = Math.max(min, required ? 1 : 0);
        for (const core of cores) {
          for (const text of pads.flatMap((before) => pads.map((after) => `${before}${core}${after}`)).filter((text) => text !== '')) {
            const length = text.trim().length;
            const expected = length >= lowest && (max === undefined || length <= max);
            expect(pattern ? new RegExp(pattern[0]).test(text) : true, `${JSON.stringify({ min, max, required })} ${JSON.stringify(text)}`).toBe(expected);
          }
        }
      }
    }
  });
  test('combines a format with a length, on the trimmed text', () => {
    const [source, message] = textPattern({ format: 'slug', max: 10 })!;
    expect(message).toBe('minuscules, chiffres et traits d’union seulement, 10 caractères au plus');
    expect(new RegExp(source).test('un-slug')).toBe(true);
    expect(new RegExp(source).test('  un-slug\n')).toBe(true);
    expect(new RegExp(source).test(' abcdefghij ')).toBe(true);
    expect(new RegExp(source).test('un-slug-trop-long')).toBe(false);
    expect(new RegExp(source).test(' un-slug-trop ')).toBe(false);
    expect(new RegExp(source).test('Un slug')).toBe(false);
    expect(new RegExp(source).test('un slug')).toBe(false);
    expect(new RegExp(source).test('   ')).toBe(false);
  });
  test('returns nothing for a free text without limits', () => {
    expect(textPattern({})).toBeUndefined();
  });
});

describe('the contributors’ configuration (/admin/) and the committee’s (/admin/comite/)', () => {
  const contributors = buildCmsConfig(readCmsSettings({}), taxonomies, 'contributor');
  const committee = buildCmsConfig(readCmsSettings({}), taxonomies, 'committee');
  const fieldNames = (c: CmsCollection) => c.fields!.map((f) => f.name);

  test('the committee’s is the whole configuration, the default', () => {
    expect(committee).toEqual(config);
  });

  test('contributors see sheets, tools, models, organizations, events, experience reports and questions to the network; the « Exemple fictif » mark is hidden from them, its default kept', () => {
    expect(contributors.collections.map((c) => c.name)).toEqual(['fiches', 'outils', 'modeles', 'organismes', 'rencontres', 'recits', 'appels']);
    for (const c of contributors.collections) {
      expect(c.fields!.find((f) => f.name === 'sample')).toEqual({ name: 'sample', label: 'Exemple fictif', widget: 'hidden', required: false, default: false });
    }
    expect(field(collection('fiches'), 'sample')).toMatchObject({ label: 'Exemple fictif', widget: 'boolean' });
  });

  test('everything else is the same for both, fields in the same order', () => {
    const visible = (c: CmsCollection) => ({ ...c, fields: c.fields!.filter((f) => !(committeeOnly.fields as readonly string[]).includes(f.name)) });
    const committeeCollections = committee.collections.filter((c) => !committeeOnly.collections.includes(c.name));
    expect(contributors.collections.map(visible)).toEqual(committeeCollections.map(visible));
    expect(contributors.collections.map(fieldNames)).toEqual(committeeCollections.map(fieldNames));
    expect({ ...contributors, collections: [] }).toEqual({ ...committee, collections: [] });
  });

  test('every committee-only collection and field exists, so a renamed one cannot reach contributors', () => {
    for (const name of committeeOnly.collections) expect(committee.collections.map((c) => c.name)).toContain(name);
    for (const name of committeeOnly.fields) expect(committee.collections.some((c) => c.fields?.some((f) => f.name === name))).toBe(true);
  });

  test('a contributor’s save keeps the « Exemple fictif » mark they cannot see: files stay byte-identical', () => {
    const files = contributors.collections
      .flatMap((c) => readdirSync(join(root, c.folder!)).map((name) => `${c.folder}/${name}`))
      .filter((path) => /^sample: true$/m.test(readFileSync(join(root, path), 'utf8')));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of saveUnchanged({ root, collections: contributors.collections, files })) {
      expect(file.output, file.path).toBe(readFileSync(join(root, file.path), 'utf8'));
    }
  });
});

describe('list fields', () => {
  /** Every list field of a configuration, at any depth, in collections and in files. */
  const listFields = (fields: CmsField[] = []): CmsField[] => fields.flatMap((f) => [...(f.widget === 'list' ? [f] : []), ...listFields(f.fields)]);
  const lists = config.collections.flatMap((c) => [...listFields(c.fields), ...(c.files ?? []).flatMap((file) => listFields(file.fields))]);

  test('each has a singular label, for « 1 pièce jointe » and its « Ajouter » button', () => {
    expect(lists.length).toBeGreaterThanOrEqual(8);
    expect(lists.filter((f) => !f.label_singular).map((f) => f.label)).toEqual([]);
    expect(field(collection('fiches'), 'attachments').label_singular).toBe('Pièce jointe');
  });
});

describe('formHint', () => {
  test('states the limits the schema enforces after the hint, from the field itself', () => {
    expect(formHint({ name: 'summary', label: 'Résumé', hint: 'En une phrase.', widget: 'text', required: true, min: 20, max: 300 })).toBe(
      'En une phrase. Entre 20 et 300 caractères.',
    );
    expect(formHint({ name: 'phone', label: 'Téléphone', widget: 'string', required: false, max: 40 })).toBe('40 caractères au plus.');
    expect(formHint({ name: 'x', label: 'X', widget: 'string', required: true, min: 5 })).toBe('Au moins 5 caractères.');
    expect(formHint({ name: 'd', label: 'Date', hint: 'AAAA-MM-JJ.', widget: 'date', required: true })).toBe('AAAA-MM-JJ.');
  });

  test('the summary of a sheet says « entre 20 et 300 caractères » in the form', () => {
    expect(field(collection('fiches'), 'summary').hint).toBe('En une ou deux phrases : pour qui, et ce que ça change. Entre 20 et 300 caractères.');
  });
});

describe('defaults of a new entry', () => {
  test('a required list of choices starts as an empty list, so Decap’s select does not change an untouched form', () => {
    expect(field(collection('fiches'), 'themes')).toMatchObject({ widget: 'select', multiple: true, default: [] });
    expect(field(collection('fiches'), 'evidence').default).toBeUndefined();
  });
});

describe('withTodayDefaults', () => {
  test('gives the dates that start at today the browser’s date, so an untouched new form has no change to save', () => {
    const today = withTodayDefaults(config, '2026-12-07');
    const fiches = today.collections.find((candidate) => candidate.name === 'fiches')!;
    expect(fiches.fields!.find((candidate) => candidate.name === 'published')!.default).toBe('2026-12-07');
    expect(JSON.stringify(today)).not.toContain('{{now}}');
    expect(JSON.stringify(config)).toContain('{{now}}');
    const events = today.collections.find((candidate) => candidate.name === 'rencontres')!;
    expect(events.fields!.find((candidate) => candidate.name === 'date')!.default).toBeUndefined();
  });
});
