/** A page script that counts the editor's DOM changes (elements added and removed, attributes set by name, text changed) until `window.__twMut()` returns them. */
export const MUTATION_WATCH = `(() => {
  const editor = document.querySelector('[data-testid="editor"]');
  const log = { added: 0, removed: 0, attrs: {}, text: 0, addedNames: {} };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        log.added += r.addedNodes.length; log.removed += r.removedNodes.length;
        for (const n of r.addedNodes) { const k = n.nodeName; log.addedNames[k] = (log.addedNames[k] ?? 0) + 1; }
      } else if (r.type === 'attributes') log.attrs[r.attributeName] = (log.attrs[r.attributeName] ?? 0) + 1;
      else log.text++;
    }
  });
  observer.observe(editor, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__twMut = () => { observer.takeRecords(); observer.disconnect(); return log; };
})()`;
