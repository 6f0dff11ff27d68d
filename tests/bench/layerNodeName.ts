import type { CDPSession } from '@playwright/test';

/** What the DOM node of a compositor layer is, shortly (tag, test id, classes), for the layer dev loops' listings. */
export async function layerNodeName(cdp: CDPSession, backendNodeId: number | undefined): Promise<string> {
  if (!backendNodeId) return '(no node)';
  try {
    const { node } = (await cdp.send('DOM.describeNode', { backendNodeId })) as { node: { nodeName: string; attributes?: string[] } };
    const attrs = node.attributes ?? [];
    const attr = (name: string) => attrs[attrs.indexOf(name) + 1];
    return `${node.nodeName.toLowerCase()}${attrs.includes('data-testid') ? `[data-testid=${attr('data-testid')}]` : ''}${attrs.includes('class') ? `.${attr('class')?.split(' ').join('.')}` : ''}`;
  } catch {
    return `(node ${backendNodeId})`;
  }
}
