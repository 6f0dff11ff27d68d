import { agreementCounts, sumAgreementCounts, type AgreementDocument } from './agreementCounts';
import type { AgreementReport } from './agreementReport';
import { agreementReportOf } from './agreementReportOf';

/**
 * Agreement of A (`reference`) and B (`compared`) over one document or a corpus: counts per
 * document, summed, then scored — so a one-document corpus gives that document's numbers and
 * a corpus pools its kappa positions. `labelIds` is the label set (every one is always listed).
 */
export function computeAgreement(docs: readonly AgreementDocument[], labelIds: readonly string[]): AgreementReport {
  return agreementReportOf(sumAgreementCounts(labelIds, docs.map((doc) => agreementCounts(doc, labelIds))));
}
