import { useEffect, useState } from 'react';
import type { SuggestionsState } from '@/components/hooks/suggestions-state';
import { t } from '@/utils/i18n/i18n';

/** After this long with no text and nothing else to say, the panel says it is still waiting, and for whom. */
const QUIET_MS = 3000;

interface Props {
  state: SuggestionsState;
  generating: boolean;
  onStop: () => void;
  onRegenerate: () => void;
  onRetryNow: () => void;
}

/** Re-renders every second while `active`, so countdowns and "still waiting" stay current. */
function useClock(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * What the panel is doing, always in words: writing, waiting for a rate limit to pass (counted down,
 * with "Try now" and "Cancel"), or still waiting for the provider's first word after a few seconds.
 */
export function StatusBar({ state, generating, onStop, onRegenerate, onRetryNow }: Props) {
  const now = useClock(generating);
  const { waiting } = state;
  if (generating && waiting) {
    const seconds = Math.max(0, Math.ceil((waiting.until - now) / 1000));
    return (
      <div className="toolbar waiting" role="status" aria-live="polite">
        <span className="status">
          <strong>{waiting.error.title}.</strong>{' '}
          {seconds > 0 ? t('panel.retryIn', [seconds]) : t('panel.retrying')}
        </span>
        <span className="row">
          <button type="button" onClick={onRetryNow}>
            {t('panel.tryNow')}
          </button>
          <button type="button" onClick={onStop}>
            {t('common.cancel')}
          </button>
        </span>
      </div>
    );
  }
  if (generating) {
    const quietFor = now - (state.lastActivity ?? now);
    const noTextYet = state.drafts.every((d) => !d.text);
    const words =
      noTextYet && quietFor >= QUIET_MS && state.endpoint
        ? t('panel.stillWaiting', [state.endpoint, Math.floor(quietFor / 1000)])
        : t('panel.writing');
    return (
      <div className="toolbar">
        <span className="status" role="status">
          {words}
        </span>
        <button type="button" onClick={onStop}>
          {t('panel.stop')}
        </button>
      </div>
    );
  }
  return (
    <div className="toolbar">
      <span className="status" role="status">
        {state.phase === 'stopped' ? t('panel.stopped') : state.complete ? '' : t('panel.incomplete')}
      </span>
      <button type="button" onClick={onRegenerate} disabled={state.phase === 'failed' && !state.configured}>
        {t('panel.regenerate')}
      </button>
    </div>
  );
}
