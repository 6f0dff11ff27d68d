import { useTranslation } from 'react-i18next';
import { problemPath, problemSentence, type ProblemTranslate } from '@shared/formats/problemSentence';
import type { ImportProblem } from '@shared/ipc/methods/datasetMethods';
import { labelName } from '../../i18n/labelName';
import { LongTokens } from '../../ui/LongTokens';

/** Problems grouped by the document they are in (file-level ones first), keeping their order. */
function byDocument(problems: readonly ImportProblem[]): Array<{ key: string; document: ImportProblem['document']; problems: ImportProblem[] }> {
  const groups: Array<{ key: string; document: ImportProblem['document']; problems: ImportProblem[] }> = [];
  for (const problem of problems) {
    const key = problem.document ? `d${problem.document.index}` : 'file';
    const last = groups.at(-1);
    if (last && last.key === key) last.problems.push(problem);
    else groups.push({ key, document: problem.document, problems: [problem] });
  }
  return groups;
}

/** Where in the document a problem is: annotation number, id, label, offsets and quote, as the file has them. */
function AnnotationWhere({ annotation }: { annotation: NonNullable<ImportProblem['annotation']> }) {
  const { t } = useTranslation();
  const hasOffsets = annotation.start !== undefined || annotation.end !== undefined;
  return (
    <span className="problem-where">
      <span>{t('datasets.import.annotation', { number: annotation.index + 1 })}</span>
      {annotation.id !== undefined && (
        <code className="problem-id">
          <LongTokens text={annotation.id} />
        </code>
      )}
      {annotation.label !== undefined && <span className="problem-label">{labelName(t, annotation.label)}</span>}
      {hasOffsets && <span className="problem-offsets">{`${annotation.start ?? '?'}–${annotation.end ?? '?'}`}</span>}
      {annotation.text !== undefined && <q className="problem-quote">{annotation.text}</q>}
    </span>
  );
}

/**
 * A refused import's problems, span by span: grouped under their document (number and title),
 * each with the annotation it concerns (id, label, offsets, the text the file quotes), the
 * reason as a sentence in the user's language (from its code), and the JSON path for whoever fixes the file.
 */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const translate: ProblemTranslate = (key, values) => t(key, values);
  return (
    <div className="problem-groups" data-testid="import-problems" role="region" aria-label={t('datasets.import.problemsLabel')} tabIndex={0}>
      {byDocument(problems).map((group) => (
        <section key={group.key} className="problem-group">
          <h3>
            {group.document ? t('datasets.import.document', { number: group.document.index + 1 }) : t('datasets.import.fileLevel')}
            {group.document?.title !== undefined && <span className="problem-document-title"> · {group.document.title}</span>}
          </h3>
          <ol className="problem-list">
            {group.problems.map((problem, index) => (
              <li key={index} className="problem" data-path={problem.path} data-code={problem.code}>
                {problem.annotation && <AnnotationWhere annotation={problem.annotation} />}
                <span className="problem-message">
                  <LongTokens text={problemSentence(translate, problem)} />
                </span>
                {problem.path !== '' && <code className="problem-path">{problemPath(translate, problem.path)}</code>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
