import type { CollectionSpec, Field } from '../../src/schema/fields';
import { objectSchema } from '../../src/schema/to-zod';
import type { TaxonomyOptions } from '../../cms/config/fields';
import { entryUploadFolder, isLooseUpload } from '../../cms/config/uploads';
import type { CmsField } from '../../cms/config/types';
import { checkFormText } from '../../cms/widgets/plain-text';

/**
 * Texts around each limit and format, to compare what the CMS pattern and the Zod schema accept. The schema
 * trims text before counting it and matching its format, so each text also comes padded with spaces, tabs,
 * no-break spaces and line breaks (a `text` field is multi-line), and blank; a few hold an invisible character or a misleading address.
 */
function textSamples(field: Field & { min?: number; max?: number }): string[] {
  const lengths = [1, 2, field.min ?? 0, field.max ?? 0].flatMap((n) => [n - 1, n, n + 1]).filter((n) => n > 0);
  const plain = [
    ...new Set(lengths),
    'info@organisme.example',
    'pas une adresse',
    'https://organisme.example/page',
    'mentorat-entre-pairs',
    'Pas-Un-Identifiant',
    'a\u000bb',
    'a\u202eb',
    'https://site@evil.example/',
    'info@x.example?cc=spy%40evil.example',
  ].map((sample) => (typeof sample === 'number' ? 'a'.repeat(sample) : sample));
  // A multi-line text of n characters once trimmed: two lines, the break inside counts.
  const lines = lengths.filter((n) => n >= 3).map((n) => `${'a'.repeat(n - 2)}\nb`);
  return [...plain, ...lines, ...[...plain, ...lines].flatMap((text) => [`  ${text}`, `${text}  `, ` ${text} `, `\n\t${text}\u00a0\n`]), ' ', '   ', '\n \n'];
}

/** Names a sample in a message: short ones as written (JSON, so spaces and line breaks show), long ones by their length once trimmed. */
function describeSample(sample: string): string {
  if (sample.length <= 30) return JSON.stringify(sample);
  const trimmed = sample.trim();
  const [before, after] = [sample.slice(0, sample.indexOf(trimmed)), sample.slice(sample.indexOf(trimmed) + trimmed.length)];
  const lines = trimmed.split('\n').length;
  return `${trimmed.length} caractères${lines > 1 ? ` sur ${lines} lignes` : ''}${trimmed === sample ? '' : ` entre ${JSON.stringify(before)} et ${JSON.stringify(after)}`}`;
}

/** Returns the differences between a schema field and its CMS field, as readable lines (none when they agree). */
function compareField(field: Field, cms: CmsField | undefined, path: string, taxonomies: TaxonomyOptions): string[] {
  if (!cms) return [`${path} : absent du CMS`];
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${path} : ${what} vaut ${JSON.stringify(actual)} au lieu de ${JSON.stringify(expected)}`);
  };
  expect('name', cms.name, field.name);
  expect('label', cms.label, field.label);
  expect('required', cms.required, field.required);
  const min = 'min' in field && field.min ? field.min : undefined;
  const max = 'max' in field ? field.max : undefined;
  switch (field.widget) {
    case 'string':
    case 'text': {
      const zod = objectSchema([field]);
      const pattern = cms.pattern ? new RegExp(cms.pattern[0]) : undefined;
      for (const sample of textSamples(field)) {
        // Decap tests the pattern on any non-empty value, a blank one too; `required` only refuses an empty one.
        // The form's text controls also refuse invisible characters before a save (cms/widgets/plain-text.ts).
        const byCms = (pattern ? pattern.test(sample) : true) && checkFormText(sample, field.label, field.widget === 'text') === true;
        const bySchema = zod.safeParse({ [field.name]: sample }).success;
        if (byCms !== bySchema)
          problems.push(`${path} : « ${describeSample(sample)} » est ${bySchema ? 'permis' : 'refusé'} par le schéma mais ${byCms ? 'permis' : 'refusé'} par le CMS`);
      }
      break;
    }
    case 'number':
      expect('value_type', cms.value_type, field.integer ? 'int' : 'float');
      expect('min', cms.min, field.min);
      expect('max', cms.max, field.max);
      break;
    case 'select': {
      const options = 'taxonomy' in field.options ? taxonomies[field.options.taxonomy] : field.options;
      expect(
        'options',
        cms.options?.map((o) => o.value),
        options.map((o) => o.value),
      );
      expect('multiple', cms.multiple, field.multiple);
      if (field.multiple) expect('min', cms.min, min);
      if (field.multiple) expect('max', cms.max, max);
      break;
    }
    case 'relation':
      expect('collection', cms.collection, field.collection);
      expect('multiple', cms.multiple, field.multiple);
      if (field.multiple) expect('min', cms.min, min);
      if (field.multiple) expect('max', cms.max, max);
      break;
    case 'file':
    case 'image': {
      expect('widget', cms.widget, field.widget);
      const zod = objectSchema([{ ...field, required: true }]);
      const pattern = cms.pattern ? new RegExp(cms.pattern[0]) : undefined;
      for (const extension of ['pdf', 'PDF', 'docx', 'odt', 'xlsx', 'pptx', 'odp', 'ods', 'svg', 'png', 'jpg', 'exe', 'html', 'js']) {
        // Decap tests the pattern on the file name alone (its file widget's getValidateValue); the folder is
        // checked by the project's upload widgets (cms/media/upload-widgets.ts), as isLooseUpload says.
        for (const sample of [`${field.folder}/un-contenu/fichier.${extension}`, `${field.folder}/fichier.${extension}`]) {
          const byCms = (pattern ? pattern.test(sample.split('/').pop()!) : true) && !isLooseUpload(sample, cms.public_folder ?? '');
          const bySchema = zod.safeParse({ [field.name]: sample }).success;
          if (byCms !== bySchema) problems.push(`${path} : « ${sample} » est ${bySchema ? 'permis' : 'refusé'} par le schéma mais ${byCms ? 'permis' : 'refusé'} par le CMS`);
        }
      }
      expect('media_folder', cms.media_folder, `/public${entryUploadFolder(field.folder)}`);
      expect('public_folder', cms.public_folder, entryUploadFolder(field.folder));
      break;
    }
    case 'date':
      expect('format', cms.format, 'YYYY-MM-DD');
      break;
    case 'boolean':
      expect('widget', cms.widget, 'boolean');
      break;
    case 'string-list':
      expect('widget', cms.widget, 'list');
      expect('min', cms.min, min);
      expect('max', cms.max, max);
      if (!cms.field || cms.fields) problems.push(`${path} : une liste de textes a un seul champ (field)`);
      break;
    case 'list':
      expect('widget', cms.widget, 'list');
      expect('min', cms.min, min);
      expect('max', cms.max, max);
      problems.push(...compareFields(field.fields, cms.fields ?? [], path, taxonomies));
      break;
    case 'object':
      problems.push(...compareFields(field.fields, cms.fields ?? [], path, taxonomies));
      break;
  }
  return problems;
}

/** Returns the differences between schema fields and CMS fields, which must match one to one, in order. */
export function compareFields(fields: readonly Field[], cmsFields: CmsField[], path: string, taxonomies: TaxonomyOptions): string[] {
  const problems = fields.flatMap((field, i) => {
    const cms = cmsFields.find((candidate) => candidate.name === field.name);
    const misplaced = cms && cmsFields.indexOf(cms) !== i ? [`${path}.${field.name} : en position ${cmsFields.indexOf(cms) + 1} au lieu de ${i + 1}`] : [];
    return [...misplaced, ...compareField(field, cms, `${path}.${field.name}`, taxonomies)];
  });
  const extra = cmsFields.filter((cms) => !fields.some((field) => field.name === cms.name));
  return [...problems, ...extra.map((cms) => `${path}.${cms.name} : champ du CMS absent du schéma`)];
}

/** Returns the differences between a content type and its CMS collection; the body field is checked apart. */
export function compareCollection(spec: CollectionSpec, cmsFields: CmsField[], taxonomies: TaxonomyOptions): string[] {
  return compareFields(
    spec.fields,
    cmsFields.filter((field) => field.name !== 'body'),
    spec.name,
    taxonomies,
  );
}
