import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ConversationList } from '@/components/brainstorm/conversation-list';
import { MessageList } from '@/components/brainstorm/message-list';
import { QuickActions } from '@/components/brainstorm/quick-actions';
import { ErrorNotice } from '@/components/error-notice';
import { useBrainstorm, type Answer } from '@/components/hooks/use-brainstorm';
import { copyText } from '@/components/hooks/use-panel-actions';
import { useProfiles } from '@/components/hooks/use-profiles';
import { useSubject } from '@/components/hooks/use-subject';
import { useTabStatus } from '@/components/hooks/use-tab-status';
import { ProfileBadge } from '@/components/profiles/profile-badge';
import { SidePanelSaved } from '@/components/saved/sidepanel-saved';
import { TabStatusLine } from '@/components/brainstorm/tab-status-line';
import { CommentQueue } from '@/components/queue/comment-queue';
import { VoiceTab } from '@/components/voice/voice-tab';
import { answerIdeas, type QuickRequest } from '@/utils/brainstorm/actions';
import type { Conversation } from '@/utils/brainstorm/conversation';
import {
  appendMessage,
  createConversation,
  dropLastAnswer,
  listConversations,
} from '@/utils/brainstorm/store';
import { FALLBACK_PROFILE, summarize } from '@/utils/brand/profile';
import { callAsExtension } from '@/utils/messaging/rpc';
import { UserFacingError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';

type View = 'brainstorm' | 'comments' | 'voice';
const VIEWS: Record<View, () => string> = {
  brainstorm: () => t('sidePanel.brainstormTab'),
  comments: () => t('sidePanel.commentsTab'),
  voice: () => t('sidePanel.voiceTab'),
};

const history = (c: Conversation) =>
  c.messages.map(({ role, content, pasted }) => ({ role, content, ...(pasted ? { pasted } : {}) }));

/** Brainstorming beside the page, in the brand's voice: chat, quick actions, send to the composer. */
export function SidePanelApp() {
  const { profiles, defaultId } = useProfiles();
  const [chosen, setChosen] = useState<string | null>(null);
  const profileId =
    chosen ??
    (profiles?.some((p) => p.id === defaultId) ? defaultId : profiles?.[0]?.id) ??
    FALLBACK_PROFILE.id;
  const profile = profiles?.find((p) => p.id === profileId) ?? FALLBACK_PROFILE;
  const conversations = useLiveQuery(() => listConversations(profileId), [profileId]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = conversations?.find((c) => c.id === activeId) ?? null;
  const activeRef = useRef<string | null>(null);
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState<{ text: string; copy?: string } | null>(null);
  const status = useTabStatus();
  const [view, setView] = useState<View>('brainstorm');

  useEffect(() => {
    activeRef.current = activeId;
  }, [activeId]);

  const onFinish = useCallback((answer: Answer) => {
    const id = activeRef.current;
    if (id && answer.text.trim())
      void appendMessage(id, {
        role: 'assistant',
        content: answer.text.trim(),
        ...(answer.complete ? {} : { incomplete: true }),
      });
  }, []);
  const { answer, ask, stop, clear } = useBrainstorm(onFinish);
  const busy = Boolean(answer?.streaming);

  const send = useCallback(
    async (request: QuickRequest): Promise<void> => {
      setNotice(null);
      const message = { role: 'user' as const, ...request };
      const current = activeRef.current ? await appendMessage(activeRef.current, message) : undefined;
      const conversation = current ?? (await createConversation(profileId, message));
      activeRef.current = conversation.id;
      setActiveId(conversation.id);
      ask(history(conversation), profileId === FALLBACK_PROFILE.id ? undefined : profileId);
    },
    [ask, profileId, setNotice, setActiveId],
  );

  // "Brainstorm replies with <brand>" from the context menu: a new conversation about the selection.
  useSubject(
    useCallback(
      (subject) => {
        activeRef.current = null;
        void send(answerIdeas(subject.text, 'selection'));
      },
      [send],
    ),
  );

  const regenerate = async (): Promise<void> => {
    if (!active) return;
    const trimmed = (await dropLastAnswer(active.id)) ?? active;
    ask(history(trimmed), profileId === FALLBACK_PROFILE.id ? undefined : profileId);
  };

  const sendToComposer = async (text: string): Promise<boolean> => {
    try {
      const result = await callAsExtension('sidepanel.insert', { text });
      setNotice(
        result.ok
          ? { text: t('sidePanel.sent') }
          : { text: t('panel.problem', [result.error.title, result.error.detail]), copy: text },
      );
      return result.ok;
    } catch (error) {
      const e = error instanceof UserFacingError ? error.userError : null;
      setNotice({
        text: e ? t('panel.problem', [e.title, e.detail]) : t('sidePanel.unreachable'),
        copy: text,
      });
      return false;
    }
  };
  const copyAndSay = async (text: string): Promise<boolean> => {
    const ok = await copyText(text);
    setNotice({ text: ok ? t('sidePanel.copied') : t('sidePanel.copyFailed') });
    return ok;
  };

  const copyReport = async (): Promise<void> => {
    const report = await callAsExtension('health.report', {}).catch(() => undefined);
    const copied = report ? await copyText(report.report) : false;
    setNotice({ text: copied ? t('sidePanel.reportCopied') : t('sidePanel.reportFailed') });
  };

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (input.trim() && !busy) {
        void send({ content: input.trim() });
        setInput('');
      }
    }
  };

  return (
    <main className="sidepanel" aria-label={t('sidePanel.label')}>
      <header className="panel-header">
        <ProfileBadge profile={summarize(profile)} />
        <h1>{t('sidePanel.title')}</h1>
        {profiles && profiles.length > 0 && (
          <select
            aria-label={t('panel.profile')}
            value={profileId}
            onChange={(e) => {
              setChosen(e.target.value);
              setActiveId(null);
              clear();
            }}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </header>
      <TabStatusLine status={status} onCopyReport={() => void copyReport()} />
      <div className="view-tabs" role="tablist" aria-label={t('sidePanel.views')}>
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls={`view-${v}`}
            onClick={() => setView(v)}
          >
            {VIEWS[v]()}
          </button>
        ))}
      </div>
      {view === 'comments' ? (
        <div id="view-comments" role="tabpanel" aria-labelledby="tab-comments">
          <CommentQueue status={status} />
        </div>
      ) : view === 'voice' ? (
        <div id="view-voice" role="tabpanel" aria-labelledby="tab-voice">
          {/* What is learnt goes into the profile chosen above; a new choice starts afresh. */}
          <VoiceTab
            key={profileId}
            profileId={profileId === FALLBACK_PROFILE.id ? null : profileId}
            profileName={profile.name}
          />
        </div>
      ) : (
        <div
          id="view-brainstorm"
          role="tabpanel"
          aria-labelledby="tab-brainstorm"
          className="view-brainstorm"
        >
          <SidePanelSaved
            profile={profile}
            site={status?.site ?? null}
            onSend={sendToComposer}
            onCopy={copyAndSay}
            onNotice={(text) => setNotice({ text })}
          />
          <ConversationList
            conversations={conversations ?? []}
            activeId={activeId}
            onOpen={(id) => {
              setActiveId(id);
              clear();
            }}
            onNew={() => {
              setActiveId(null);
              clear();
            }}
          />
          <QuickActions disabled={busy} onRequest={(r) => void send(r)} />
          <MessageList
            messages={active?.messages ?? []}
            streaming={answer}
            onCopy={(text) => void copyAndSay(text)}
            onSend={(text) => void sendToComposer(text)}
          />
          {answer?.error && (
            <ErrorNotice
              error={answer.error}
              onOpenSettings={() => void callAsExtension('options.open', {})}
              onRetry={() => void regenerate()}
            />
          )}
          <div className="row">
            {busy ? (
              <button type="button" onClick={stop}>
                {t('panel.stop')}
              </button>
            ) : (
              active?.messages.at(-1)?.role === 'assistant' && (
                <button type="button" onClick={() => void regenerate()}>
                  {t('panel.regenerate')}
                </button>
              )
            )}
          </div>
          <form
            className="chat-input"
            onSubmit={(e) => {
              e.preventDefault();
              if (!input.trim() || busy) return;
              void send({ content: input.trim() });
              setInput('');
            }}
          >
            <textarea
              aria-label={t('sidePanel.ask')}
              placeholder={t('sidePanel.askExample')}
              rows={3}
              value={input}
              onChange={(e) => setInput(e.target.value)}
              onKeyDown={onKey}
            />
            <button type="submit" className="primary" disabled={busy || !input.trim()}>
              {t('sidePanel.send')}
            </button>
          </form>
        </div>
      )}
      <p className="notice-line" aria-live="polite">
        {notice?.text}{' '}
        {notice?.copy && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void copyText(notice.copy!).then((ok) =>
                setNotice({ text: ok ? t('sidePanel.copiedPaste') : t('sidePanel.couldNotCopy') }),
              )
            }
          >
            {t('sidePanel.copyInstead')}
          </button>
        )}
      </p>
    </main>
  );
}
