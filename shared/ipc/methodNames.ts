import type { MethodName } from './contract';

/**
 * The names of every contract method, in the contract's order, as a plain list: the window's api
 * client needs only the names, and importing the contract for them built every IPC schema with zod
 * before the first render. A test checks the list against the contract.
 */
export const METHOD_NAMES: readonly MethodName[] = [
  'getShellInfo',
  'getSettings',
  'updateSettings',
  'reportSaveState',
  'openStartDocument',
  'openDocument',
  'saveAnnotations',
  'rememberScroll',
  'openFiles',
  'openDroppedFiles',
  'listCorpus',
  'updateDocument',
  'removeDocument',
  'restoreDocument',
  'restoreDamaged',
  'restoreBuiltinDocument',
  'describeEncoding',
  'previewEncodings',
  'reopenWithEncoding',
  'resolveMigration',
  'listColleagueSets',
  'corpusAgreementCounts',
  'exportDataset',
  'importDataset',
  'cancelReanchor',
  'learnedStrings',
  'rejectedStrings',
  'setRejected',
];
