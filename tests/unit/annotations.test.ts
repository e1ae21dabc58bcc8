import { describe, expect, test } from 'vitest';
import { githubAnnotation } from '../../src/lib/validation/problem';

describe('githubAnnotation', () => {
  test('puts the problem on its file and line', () => {
    const line = githubAnnotation({ severity: 'warning', file: 'content/fiches/x.mdx', line: 4, subject: 'corps du texte', problem: 'lien brisé', fix: 'corrigez-le.' });
    expect(line).toBe('::warning file=content/fiches/x.mdx,line=4::content/fiches/x.mdx:4 — corps du texte : lien brisé. Correction : Corrigez-le.');
  });

  test('a file name cannot end its property and forge another file, line or message', () => {
    const file = 'public/fichiers/outils/a,line=1::✅ tout va bien.pdf';
    const line = githubAnnotation({ severity: 'error', file, subject: 'fichier téléversé', problem: 'type refusé\nseconde ligne', fix: 'retirez-le.' });
    const [command, properties, ...message] = line.split('::');
    expect(command).toBe('');
    expect(properties).toBe('error file=public/fichiers/outils/a%2Cline=1%3A%3A✅ tout va bien.pdf');
    expect(properties!.split(',')).toHaveLength(1);
    expect(message.join('::')).not.toContain('\n');
    expect(message.join('::')).toContain('type refusé%0Aseconde ligne');
  });
});
