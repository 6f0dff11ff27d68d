/** How a label's underline is drawn, so a label never depends on its colour alone. */
export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

/** One label an analyst can tag with: stable id, visible name, colour, line pattern and keyboard key. */
export interface Label {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly pattern: LinePattern;
  readonly key: string;
}

/** The default label set as data, so the UI, formats and agreement never hard-code label ids. */
export const DEFAULT_LABELS: readonly Label[] = [
  { id: 'claim', name: 'Claim', color: '#b45309', pattern: 'solid', key: '1' },
  { id: 'quote', name: 'Quote', color: '#1d4ed8', pattern: 'dashed', key: '2' },
  { id: 'date', name: 'Date', color: '#047857', pattern: 'dotted', key: '3' },
  { id: 'actor', name: 'Actor', color: '#be185d', pattern: 'dash-dot', key: '4' },
];

/** The ids of the default labels, in palette order. */
export const LABEL_IDS = DEFAULT_LABELS.map((label) => label.id);
