import { z } from 'zod';

const text = z.string();
const count = z.number();

/** A problem without values of its own: the code says it all. */
const plain = <C extends string>(code: C) => z.object({ code: z.literal(code) });

/**
 * What is wrong with an imported file, as a code and the values a sentence needs (`spanOutOfText`
 * with start, end and the text's length), so the window words it from its catalogs in the
 * user's language while the CLI keeps the English `message` next to it. Strings from the file
 * arrive shortened and printable (see `excerpt`), so a hostile value cannot flood a sentence.
 */
export const ProblemFactsSchema = z.discriminatedUnion('code', [
  // Reading the file
  z.object({ code: z.literal('notJson'), line: count.optional(), column: count.optional() }),
  z.object({ code: z.literal('forbiddenKey'), key: text }),
  plain('unknownFormat'),
  z.object({ code: z.literal('fileTooLarge'), limit: count }),
  plain('notUtf8'),
  plain('notRegularFile'),
  plain('fileNotFound'),
  plain('permissionDenied'),
  z.object({ code: z.literal('readFailed'), reason: text }),
  plain('conllNotImportable'),
  plain('noDocument'),
  plain('noAnnotation'),
  z.object({ code: z.literal('annotatorRequired'), format: text }),
  z.object({ code: z.literal('exportTimeRequired'), format: text }),
  // A value of the wrong shape (the schema's checks)
  plain('required'),
  z.object({ code: z.literal('wrongType'), expected: text }),
  z.object({ code: z.literal('notOneOf'), values: text, count }),
  plain('empty'),
  z.object({ code: z.literal('tooSmall'), minimum: count }),
  z.object({ code: z.literal('tooLarge'), maximum: count }),
  z.object({ code: z.literal('tooShort'), minimum: count }),
  z.object({ code: z.literal('tooLong'), maximum: count }),
  z.object({ code: z.literal('tooFew'), minimum: count }),
  z.object({ code: z.literal('tooMany'), maximum: count }),
  plain('notDateTime'),
  plain('notBaseName'),
  plain('notDocumentId'),
  z.object({ code: z.literal('loneSurrogate'), at: count }),
  z.object({ code: z.literal('tooDeep'), maximum: count }),
  z.object({ code: z.literal('unknownKeys'), keys: text }),
  /** Anything else the schema refuses, with its English detail. */
  z.object({ code: z.literal('invalid'), detail: text }),
  // Documents, tags and labels
  z.object({ code: z.literal('documentIdMismatch'), id: text, actual: text }),
  z.object({ code: z.literal('duplicateDocumentId'), id: text }),
  z.object({ code: z.literal('duplicateLabelId'), id: text }),
  z.object({ code: z.literal('duplicateAnnotationId'), id: text }),
  z.object({ code: z.literal('unknownLabel'), label: text }),
  z.object({ code: z.literal('spanOutOfText'), start: count, end: count, length: count }),
  z.object({ code: z.literal('spanNotOnCharacters'), start: count, end: count }),
  z.object({ code: z.literal('quoteMismatch'), start: count, end: count, found: text, quote: text }),
  // Making a text canonical (NFC, LF, no byte-order mark): a span offset with no exact place in it
  z.object({ code: z.literal('spanInLineBreak'), start: count, end: count }),
  z.object({ code: z.literal('spanInComposedCharacter'), start: count, end: count }),
  z.object({ code: z.literal('spanOnlyByteOrderMark'), start: count, end: count }),
  // Relations
  plain('relationTypesNeedV2'),
  plain('relationsNeedV2'),
  z.object({ code: z.literal('duplicateRelationTypeId'), id: text }),
  z.object({ code: z.literal('relationTypeUnknownLabel'), type: text, label: text }),
  z.object({ code: z.literal('duplicateRelationId'), id: text }),
  z.object({ code: z.literal('relationToItself'), from: text }),
  z.object({ code: z.literal('relationEndMissing'), end: z.enum(['from', 'to']), id: text }),
  z.object({ code: z.literal('relationEndOtherAnnotator'), end: z.enum(['from', 'to']), id: text, annotator: text, relationAnnotator: text }),
  z.object({ code: z.literal('relationTypeUnknown'), type: text }),
  z.object({ code: z.literal('relationPairNotAllowed'), type: text, from: text, to: text, allowed: text }),
  z.object({ code: z.literal('relationDuplicate'), type: text, from: text, to: text }),
  // brat
  plain('bratBadLine'),
  plain('bratMissingText'),
  z.object({ code: z.literal('bratNoteTargetMissing'), target: text }),
  // W3C Web Annotation
  plain('w3cNotAnnotation'),
  z.object({ code: z.literal('w3cNoSelector'), id: text }),
  z.object({ code: z.literal('w3cNoText'), source: text }),
  z.object({ code: z.literal('quoteNotFound'), quote: text, source: text }),
  // WebAnno TSV
  plain('webannoBadHeader'),
  plain('webannoSentenceHeader'),
  z.object({ code: z.literal('webannoBadRow'), columns: count }),
  plain('webannoRowBeforeText'),
  z.object({ code: z.literal('webannoTokenMismatch'), offsets: text, found: text, token: text }),
  plain('webannoNoTsv'),
]);

/** One problem's code and values. */
export type ProblemFacts = z.infer<typeof ProblemFactsSchema>;

/** One of the problem codes. */
export type ProblemCode = ProblemFacts['code'];

/** Every problem code, in the schema's order (the catalogs test checks each has a sentence in every language). */
export const PROBLEM_CODES: readonly ProblemCode[] = ProblemFactsSchema.options.map((option) => option.shape.code.value);

/** The `params` of a zod custom issue that carry a problem's code and values, read back by `problemsFromIssues`. */
export function issueFacts(facts: ProblemFacts): { facts: ProblemFacts } {
  return { facts };
}

/** The code and values a zod custom issue carries in its `params` (see `issueFacts`), if any. */
export function factsOfIssue(params: unknown): ProblemFacts | undefined {
  const found = params !== null && typeof params === 'object' && 'facts' in params ? ProblemFactsSchema.safeParse(params.facts) : undefined;
  return found?.success === true ? found.data : undefined;
}
