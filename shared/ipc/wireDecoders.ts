import type { MethodName, ResponseOf, WireResponseOf } from './contract';
import { decodeOpenedDocument } from './openedDocumentCodec';

/**
 * The window's decoder of each answer that crosses the IPC in a leaner shape (the contract's `wire`);
 * a plain map, so the api client builds no zod schema for it. A test checks it names exactly the contract's wire methods.
 */
export const WIRE_DECODERS: { readonly [M in MethodName]?: (wire: WireResponseOf<M>) => ResponseOf<M> } = {
  openStartDocument: decodeOpenedDocument,
  openDocument: decodeOpenedDocument,
};
