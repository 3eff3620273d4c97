import { usePrivacy } from './hooks/use-privacy';

/** What leaves the browser, and the one switch the manager has over it. */
export function PrivacySection() {
  const { privacy, update } = usePrivacy();
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p className="hint">
        The post, the comment you answer and your draft go to the model you chose, and nowhere else. Brand
        profiles, drafts, the log and the key stay in this browser.
      </p>
      {privacy && (
        <label className="check">
          <input
            type="checkbox"
            checked={privacy.redactPII}
            onChange={(e) => void update({ ...privacy, redactPII: e.target.checked })}
          />
          Hide email addresses and phone numbers from remote models (Chrome’s on-device model sees the text as
          it is)
        </label>
      )}
    </section>
  );
}
