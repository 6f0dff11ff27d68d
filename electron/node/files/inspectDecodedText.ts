/** What a decoded text reveals: a reason to refuse it as binary, or warnings to show with it. */
export interface TextInspection {
  binaryReason: string | null;
  warnings: string[];
}

/** Share of control characters above which a decoded "text" is taken for a binary file (1 %). */
const MAX_CONTROL_SHARE = 0.01;

function isAllowedControl(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

interface Counts {
  codePoints: number;
  nuls: number;
  loneSurrogates: number;
  controls: number;
  c1Controls: number;
  replacements: number;
}

function countSuspicious(text: string): Counts {
  const counts: Counts = { codePoints: 0, nuls: 0, loneSurrogates: 0, controls: 0, c1Controls: 0, replacements: 0 };
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    counts.codePoints += 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
      else counts.loneSurrogates += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      counts.loneSurrogates += 1;
    } else if (code === 0) {
      counts.nuls += 1;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      if (!isAllowedControl(code)) counts.controls += 1;
      if (code >= 0x80) counts.c1Controls += 1;
    } else if (code === 0xfffd) {
      counts.replacements += 1;
    }
  }
  return counts;
}

function binaryReasonOf(counts: Counts): string | null {
  if (counts.nuls > 0) {
    return 'This file does not look like text: it contains NUL characters. Tagwerk opens plain text, Markdown and HTML files.';
  }
  if (counts.loneSurrogates > 0) {
    return 'This file does not look like text: it contains broken UTF-16 characters (unpaired surrogates).';
  }
  if (counts.controls > counts.codePoints * MAX_CONTROL_SHARE) {
    return `This file does not look like text: ${counts.controls} of its ${counts.codePoints} characters are control characters.`;
  }
  return null;
}

function warningsOf(counts: Counts): string[] {
  const warnings: string[] = [];
  if (counts.replacements > 0) {
    warnings.push(
      `${plural(counts.replacements, 'character', 'characters')} could not be decoded and ${counts.replacements === 1 ? 'shows' : 'show'} as �. If the text looks wrong, reopen the file with another encoding.`,
    );
  }
  if (counts.c1Controls > 0) {
    warnings.push(
      `The text contains ${plural(counts.c1Controls, 'invisible control character', 'invisible control characters')} (U+0080–U+009F), a sign of a wrong encoding. If quotes, dashes or € look wrong, reopen the file with another encoding.`,
    );
  }
  const otherControls = counts.controls - counts.c1Controls;
  if (otherControls > 0) {
    warnings.push(`The text contains ${plural(otherControls, 'invisible control character', 'invisible control characters')}.`);
  }
  return warnings;
}

/**
 * Scans a decoded text once: NUL, unpaired surrogates or more than 1 % control characters
 * (tab, LF, CR and form feed excepted) mean binary; U+FFFD and C1 controls mean a doubtful
 * decoding that the user should be told about, since annotations would be made on it.
 */
export function inspectDecodedText(text: string): TextInspection {
  const counts = countSuspicious(text);
  return { binaryReason: binaryReasonOf(counts), warnings: warningsOf(counts) };
}
