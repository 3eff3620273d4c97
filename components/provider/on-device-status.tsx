import { type useOnDevice } from '@/components/hooks/use-on-device';
import { t } from '@/utils/i18n/i18n';

/** The built-in model's state, and the button that downloads it. */
export function OnDeviceStatus({ onDevice }: { onDevice: ReturnType<typeof useOnDevice> }) {
  const { status, progress, error, download } = onDevice;
  return (
    <div className="on-device" aria-live="polite">
      {status === 'available' && <p className="ok">{t('onDevice.ready')}</p>}
      {status === 'downloadable' && (
        <p>
          {t('onDevice.mustDownload')}{' '}
          <button type="button" onClick={() => void download()}>
            {t('onDevice.download')}
          </button>
        </p>
      )}
      {status === 'downloading' && (
        <p>
          {t('onDevice.downloading')}{' '}
          {progress !== null && <progress max={1} value={progress} aria-label={t('onDevice.progress')} />}{' '}
          {progress !== null && `${Math.round(progress * 100)} %`}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
