/** Where the analyst stands with a document (a plain list, so the window's list reads it without the IPC schemas). */
export const DOCUMENT_STATUSES = ['new', 'in-progress', 'done'] as const;
