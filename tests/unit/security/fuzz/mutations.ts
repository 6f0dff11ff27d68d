import fc from 'fast-check';

/** A parsed JSON value as the mutations see it. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON text that JSON.stringify cannot write (1e400, -0, nesting deeper than its recursion
 * allows) is registered here and stands in the value as a marker string, spliced in as raw text
 * after serialization. Entries past the constants are dropped after each mutation.
 */
const rawTexts: string[] = [];
const raw = (text: string): string => `\u0001RAW:${rawTexts.push(text) - 1}\u0001`;
const MARKER = /"\\u0001RAW:(\d+)\\u0001"/g;

/** Values a type swap puts where another type was. */
const SWAP_VALUES: readonly Json[] = [null, true, false, 0, -1, '', 'x', '0', '12', [], {}, [0, 1], { id: 'x' }, 1.5, raw('1e400'), raw('-0')];

/** Numbers that break offset arithmetic: negative, fractional, beyond safe integers, infinite, "NaN". */
const BAD_NUMBERS: readonly Json[] = [-1, -(2 ** 31), 0.5, 1e-7, 2 ** 31, 2 ** 32 + 1, 2 ** 53, 2 ** 53 + 2, 1e21, 1.7976931348623157e308, raw('1e400'), raw('-1e400'), raw('-0'), 'NaN', 'Infinity', null];

/** How many raw texts belong to the constants above (the rest are per mutation). */
const CONSTANT_RAW_TEXTS = rawTexts.length;

/** Keys a rename may produce: the schema's own (wrong place), near misses and prototype keys. */
const KEYS = ['id', 'start', 'end', 'text', 'label', 'labels', 'annotations', 'documents', 'annotator', 'start_offset', 'end_offset', 'Start', 'TEXT', 'type', 'value', 'selector', 'source', 'items', 'first', '', ' ', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** What an edit inserts into a string value: broken UTF-16, NUL, line endings, decomposed and astral text, markup, bidi and terminal escapes. */
const STRING_INSERTS = ['\ud800', '\udc00', '\udbff\udbff', '\u0000', '\r\n', '\r', 'u\u0308', '😀', '👍🏽', '\ufeff', '\u202e', '\u001b[2J', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;b&gt;', '\\', '"', '${x}', '%s%n', '../../etc/passwd', 'C:\\x', 'undefined'];

/** Bytes a byte-level insert uses: invalid UTF-8 (lone continuation, truncated, overlong, surrogate, > U+10FFFF), NUL, BOMs. */
const BYTE_INSERTS: readonly number[][] = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x00], [0x00, 0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x0d], [0x1b]];

/** One edit of the parsed value, with numbers that choose where (taken modulo what exists). */
type ValueOp =
  | { op: 'deleteKey'; at: number; key: number }
  | { op: 'renameKey'; at: number; key: number; to: number }
  | { op: 'typeSwap'; at: number; value: number }
  | { op: 'badNumber'; at: number; value: number }
  | { op: 'nudgeNumber'; at: number; by: number }
  | { op: 'swapStartEnd'; at: number }
  | { op: 'forbiddenKey'; at: number; key: number; polluting: boolean }
  | { op: 'deepNest'; at: number; depth: number; objects: boolean }
  | { op: 'longString'; at: number; length: number }
  | { op: 'stringInsert'; at: number; insert: number; position: number }
  | { op: 'stringCut'; at: number; position: number }
  | { op: 'duplicateElement'; at: number; index: number }
  | { op: 'removeElement'; at: number; index: number };

/** One edit of the serialized text. */
type TextOp = { op: 'truncate'; position: number } | { op: 'insertChar'; position: number; char: string } | { op: 'deleteChar'; position: number };

/** One edit of the UTF-8 bytes. */
type ByteOp = { op: 'flipBit'; position: number; bit: number } | { op: 'truncateBytes'; position: number } | { op: 'insertBytes'; position: number; bytes: number };

/** A whole mutation: value edits, then text edits of the serialization, then byte edits of its UTF-8. */
export interface Mutation {
  readonly valueOps: readonly ValueOp[];
  readonly textOps: readonly TextOp[];
  readonly byteOps: readonly ByteOp[];
  readonly pretty: boolean;
}

const at = fc.nat();

/** A size: usually a small one, one time in six a huge one (huge cases cost ~10x; they still come up hundreds of times a run). */
function rarelyHuge(small: readonly number[], huge: readonly number[]): fc.Arbitrary<number> {
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...small) }, { weight: 1, arbitrary: fc.constantFrom(...huge) });
}
const valueOp: fc.Arbitrary<ValueOp> = fc.oneof(
  fc.record({ op: fc.constant('deleteKey' as const), at, key: fc.nat() }),
  fc.record({ op: fc.constant('renameKey' as const), at, key: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('typeSwap' as const), at, value: fc.nat() }),
  fc.record({ op: fc.constant('badNumber' as const), at, value: fc.nat() }),
  fc.record({ op: fc.constant('nudgeNumber' as const), at, by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ op: fc.constant('swapStartEnd' as const), at }),
  fc.record({ op: fc.constant('forbiddenKey' as const), at, key: fc.nat(), polluting: fc.boolean() }),
  fc.record({ op: fc.constant('deepNest' as const), at, depth: rarelyHuge([2, 50, 1_000], [10_000, 30_000]), objects: fc.boolean() }),
  fc.record({ op: fc.constant('longString' as const), at, length: rarelyHuge([257, 2_001], [70_000, 300_000]) }),
  fc.record({ op: fc.constant('stringInsert' as const), at, insert: fc.nat(), position: fc.nat() }),
  fc.record({ op: fc.constant('stringCut' as const), at, position: fc.nat() }),
  fc.record({ op: fc.constant('duplicateElement' as const), at, index: fc.nat() }),
  fc.record({ op: fc.constant('removeElement' as const), at, index: fc.nat() }),
);
const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), position: fc.nat() }),
  fc.record({ op: fc.constant('insertChar' as const), position: fc.nat(), char: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '\ud800', 'e', '-', '0', ' ', '\n') }),
  fc.record({ op: fc.constant('deleteChar' as const), position: fc.nat() }),
);
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('flipBit' as const), position: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncateBytes' as const), position: fc.nat() }),
  fc.record({ op: fc.constant('insertBytes' as const), position: fc.nat(), bytes: fc.nat() }),
);

/** A mutation that only adds a `__proto__`, `constructor` or `prototype` key to some object of the file. */
export const forbiddenKeyMutationArb: fc.Arbitrary<Mutation & { key: string }> = fc
  .record({ at, key: fc.nat(2), polluting: fc.boolean(), pretty: fc.boolean() })
  .map(({ at: where, key, polluting, pretty }) => ({
    valueOps: [{ op: 'forbiddenKey', at: where, key, polluting }],
    textOps: [],
    byteOps: [],
    pretty,
    key: ['__proto__', 'constructor', 'prototype'][key] as string,
  }));

/** Mutations with at least one edit; mostly value edits (they reach past the JSON syntax check into validation). */
export const mutationArb: fc.Arbitrary<Mutation> = fc
  .record({
    valueOps: fc.array(valueOp, { maxLength: 4 }),
    textOps: fc.array(textOp, { maxLength: 2 }),
    byteOps: fc.array(byteOp, { maxLength: 2 }),
    pretty: fc.boolean(),
    textWeight: fc.nat({ max: 9 }),
  })
  .map(({ valueOps, textOps, byteOps, pretty, textWeight }) => ({
    valueOps,
    // Text and byte edits mostly end at JSON.parse, so they run in 3 of 10 mutations only.
    textOps: textWeight < 3 ? textOps : [],
    byteOps: textWeight < 2 ? byteOps : [],
    pretty,
  }))
  .filter((m) => m.valueOps.length + m.textOps.length + m.byteOps.length > 0);

/** Every container (object or array) and every slot (container + key) of a value, in document order. */
function walk(root: Json): { containers: Array<Json[] | Record<string, Json>>; slots: Array<{ parent: Json[] | Record<string, Json>; key: string | number }> } {
  const containers: Array<Json[] | Record<string, Json>> = [];
  const slots: Array<{ parent: Json[] | Record<string, Json>; key: string | number }> = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Json;
    if (Array.isArray(value)) {
      containers.push(value);
      value.forEach((child, index) => {
        slots.push({ parent: value, key: index });
        stack.push(child);
      });
    } else if (value !== null && typeof value === 'object') {
      containers.push(value);
      for (const key of Object.keys(value)) {
        slots.push({ parent: value, key });
        stack.push(value[key] as Json);
      }
    }
  }
  return { containers, slots };
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function getSlot(slot: { parent: Json[] | Record<string, Json>; key: string | number }): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key] as Json;
}

function setSlot(slot: { parent: Json[] | Record<string, Json>; key: string | number }, value: Json): void {
  // defineProperty, so a "__proto__" key becomes an own data property as JSON.parse makes it.
  Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

/** Renames a key in place, keeping the key order (so the serialization differs only there). */
function renameKey(object: Record<string, Json>, from: string, to: string): void {
  const entries = Object.entries(object).map(([k, v]): [string, Json] => [k === from ? to : k, v]);
  for (const key of Object.keys(object)) delete object[key];
  for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Wraps a value in `depth` arrays or `{"a": …}` objects, as raw text (JSON.stringify would overflow the stack). */
function nest(value: Json, depth: number, objects: boolean): Json {
  const [open, close] = objects ? ['{"a":', '}'] : ['[', ']'];
  return raw(`${open.repeat(depth)}${JSON.stringify(value) ?? 'null'}${close.repeat(depth)}`);
}

function applyValueOp(root: Json, op: ValueOp): Json {
  const { containers, slots } = walk(root);
  const objects = containers.filter((c): c is Record<string, Json> => !Array.isArray(c));
  const arrays = containers.filter((c): c is Json[] => Array.isArray(c));
  const slotsOf = (type: string) => slots.filter((s) => typeof getSlot(s) === type);
  switch (op.op) {
    case 'deleteKey': {
      const object = pick(objects, op.at);
      const key = object && pick(Object.keys(object), op.key);
      if (object && key !== undefined) delete object[key];
      return root;
    }
    case 'renameKey': {
      const object = pick(objects, op.at);
      const key = object && pick(Object.keys(object), op.key);
      if (object && key !== undefined) renameKey(object, key, KEYS[op.to % KEYS.length] as string);
      return root;
    }
    case 'typeSwap': {
      const slot = pick(slots, op.at);
      const value = structuredClone(SWAP_VALUES[op.value % SWAP_VALUES.length] as Json);
      if (slot === undefined) return value;
      setSlot(slot, value);
      return root;
    }
    case 'badNumber': {
      const slot = pick(slotsOf('number'), op.at) ?? pick(slots, op.at);
      if (slot) setSlot(slot, BAD_NUMBERS[op.value % BAD_NUMBERS.length] as Json);
      return root;
    }
    case 'nudgeNumber': {
      const slot = pick(slotsOf('number'), op.at);
      if (slot) setSlot(slot, (getSlot(slot) as number) + op.by);
      return root;
    }
    case 'swapStartEnd': {
      const spans = containers.filter((c) => (Array.isArray(c) ? typeof c[0] === 'number' && typeof c[1] === 'number' : 'start' in c || 'start_offset' in c));
      const span = pick(spans, op.at);
      if (Array.isArray(span)) [span[0], span[1]] = [span[1] as Json, span[0] as Json];
      else if (span) {
        const [s, e] = 'start' in span ? ['start', 'end'] : ['start_offset', 'end_offset'];
        [span[s as string], span[e as string]] = [span[e as string] as Json, span[s as string] as Json];
      }
      return root;
    }
    case 'forbiddenKey': {
      const target = pick(objects, op.at);
      if (!target) return root;
      const key = ['__proto__', 'constructor', 'prototype'][op.key % 3] as string;
      setSlot({ parent: target, key }, op.polluting ? { polluted: 'yes', toString: 'x' } : 'x');
      return root;
    }
    case 'deepNest': {
      const slot = pick(slots, op.at);
      if (slot === undefined) return nest(root, op.depth, op.objects);
      setSlot(slot, nest(getSlot(slot), op.depth, op.objects));
      return root;
    }
    case 'longString': {
      const slot = pick(slotsOf('string'), op.at);
      if (slot) {
        const value = getSlot(slot) as string;
        setSlot(slot, (value === '' ? 'x' : value).repeat(Math.ceil(op.length / Math.max(1, value.length))).slice(0, op.length));
      }
      return root;
    }
    case 'stringInsert': {
      const slot = pick(slotsOf('string'), op.at);
      if (slot) {
        const value = getSlot(slot) as string;
        const position = op.position % (value.length + 1);
        setSlot(slot, value.slice(0, position) + (STRING_INSERTS[op.insert % STRING_INSERTS.length] as string) + value.slice(position));
      }
      return root;
    }
    case 'stringCut': {
      // Cuts at a UTF-16 index, so an astral character may be split into a lone surrogate.
      const slot = pick(slotsOf('string'), op.at);
      if (slot) {
        const value = getSlot(slot) as string;
        setSlot(slot, value.slice(0, op.position % (value.length + 1)));
      }
      return root;
    }
    case 'duplicateElement': {
      const array = pick(arrays.filter((a) => a.length > 0), op.at);
      if (array) array.push(structuredClone(array[op.index % array.length] as Json));
      return root;
    }
    case 'removeElement': {
      const array = pick(arrays.filter((a) => a.length > 0), op.at);
      if (array) array.splice(op.index % array.length, 1);
      return root;
    }
  }
}

function applyTextOp(text: string, op: TextOp): string {
  const position = op.position % (text.length + 1);
  if (op.op === 'truncate') return text.slice(0, position);
  if (op.op === 'insertChar') return text.slice(0, position) + op.char + text.slice(position);
  return text.slice(0, position) + text.slice(position + 1);
}

function applyByteOp(bytes: Uint8Array, op: ByteOp): Uint8Array {
  const position = op.position % (bytes.length + 1);
  if (op.op === 'truncateBytes') return bytes.slice(0, position);
  if (op.op === 'flipBit') {
    if (bytes.length === 0) return bytes;
    const copy = bytes.slice();
    const index = position % bytes.length;
    copy[index] = (copy[index] ?? 0) ^ (1 << op.bit);
    return copy;
  }
  const insert = BYTE_INSERTS[op.bytes % BYTE_INSERTS.length] as number[];
  return Uint8Array.from([...bytes.subarray(0, position), ...insert, ...bytes.subarray(position)]);
}

/** Lenient UTF-8 decoding (invalid bytes become U+FFFD), as a reader that does not check would see them. */
const lenientUtf8 = new TextDecoder('utf-8');

/** Serializes a (mutated) value, splicing in the raw texts its markers stand for (markers may nest). */
function serialize(value: Json, pretty: boolean): string {
  let text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
  while (text.includes('\\u0001RAW:')) {
    const before = text;
    text = text.replace(MARKER, (marker, index: string) => rawTexts[Number(index)] ?? marker);
    if (text === before) break;
  }
  return text;
}

/** Applies a mutation to one JSON document's text (value, then text, then byte edits). */
export function mutateJson(source: string, mutation: Mutation): string {
  let value = JSON.parse(source) as Json;
  for (const op of mutation.valueOps) value = applyValueOp(value, op);
  let text = serialize(value, mutation.pretty);
  rawTexts.length = CONSTANT_RAW_TEXTS;
  for (const op of mutation.textOps) text = applyTextOp(text, op);
  if (mutation.byteOps.length === 0) return text;
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  for (const op of mutation.byteOps) bytes = applyByteOp(bytes, op);
  return lenientUtf8.decode(bytes);
}

/** Applies a mutation to one line of a JSONL file (`line` picks it), leaving the others as they are. */
export function mutateJsonLines(source: string, mutation: Mutation, line: number): string {
  const lines = source.split('\n');
  const index = line % Math.max(1, lines.filter((l) => l.trim() !== '').length);
  // One record per line: a pretty-printed record would break the file into fragments.
  lines[index] = mutateJson(lines[index] as string, { ...mutation, pretty: false });
  return lines.join('\n');
}

/** Byte-level mutations of a file (text files: corpus texts, any encoding). */
export const byteMutationArb: fc.Arbitrary<readonly ByteOp[]> = fc.array(byteOp, { minLength: 1, maxLength: 6 });

/** Applies byte edits to a file's bytes. */
export function mutateBytes(bytes: Uint8Array, ops: readonly ByteOp[]): Uint8Array {
  let out = bytes;
  for (const op of ops) out = applyByteOp(out, op);
  return out;
}
