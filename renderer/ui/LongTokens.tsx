import { splitLongTokens } from './splitLongTokens';
import './longTokens.css';

/**
 * A sentence whose long ids and hashes stay on one line, cut with an ellipsis when they do not
 * fit, the whole token in the DOM (copied and read aloud in full) and on hover.
 */
export function LongTokens({ text }: { text: string }) {
  return (
    <>
      {splitLongTokens(text).map((piece, index) =>
        piece.long ? (
          <span key={index} className="long-token" title={piece.text}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
