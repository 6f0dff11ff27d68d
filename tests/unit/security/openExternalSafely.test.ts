import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener } from '../../../electron/main/security/openExternalSafely';

function opener(answer: boolean | Error = true, openError?: Error) {
  const openExternal = vi.fn(async (_url: string) => {
    if (openError) throw openError;
  });
  const confirm = vi.fn(async (_url: string) => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { open: createExternalLinkOpener({ shell: { openExternal }, confirm }).open, openExternal, confirm };
}

describe('createExternalLinkOpener', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://EXAMPLE.COM/Pfad', 'https://example.com/Pfad'],
    ['https://example.com/Müller?q=😀#teil', 'https://example.com/M%C3%BCller?q=%F0%9F%98%80#teil'],
    ['https://bücher.de/', 'https://xn--bcher-kva.de/'],
    ['https://mu\u0308ller.de/', 'https://xn--mller-kva.de/'],
    ['https://127.0.0.1:8443/a', 'https://127.0.0.1:8443/a'],
  ])('asks about %s in normalized form, then opens exactly that', async (input, shown) => {
    const { open, openExternal, confirm } = opener(true);
    await expect(open(input)).resolves.toEqual({ status: 'opened', url: shown });
    expect(confirm).toHaveBeenCalledWith(shown);
    expect(openExternal).toHaveBeenCalledWith(shown);
    expect(confirm.mock.invocationCallOrder[0]).toBeLessThan(openExternal.mock.invocationCallOrder[0] ?? 0);
  });

  it.each([
    ['http://example.com/', /https/],
    ['file:///etc/passwd', /https/],
    ['javascript:alert(1)', /https/],
    ['JaVaScRiPt:alert(document.domain)', /https/],
    ['data:text/html,<script>alert(1)</script>', /https/],
    ['vbscript:msgbox(1)', /https/],
    ['mailto:jonas@example.com', /https/],
    ['smb://server/share/x.exe', /https/],
    ['ms-msdt:/id%20PCWDiagnostic', /https/],
    ['app://workbench/index.html', /https/],
    ['ftp://example.com/x', /https/],
    ['https://user:pw@example.com/', /credentials/],
    ['https://user@example.com/', /credentials/],
    ['https://:pw@example.com/', /credentials/],
    ['https://example.com@evil.example/', /credentials/],
    ['not-a-url', /URL/],
    ['//example.com/', /URL/],
    ['https://', /URL/],
    ['', /empty/],
    [`https://example.com/${'a'.repeat(3000)}`, /too long/],
    [' https://example.com/', /whitespace/],
    ['https://example.com/\n', /whitespace/],
    ['java\tscript:alert(1)', /whitespace/],
    ['https://exa\u200bmple.com/', /control/],
    ['https://example.com/\u202egpj.exe', /control/],
    [42, /string/],
    [null, /string/],
    [undefined, /string/],
    [{ href: 'https://example.com/' }, /string/],
  ])('refuses %j without asking or opening', async (input, reason) => {
    const { open, openExternal, confirm } = opener(true);
    const outcome = await open(input);
    expect(outcome).toMatchObject({ status: 'refused' });
    expect(outcome.status === 'refused' ? outcome.reason : '').toMatch(reason);
    expect(confirm).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not open when the user declines or the question fails', async () => {
    for (const answer of [false, new Error('dialog closed')]) {
      const { open, openExternal } = opener(answer);
      await expect(open('https://example.com/')).resolves.toEqual({ status: 'cancelled', url: 'https://example.com/' });
      expect(openExternal).not.toHaveBeenCalled();
    }
  });

  it('reports a failing OS handler instead of throwing', async () => {
    const { open } = opener(true, new Error('no browser'));
    await expect(open('https://example.com/')).resolves.toEqual({ status: 'failed', url: 'https://example.com/', reason: 'no browser' });
  });
});
