/** The one Electron call this module needs, so it stays Electron-free and testable with a fake. */
export interface ExternalShell {
  openExternal(url: string): Promise<void>;
}

/** What the opener needs: the shell, and a question to the user that resolves true only on "open". */
export interface ExternalLinkOpenerDeps {
  shell: ExternalShell;
  confirm(url: string): Promise<boolean>;
}

/** What became of a link: opened, declined by the user, refused by the checks, or failed in the OS. */
export type ExternalLinkOutcome =
  | { status: 'opened'; url: string }
  | { status: 'cancelled'; url: string }
  | { status: 'refused'; reason: string }
  | { status: 'failed'; url: string; reason: string };

/** Opens a link in the user's browser after the checks and the user's confirmation; never throws. */
export interface ExternalLinkOpener {
  open(url: unknown): Promise<ExternalLinkOutcome>;
}

const MAX_URL_LENGTH = 2048;
// Whitespace and control characters are silently dropped or trimmed by the URL parser, so the
// address the user confirms could differ from what the text showed; refuse such input outright.
const INVISIBLE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u;

/** Returns the normalized https URL to open, or why it must not be opened. */
function checkExternalUrl(input: unknown): { ok: true; href: string } | { ok: false; reason: string } {
  if (typeof input !== 'string') return { ok: false, reason: 'not a string' };
  if (input.length === 0 || input.length > MAX_URL_LENGTH) return { ok: false, reason: 'empty or too long' };
  if (INVISIBLE_OR_CONTROL.test(input)) return { ok: false, reason: 'contains whitespace or control characters' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `scheme ${url.protocol} is not https:` };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'carries credentials' };
  if (url.hostname === '') return { ok: false, reason: 'has no host' };
  return { ok: true, href: url.href };
}

/**
 * Creates the only path from the app to `shell.openExternal`: https links without credentials,
 * opened in normalized form (punycode host) and only after the user confirmed that exact address,
 * because handing any other scheme to the OS can launch programs or leak files and passwords.
 */
export function createExternalLinkOpener(deps: ExternalLinkOpenerDeps): ExternalLinkOpener {
  return {
    async open(input) {
      const checked = checkExternalUrl(input);
      if (!checked.ok) return { status: 'refused', reason: checked.reason };
      const confirmed = await deps.confirm(checked.href).then(
        (answer) => answer === true,
        () => false,
      );
      if (!confirmed) return { status: 'cancelled', url: checked.href };
      try {
        await deps.shell.openExternal(checked.href);
        return { status: 'opened', url: checked.href };
      } catch (error) {
        return { status: 'failed', url: checked.href, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
