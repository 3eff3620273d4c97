import { t } from '@/utils/i18n/i18n';

interface Props {
  /** What the buttons are about, for their accessible names ("Copy draft 2"). */
  copyLabel: string;
  onCopy: () => void;
  primary: { text: string; label: string; onClick: () => void };
  disabled?: boolean;
}

/** Copy, then the one action a text is for (Insert, Send to composer): the pair every draft carries. */
export function ActionPair({ copyLabel, onCopy, primary, disabled = false }: Props) {
  return (
    <>
      <button type="button" disabled={disabled} onClick={onCopy} aria-label={copyLabel}>
        {t('draft.copy')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={disabled}
        onClick={primary.onClick}
        aria-label={primary.label}
      >
        {primary.text}
      </button>
    </>
  );
}
