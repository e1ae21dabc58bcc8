import { describe, expect, test } from 'vitest';
import { renamedExample, replacedFileName, sameNameRefusal } from '../../cms/media/guard';

describe('the guard against replacing uploaded files', () => {
  test('recognizes Decap’s replace question and only that one', () => {
    expect(replacedFileName('ordre-du-jour.pdf already exists. Do you want to replace it?')).toBe('ordre-du-jour.pdf');
    expect(replacedFileName('Voulez-vous vraiment supprimer ce fichier ?')).toBeUndefined();
    expect(replacedFileName('ordre-du-jour.pdf already exists.')).toBeUndefined();
  });

  test('suggests a free name before the extension', () => {
    expect(renamedExample('ordre-du-jour.pdf')).toBe('ordre-du-jour-2.pdf');
    expect(renamedExample('photo.de.groupe.png')).toBe('photo.de.groupe-2.png');
    expect(renamedExample('lisez-moi')).toBe('lisez-moi-2');
  });

  test('tells the contributor in French that nothing was replaced, and what to do', () => {
    expect(sameNameRefusal('ordre-du-jour.pdf')).toBe(
      'Un fichier nommé « ordre-du-jour.pdf » existe déjà pour ce contenu : il n’est pas remplacé. Renommez votre fichier sur votre ordinateur (par exemple « ordre-du-jour-2.pdf »), puis téléversez-le de nouveau.',
    );
  });
});
