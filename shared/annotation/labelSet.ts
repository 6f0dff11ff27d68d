/** One label an analyst can tag with: stable id, visible name, colour and keyboard key. */
export interface Label {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly key: string;
}

/** The default label set as data, so the UI, formats and agreement never hard-code label ids. */
export const DEFAULT_LABELS: readonly Label[] = [
  { id: 'claim', name: 'Claim', color: '#b45309', key: '1' },
  { id: 'quote', name: 'Quote', color: '#1d4ed8', key: '2' },
  { id: 'date', name: 'Date', color: '#047857', key: '3' },
  { id: 'actor', name: 'Actor', color: '#be185d', key: '4' },
];

/** The ids of the default labels, in palette order. */
export const LABEL_IDS = DEFAULT_LABELS.map((label) => label.id);
