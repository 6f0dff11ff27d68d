import { protocol, type Session } from 'electron';
import { createAppFileResponder } from './createAppFileResponder';
import { APP_HOST } from './resolveAppPath';

/** The custom scheme the UI is served from instead of file://. */
export const APP_SCHEME = 'app';

/** Declares app:// as a standard, secure scheme; must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rootDir` on app://workbench/ with the CSP header on every response. */
export function registerAppProtocol(session: Session, rootDir: string): void {
  const respond = createAppFileResponder(rootDir, APP_HOST);
  session.protocol.handle(APP_SCHEME, async (request) => {
    const response = await respond(request.url);
    return new Response(response.body as ConstructorParameters<typeof Response>[0], { status: response.status, headers: response.headers });
  });
}
