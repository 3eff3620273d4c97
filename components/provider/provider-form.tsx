import { useState, type FormEvent } from 'react';
import type { UserError } from '@/utils/errors';
import { endpointOrigin } from '@/utils/llm/hosts';
import { presetFor, presetHint, presetLabel, PRESETS, type ProviderPreset } from '@/utils/llm/presets';
import type { PublicSettings, TestResult } from '@/utils/storage/settings-schema';
import { userError } from '@/utils/errors';
import { checkBaseURL } from '@/utils/storage/settings';
import { ErrorNotice } from '@/components/error-notice';
import { Field } from '@/components/field';
import { useOnDevice } from '@/components/hooks/use-on-device';
import { useProviderSettings } from '@/components/hooks/use-provider-settings';
import { AdvancedFields, type Advanced } from './advanced-fields';
import { KeyBinding } from './key-binding';
import { OnDeviceStatus } from './on-device-status';
import { UsageMeter } from './usage-meter';
import { t } from '@/utils/i18n/i18n';

type Provider = ReturnType<typeof useProviderSettings>;

/** Where drafts are written: a provider (presets for the common ones) or Chrome's built-in model. */
export function ProviderForm({ usage = true }: { usage?: boolean }) {
  const provider = useProviderSettings();
  const onDevice = useOnDevice();
  return (
    <section className="card" aria-labelledby="provider-title">
      <h2 id="provider-title">{t('provider.title')}</h2>
      {provider.loadError && <ErrorNotice error={provider.loadError} />}
      {provider.settings ? (
        <ProviderFields {...provider} settings={provider.settings} onDevice={onDevice} />
      ) : (
        !provider.loadError && <p className="hint">{t('provider.loading')}</p>
      )}
      {usage && <UsageMeter />}
    </section>
  );
}

const seconds = (ms: number): number => Math.round(ms / 1000);

function ProviderFields({
  settings,
  save,
  test,
  requestAccess,
  onDevice,
}: Provider & { settings: PublicSettings; onDevice: ReturnType<typeof useOnDevice> }) {
  const offerOnDevice =
    onDevice.status !== 'absent' && onDevice.status !== 'unavailable' && onDevice.status !== 'checking';
  const [kind, setKind] = useState(settings.kind);
  const [preset, setPreset] = useState<ProviderPreset>(
    () => PRESETS.find((p) => p.id === settings.presetId) ?? presetFor(settings.baseURL),
  );
  const [baseURL, setBaseURL] = useState(settings.baseURL || preset.baseURL);
  const [model, setModel] = useState(settings.model);
  const [apiKey, setApiKey] = useState('');
  const [advanced, setAdvanced] = useState<Advanced>(() => ({
    firstToken: seconds(settings.firstTokenTimeoutMs),
    total: seconds(settings.totalTimeoutMs),
    price: { input: settings.price?.input ?? NaN, output: settings.price?.output ?? NaN },
    cap: settings.dailySpendCapUsd ?? NaN,
  }));
  const { firstToken, total, price, cap } = advanced;
  const [reuseFrom, setReuseFrom] = useState<string | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [testResult, setTestResult] = useState<TestResult | null>(null);

  const savedHere = settings.savedKeys.find((k) => k.origin === endpointOrigin(baseURL));

  const choosePreset = (id: string): void => {
    const next = PRESETS.find((p) => p.id === id)!;
    setPreset(next);
    if (next.baseURL) setBaseURL(next.baseURL);
    setTestResult(null);
    setReuseFrom(null); // presets that need different keys never share one silently
  };

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    if (kind === 'openai-compatible') {
      const check = checkBaseURL(baseURL);
      if (!check.ok) {
        setError(userError('bad-request', t('errors.baseUrl.title'), check.message));
        return;
      }
      // Ask for the endpoint's origin now, while the click still counts as a user gesture.
      if (!(await requestAccess(check.url))) {
        setError(userError('forbidden', t('errors.access.title'), t('errors.access.detail')));
        return;
      }
    }
    const hasPrice = Number.isFinite(price.input) && Number.isFinite(price.output);
    const problem = await save({
      kind,
      presetId: kind === 'on-device' ? 'on-device' : preset.id,
      baseURL,
      model,
      ...(apiKey ? { apiKey } : reuseFrom ? { reuseKeyFrom: reuseFrom } : {}),
      firstTokenTimeoutMs: Math.round(firstToken * 1000),
      totalTimeoutMs: Math.round(total * 1000),
      price: hasPrice ? price : null,
      dailySpendCapUsd: Number.isFinite(cap) && cap >= 0 ? cap : null,
    });
    setError(problem);
    if (!problem) {
      setApiKey('');
      setReuseFrom(null);
      setSaved(true);
    }
  };

  const onTest = async (): Promise<void> => {
    setTesting(true);
    setTestResult(null);
    setTestResult(
      await test({ baseURL, model, ...(apiKey ? { apiKey } : reuseFrom ? { reuseKeyFrom: reuseFrom } : {}) }),
    );
    setTesting(false);
  };

  const onRemoveKey = async (): Promise<void> => {
    setError(
      await save({
        kind,
        presetId: preset.id,
        baseURL: baseURL || settings.baseURL,
        model: model || settings.model,
        apiKey: '',
      }),
    );
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={t('provider.formLabel')}>
      {offerOnDevice && (
        <fieldset className="engine">
          <legend>{t('provider.engine')}</legend>
          <label className="check">
            <input
              type="radio"
              name="engine"
              checked={kind === 'openai-compatible'}
              onChange={() => setKind('openai-compatible')}
            />{' '}
            {t('provider.remote')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="engine"
              checked={kind === 'on-device'}
              onChange={() => setKind('on-device')}
            />{' '}
            {t('provider.onDevice')}
          </label>
          <OnDeviceStatus onDevice={onDevice} />
        </fieldset>
      )}
      {kind === 'openai-compatible' && (
        <>
          <p className="hint">{t('provider.hint')}</p>
          {import.meta.env.FIREFOX && <p className="hint">{t('provider.noOnDeviceFirefox')}</p>}
          <label className="field">
            <span>{t('provider.provider')}</span>
            <select value={preset.id} onChange={(e) => choosePreset(e.target.value)}>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {presetLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <Field label={t('provider.baseUrl')} hint={presetHint(preset, 'baseUrl')}>
            {(props) => (
              <input
                {...props}
                value={baseURL}
                onChange={(e) => setBaseURL(e.target.value)}
                placeholder="https://api.openai.com/v1"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field label={t('provider.apiKey')} hint={presetHint(preset, 'key')}>
            {(props) => (
              <input
                {...props}
                type="password"
                value={apiKey}
                onChange={(e) => setApiKey(e.target.value)}
                placeholder={
                  savedHere
                    ? t('provider.stored', [savedHere.masked])
                    : preset.needsKey
                      ? 'sk-…'
                      : t('provider.notNeeded')
                }
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <KeyBinding
            settings={settings}
            baseURL={baseURL}
            typedKey={apiKey}
            reuseFrom={reuseFrom}
            onReuse={setReuseFrom}
            onRemove={() => void onRemoveKey()}
          />
          <Field label={t('provider.model')} hint={presetHint(preset, 'model')}>
            {(props) => (
              <input
                {...props}
                value={model}
                onChange={(e) => setModel(e.target.value)}
                placeholder="gpt-4o-mini"
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <AdvancedFields value={advanced} onChange={setAdvanced} />
        </>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('provider.save')}
        </button>
        {kind === 'openai-compatible' && (
          <button type="button" onClick={() => void onTest()} disabled={testing}>
            {testing ? t('provider.testing') : t('provider.test')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {saved && <p className="ok">{t('provider.saved')}</p>}
        {error && <ErrorNotice error={error} />}
        {testResult?.ok && (
          <div className={testResult.modelFound ? 'ok' : 'warn'}>
            <p>
              {t('provider.connected', testResult.models.length, [testResult.models.length])}
              {model &&
                (testResult.modelFound
                  ? t('provider.modelFound', [model])
                  : t('provider.modelMissing', [model]))}
            </p>
            <ul className="model-list" aria-label={t('provider.models')}>
              {testResult.models.slice(0, 60).map((m) => (
                <li key={m}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={m === model}
                    onClick={() => setModel(m)}
                  >
                    {m}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {testResult && !testResult.ok && <ErrorNotice error={testResult.error} />}
      </div>
    </form>
  );
}
