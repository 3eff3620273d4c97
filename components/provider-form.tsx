import { useState, type FormEvent } from 'react';
import { ErrorNotice } from './error-notice';
import { useProviderSettings } from './hooks/use-provider-settings';
import type { TestResult } from '@/utils/messaging';
import type { UserError } from '@/utils/errors';

/** Base URL, API key and model. The key field is write-only: the stored key is shown masked, never filled in. */
export function ProviderForm() {
  const provider = useProviderSettings();
  if (provider.loadError) return <ErrorNotice error={provider.loadError} />;
  if (!provider.settings) return <p className="hint">Loading settings…</p>;
  return <ProviderFields {...provider} settings={provider.settings} />;
}

type Provider = ReturnType<typeof useProviderSettings>;

function ProviderFields({
  settings,
  save,
  test,
}: Provider & { settings: NonNullable<Provider['settings']> }) {
  const [baseURL, setBaseURL] = useState(settings.baseURL);
  const [model, setModel] = useState(settings.model);
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [testResult, setTestResult] = useState<TestResult | null>(null);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    const problem = await save({ baseURL, model, ...(apiKey ? { apiKey } : {}) });
    setError(problem);
    if (!problem) {
      setApiKey('');
      setSaved(true);
    }
  };

  const onTest = async (): Promise<void> => {
    setTesting(true);
    setTestResult(null);
    setTestResult(await test({ baseURL, model, ...(apiKey ? { apiKey } : {}) }));
    setTesting(false);
  };

  const onRemoveKey = async (): Promise<void> => {
    setError(
      await save({ baseURL: baseURL || settings.baseURL, model: model || settings.model, apiKey: '' }),
    );
  };

  return (
    <form className="card" onSubmit={(e) => void onSubmit(e)} aria-labelledby="provider-title">
      <h2 id="provider-title">Model provider</h2>
      <p className="hint">
        Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI (v1), OpenRouter, Mistral, Groq, or a local
        Ollama or LM Studio. The key stays in this browser and is only sent to this address.
      </p>
      <label className="field">
        <span>Base URL</span>
        <input
          value={baseURL}
          onChange={(e) => setBaseURL(e.target.value)}
          placeholder="https://api.openai.com/v1"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label className="field">
        <span>API key</span>
        <input
          type="password"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          placeholder={settings.hasKey ? `Stored: ${settings.maskedKey} (type to replace)` : 'sk-…'}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {settings.hasKey && (
        <p className="hint">
          A key is stored ({settings.maskedKey}).{' '}
          <button type="button" className="link-button" onClick={() => void onRemoveKey()}>
            Remove the key
          </button>
        </p>
      )}
      <label className="field">
        <span>Model</span>
        <input
          value={model}
          onChange={(e) => setModel(e.target.value)}
          placeholder="gpt-4o-mini"
          list="model-list"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {testResult?.ok && (
        <datalist id="model-list">
          {testResult.models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={() => void onTest()} disabled={testing}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <div aria-live="polite">
        {saved && <p className="ok">Saved.</p>}
        {error && <ErrorNotice error={error} />}
        {testResult?.ok && (
          <p className={testResult.modelFound ? 'ok' : 'warn'}>
            Connected: {testResult.models.length} model{testResult.models.length === 1 ? '' : 's'} available.
            {model &&
              (testResult.modelFound
                ? ` “${model}” is one of them.`
                : ` “${model}” is not in the list: pick one of them.`)}
          </p>
        )}
        {testResult && !testResult.ok && <ErrorNotice error={testResult.error} />}
      </div>
    </form>
  );
}
