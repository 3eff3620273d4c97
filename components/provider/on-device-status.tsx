import { type useOnDevice } from '../hooks/use-on-device';

/** The built-in model's state, and the button that downloads it. */
export function OnDeviceStatus({ onDevice }: { onDevice: ReturnType<typeof useOnDevice> }) {
  const { status, progress, error, download } = onDevice;
  return (
    <div className="on-device" aria-live="polite">
      {status === 'available' && (
        <p className="ok">Chrome’s built-in model is ready. Drafts are written on this computer.</p>
      )}
      {status === 'downloadable' && (
        <p>
          Chrome has to download its model first (about 2 GB, once).{' '}
          <button type="button" onClick={() => void download()}>
            Download the on-device model
          </button>
        </p>
      )}
      {status === 'downloading' && (
        <p>
          Downloading the on-device model…{' '}
          {progress !== null && <progress max={1} value={progress} aria-label="Download progress" />}{' '}
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
