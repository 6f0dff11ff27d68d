// @vitest-environment happy-dom
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument, ImportResult } from '@shared/ipc/methods/datasetMethods';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { ImportHead } from '../../../../../renderer/features/datasets/ImportHead';
import { mountComponent } from '../../../support/mountComponent';

const view = mountComponent();

/** The export time as the head writes it in English (the machine's time zone). */
const EXPORTED_EN = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-01T09:30:00.000Z'));

type Imported = Extract<ImportResult, { status: 'imported' }>;

const mine = (annotator: string): ImportedDocument['mine'] => ({ annotator, imported: 1, added: 0, conflicts: 0, relationsAdded: 0, relationsKept: 0, relationsDropped: 0, refused: false });
const colleague = (annotator: string): ImportedDocument['colleagues'][number] => ({ annotator, annotations: 2, relations: 0, relationsDropped: 0, outcome: 'stored' });

function result(format: Imported['format'], purpose: Imported['purpose'], annotator: string, documents: Array<Pick<ImportedDocument, 'mine' | 'colleagues'>>): Imported {
  return {
    status: 'imported',
    name: 'jonas.doccano.jsonl',
    format,
    purpose,
    losses: [],
    annotator,
    exportedAt: '2026-03-01T09:30:00.000Z',
    documents: documents.map((d, i) => ({ id: `d${i}`, title: `Text ${i}`, created: false, ...d })),
    warnings: [],
  };
}

describe('ImportHead', () => {
  it.each([
    // The bug: my own doccano lines imported as a colleague's went into my set, but the head said the colleague exported them.
    ['en-US', result('doccano', 'colleague', 'Jonas', [{ mine: mine('tester'), colleagues: [] }]), 'From jonas.doccano.jsonl. Its tags that name you (tester) went into your own set, not into Jonas’s.'],
    [
      'de-DE',
      result('doccano', 'colleague', 'Jonas', [{ mine: mine('tester'), colleagues: [] }]),
      'Aus jonas.doccano.jsonl. Die Markierungen, die Sie (tester) nennen, sind in Ihren eigenen Satz eingegangen, nicht in den von Jonas.',
    ],
    ['en-US', result('doccano', 'colleague', 'Mu\u0308ller 😀', [{ mine: null, colleagues: [colleague('Mu\u0308ller 😀')] }]), 'From jonas.doccano.jsonl. Its tags went into Mu\u0308ller 😀’s set, for review.'],
    ['de-DE', result('brat', 'mine', 'tester', [{ mine: mine('tester'), colleagues: [] }]), 'Aus jonas.doccano.jsonl. Die Markierungen sind in Ihren eigenen Satz eingegangen.'],
    // Lines naming me and others, read as mine: my set and theirs.
    ['en-US', result('doccano', 'mine', 'tester', [{ mine: mine('tester'), colleagues: [colleague('kim'), colleague('jonas')] }]), 'From jonas.doccano.jsonl. Its tags went into your own set. Its tags by 2 colleagues went into their sets, for review.'],
    // A Tagwerk file names who exported it and when.
    ['en-US', result('tagwerk', 'colleague', 'kim', [{ mine: null, colleagues: [colleague('kim')] }, { mine: null, colleagues: [colleague('jonas')] }]), `From jonas.doccano.jsonl, exported by kim on ${EXPORTED_EN}. Its tags went into 2 colleagues’ sets, for review.`],
  ])('%s: %j reads “%s”', async (locale, imported, sentence) => {
    const i18n = await createI18n(locale);
    view.render(
      <I18nextProvider i18n={i18n}>
        <ImportHead result={imported} />
      </I18nextProvider>,
    );
    expect(view.host.textContent).toBe(sentence);
    // Every name from the file is isolated.
    expect(view.host.querySelectorAll('bdi').length).toBeGreaterThan(0);
  });
});
