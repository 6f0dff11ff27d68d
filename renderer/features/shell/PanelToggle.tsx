import { useTranslation } from 'react-i18next';

/** A header button that shows or hides a side panel (documents and labels on the left, tags on the right), so a narrow window can give the text the room. */
export function PanelToggle({ side, open, controls, onToggle }: { side: 'left' | 'right'; open: boolean; controls: string; onToggle(): void }) {
  const { t } = useTranslation();
  const name = t(`panels.${side}`);
  return (
    <button
      type="button"
      className={`panel-toggle panel-toggle-${side}`}
      aria-expanded={open}
      aria-controls={controls}
      title={t(open ? 'panels.hide' : 'panels.show', { name })}
      data-testid={`panel-toggle-${side}`}
      onClick={onToggle}
    >
      <span aria-hidden="true">{side === 'left' ? (open ? '◀' : '▶') : open ? '▶' : '◀'}</span> <span className="panel-toggle-name">{name}</span>
    </button>
  );
}
