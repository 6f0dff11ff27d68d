import fc from 'fast-check';
import type { DatasetAnnotation, DatasetDocument, TagwerkDataset } from '@shared/formats/datasetSchema';
import { documentIdOf } from '@shared/text/documentId';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { ME } from './importHarness';

/** Pieces of German news text, with the cases offsets get wrong: astral emoji, modifiers, flags, NFD umlauts, line breaks. */
const PIECES = ['Der', 'Bundestag', 'beschloss', 'am', '3. Juli 2025', 'das', 'Gesetz.', '„Ja“,', 'sagte', 'Putin', 'Müller', 'Mu\u0308ller', 'Göttingen', '😀', '👍🏽', '🇩🇪', '𝔄nna', '—', '€', '\n', '\n\n', '\t', '  '];

/** A non-empty text made of news pieces and arbitrary graphemes. */
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(' '));

const ANNOTATORS = [ME, 'jonas', 'lea', 'Ünal 😀'];

/** An ISO timestamp of 2026 (as exports write them). */
const timestampArb = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());

interface SpanSeed {
  readonly a: number;
  readonly b: number;
  readonly label: string;
  readonly annotator: string;
  readonly note: string | undefined;
}

const spanSeedArb: fc.Arbitrary<SpanSeed> = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  label: fc.constantFrom(...LABEL_IDS),
  annotator: fc.constantFrom(...ANNOTATORS),
  note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
});

/** A document whose annotations are valid spans of its text (code points; quotes are the slices). */
function documentFrom(text: string, seeds: readonly SpanSeed[], index: number, meta: { title: string; language: string; source: string; createdAt: string }): DatasetDocument {
  const codePoints = [...text];
  const id = documentIdOf(text);
  const annotations: DatasetAnnotation[] = seeds.map((seed, i) => {
    const start = seed.a % codePoints.length;
    const end = start + 1 + (seed.b % (codePoints.length - start));
    return {
      id: `d${index}-a${i}`,
      label: seed.label,
      start,
      end,
      text: codePoints.slice(start, end).join(''),
      annotator: seed.annotator,
      createdAt: meta.createdAt,
      ...(seed.note === undefined ? {} : { note: seed.note }),
    };
  });
  return { id, title: meta.title, language: meta.language, source: meta.source, text, annotations };
}

/** A valid tagwerk dataset (1–3 documents with distinct texts, 0–12 spans each, several annotators). */
export const datasetArb: fc.Arbitrary<TagwerkDataset> = fc
  .record({
    texts: fc.uniqueArray(textArb, { minLength: 1, maxLength: 3 }),
    spans: fc.array(fc.array(spanSeedArb, { maxLength: 12 }), { minLength: 3, maxLength: 3 }),
    annotator: fc.constantFrom(...ANNOTATORS),
    exportedAt: timestampArb,
    title: fc.string({ maxLength: 60 }),
    language: fc.constantFrom('de', 'en', 'de-AT'),
    source: fc.constantFrom('artikel.txt', 'builtin:demo', 'nachricht.md'),
  })
  .map(({ texts, spans, annotator, exportedAt, title, language, source }) => ({
    format: 'tagwerk.dataset' as const,
    version: 1 as const,
    exportedAt,
    annotator,
    offsetUnit: 'codepoint' as const,
    labels: LABEL_IDS.map((id) => ({ id, name: id.toUpperCase() })),
    documents: texts.map((text, i) => documentFrom(text, spans[i] ?? [], i, { title, language, source, createdAt: exportedAt })),
  }));

/** A valid value, or (one time in three) any JSON value in its place. */
function usually<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

/** Dataset-shaped JSON whose every field may be anything: gets past the first checks into the deep ones. */
export const shapedTagwerkArb: fc.Arbitrary<unknown> = fc.record({
  format: usually(fc.constant('tagwerk.dataset')),
  version: usually(fc.constant(1)),
  exportedAt: usually(timestampArb),
  annotator: usually(fc.constantFrom(...ANNOTATORS)),
  offsetUnit: usually(fc.constantFrom('codepoint', 'utf16')),
  labels: usually(fc.array(fc.record({ id: usually(fc.constantFrom(...LABEL_IDS)), name: usually(fc.string()) }), { maxLength: 5 })),
  documents: usually(
    fc.array(
      fc.record({
        id: usually(fc.oneof(textArb.map(documentIdOf), fc.constant('sha256:' + '0'.repeat(64)))),
        title: usually(fc.string()),
        language: usually(fc.constantFrom('de', 'x', '')),
        source: usually(fc.constantFrom('a.txt', '/etc/passwd', '..', 'C:\\x.txt', 'builtin:x')),
        text: usually(textArb),
        annotations: usually(
          fc.array(
            fc.record({
              id: usually(fc.string({ minLength: 1, maxLength: 4 })),
              label: usually(fc.constantFrom(...LABEL_IDS, 'other')),
              start: usually(fc.integer({ min: -2, max: 40 })),
              end: usually(fc.integer({ min: -2, max: 40 })),
              text: usually(fc.string({ maxLength: 8 })),
              annotator: usually(fc.constantFrom(...ANNOTATORS)),
            }),
            { maxLength: 4 },
          ),
        ),
      }),
      { maxLength: 3 },
    ),
  ),
});

/** doccano-shaped JSONL lines with arbitrary offsets and labels (any of which may be any JSON). */
export const shapedDoccanoArb: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      id: usually(fc.nat()),
      text: usually(textArb),
      label: usually(fc.array(fc.tuple(usually(fc.integer({ min: -2, max: 60 })), usually(fc.integer({ min: -2, max: 60 })), usually(fc.constantFrom(...LABEL_IDS))), { maxLength: 5 })),
    }),
    { maxLength: 4 },
  )
  .map((records) => records.map((r) => JSON.stringify(r)).join('\n'));

/** W3C-shaped annotations on the given sources, with arbitrary selectors and bodies. */
export function shapedW3cArb(sources: readonly string[]): fc.Arbitrary<unknown> {
  const annotation = fc.record({
    id: usually(fc.string({ minLength: 1, maxLength: 8 })),
    type: fc.constant('Annotation'),
    body: usually(fc.record({ type: usually(fc.constant('TextualBody')), purpose: usually(fc.constantFrom('tagging', 'commenting')), value: usually(fc.constantFrom(...LABEL_IDS)) })),
    target: usually(
      fc.record({
        source: usually(fc.constantFrom(...sources, 'urn:x')),
        selector: usually(
          fc.array(
            fc.oneof(
              fc.record({ type: fc.constant('TextPositionSelector'), start: usually(fc.integer({ min: -2, max: 60 })), end: usually(fc.integer({ min: -2, max: 60 })) }),
              fc.record({ type: fc.constant('TextQuoteSelector'), exact: usually(fc.string({ maxLength: 6 })) }),
            ),
            { maxLength: 3 },
          ),
        ),
      }),
    ),
  });
  return fc.oneof(
    fc.array(annotation, { maxLength: 4 }),
    fc.record({ type: fc.constant('AnnotationCollection'), creator: usually(fc.constantFrom(...ANNOTATORS)), created: usually(timestampArb), first: usually(fc.record({ items: fc.array(annotation, { maxLength: 4 }) })) }),
    annotation,
  );
}

/** Any JSON text at all (also not an object), sometimes as JSON Lines. */
export const anyJsonTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map((vs) => vs.map((v) => JSON.stringify(v)).join('\n')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
