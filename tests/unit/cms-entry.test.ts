import { describe, expect, test } from 'vitest';
import { fromJS, List, Map } from 'immutable';
import { removeEmptyValues } from '../../cms/entry-cleanup';
import { hasContent } from '../../cms/widgets/optional-object';
import { mergePhrases } from '../../cms/locale';

describe('removeEmptyValues', () => {
  test('drops the optional fields a contributor left empty', () => {
    const data = fromJS({
      title: 'Titre',
      duration: '',
      groupSize: null,
      relatedTools: [],
      resources: { human: '', material: '' },
      cover: { image: '', alt: '' },
      sample: false,
      memberSince: 0,
    });
    expect(removeEmptyValues(data).toJS()).toEqual({ title: 'Titre', sample: false, memberSince: 0 });
  });

  test('keeps the filled part of an object, in its order', () => {
    const data = fromJS({ resources: { human: 'Deux animateurs', material: '', financial: 'Environ 500 $' } });
    expect(JSON.stringify(removeEmptyValues(data).toJS())).toBe('{"resources":{"human":"Deux animateurs","financial":"Environ 500 $"}}');
  });

  test('returns data without empty values as is', () => {
    const data = fromJS({ title: 'Titre', themes: ['litteratie'], cover: { image: '/images/fiches/a.svg', alt: 'Une image' } });
    expect(removeEmptyValues(data)).toBe(data);
  });

  test('keeps list items in place', () => {
    const data = fromJS({ authors: ['Line Roy', 'Paul Roy'] });
    expect(removeEmptyValues(data).get('authors')).toEqual(List(['Line Roy', 'Paul Roy']));
  });
});

describe('hasContent', () => {
  test('is false for an object of empty texts', () => {
    expect(hasContent(Map({ image: '', alt: '' }))).toBe(false);
    expect(hasContent(undefined)).toBe(false);
  });
  test('is true once one nested field is filled', () => {
    expect(hasContent(Map({ image: '/images/fiches/a.png', alt: '' }))).toBe(true);
  });
});

describe('mergePhrases', () => {
  test('replaces nested phrases and keeps the others', () => {
    const base = { editor: { widget: { required: 'Le champ %{fieldLabel} est requis.', pathExists: 'existe' } }, app: { login: 'Se connecter' } };
    expect(mergePhrases(base, { editor: { widget: { required: '« %{fieldLabel} » est obligatoire.' } } })).toEqual({
      editor: { widget: { required: '« %{fieldLabel} » est obligatoire.', pathExists: 'existe' } },
      app: { login: 'Se connecter' },
    });
  });
});
