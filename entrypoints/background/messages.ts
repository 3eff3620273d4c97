import { browser } from 'wxt/browser';
import { logAiUse } from '@/utils/storage/ai-log';
import { addCandidate } from '@/utils/brand/store';
import { recordSavedUse } from '@/utils/saved/store';
import { getDb } from '@/utils/storage/db';
import { userError, UserFacingError } from '@/utils/errors';
import { answeredText } from '@/utils/thread/context';
import { answerMessages, callContent, type Handlers } from '@/utils/messaging/rpc';
import { backgroundProtocol } from '@/utils/messaging/protocol';
import { cleanOutgoingText } from '@/utils/text/clean';
import type { GenerationHub } from './generation';
import type { PanelPorts } from './suggest-port';
import { healthReport } from './health-report';
import { callPage } from './page-call';
import { composerTab, noteComposerFocus, setPageStatus, tabStatus } from './page-status';
import { classifySender } from './senders';
import { createSession, dropSession, getSession, type Session } from './sessions';
import { getPublicSettings, saveSettings, testConnection } from './settings-handlers';
import type { QueueService } from './queue';
import type { Predrafter } from './predraft';
import { learnVoice, voicePosts } from './voice';
import { remember } from '@/utils/memory/people';
import { browserLanguage, t, uiLanguage } from '@/utils/i18n/i18n';
import { catalogFor, loadUiLanguage, pageCatalog } from '@/utils/i18n/loader';

/** How long a run started at "Suggest reply" waits for its panel to attach before it is dropped. */
const ATTACH_GRACE_MS = 20_000;

const composerGone = () =>
  new UserFacingError(
    userError('no-composer', t('errors.replyBoxGone.title'), t('errors.replyBoxGone.detail')),
  );

const noComposerToSendTo = () =>
  new UserFacingError(userError('no-composer', t('errors.noBox.title'), t('errors.noBox.detail')));

async function sessionFor(sessionId: string, tabId: number | undefined): Promise<Session> {
  const session = await getSession(sessionId);
  if (!session || session.tabId !== tabId)
    throw new UserFacingError(
      userError('session-expired', t('errors.expired.title'), t('errors.expired.detail')),
    );
  return session;
}

/**
 * After an insertion: the AI-use log gets an entry, and an edited draft becomes a candidate example for
 * its profile (without the AI disclosure, which is the brand's note, not the reply).
 */
async function afterInsert(
  hub: GenerationHub,
  session: Session,
  text: string,
  profileId: string | undefined,
  edited: boolean,
  saved?: { id: string; mode: 'exact' | 'adapted' },
): Promise<void> {
  const { profile, model } = hub.author(session.id);
  const stored = profileId ? await getDb().profiles.get(profileId) : undefined;
  const speaker = stored ?? profile;
  // Commenter memory (opt-in per profile): this conversation joins the person's record.
  if (speaker) await remember(speaker, session.context, text).catch(() => undefined);
  await logAiUse({
    event: 'inserted',
    platform: session.context.platform,
    postUrl: session.context.url,
    profileId: speaker?.id ?? 'fallback',
    profileName: speaker?.name ?? 'Neutral',
    edited,
    // A saved reply inserted as it is was written by no model.
    model: saved?.mode === 'exact' ? '' : (model ?? 'unknown'),
    source: saved ? (saved.mode === 'exact' ? 'saved-exact' : 'saved-adapted') : 'draft',
  });
  if (saved) await recordSavedUse(saved.id);
  if (!edited || !stored || saved) return; // the neutral fallback learns nothing
  const note = stored.disclosure.mode === 'append' ? stored.disclosure.text.trim() : '';
  const reply =
    note && text.trimEnd().endsWith(note) ? text.trimEnd().slice(0, -note.length).trimEnd() : text;
  await addCandidate({
    profileId: stored.id,
    comment: answeredText(session.context)?.text ?? '',
    reply,
    platform: session.context.platform,
  });
}

export function setUpMessages(
  hub: GenerationHub,
  ports: PanelPorts,
  queue: QueueService,
  ahead: Predrafter,
): void {
  const handlers: Handlers<typeof backgroundProtocol> = {
    async 'i18n.page'() {
      await loadUiLanguage();
      const language = uiLanguage();
      return { catalog: language === browserLanguage() ? {} : pageCatalog(await catalogFor(language)) };
    },
    async 'panel.open'({ context, frame }, sender) {
      const kinds = classifySender(sender);
      const via = kinds.includes('playground')
        ? 'playground'
        : kinds.includes('generic')
          ? 'generic'
          : 'content';
      const session = await createSession(
        sender.tab!.id!,
        via,
        frame,
        context,
        Date.now(),
        sender.frameId ?? 0,
      );
      hub.start(session, { allowPredraft: true });
      ports.offer(session); // the frame made ahead of time is waiting for it
      setTimeout(() => {
        if (!hub.hasListeners(session.id)) hub.end(session.id);
      }, ATTACH_GRACE_MS);
      return { sessionId: session.id };
    },
    async 'panel.close'({ sessionId }, sender) {
      const session = await sessionFor(sessionId, sender.tab?.id);
      hub.end(session.id);
      await dropSession(session.id);
      // From the panel's close button: the page closes its frame. (Escape in the box closed it already.)
      if (!classifySender(sender).includes('panel')) return { closed: true };
      return callPage(session, 'composer.closePanel', { sessionId }).catch(() => ({ closed: false }));
    },
    async 'panel.insert'({ sessionId, text, profileId, edited, saved }, sender) {
      const session = await sessionFor(sessionId, sender.tab?.id);
      let result;
      try {
        result = await callPage(session, 'composer.insert', { sessionId, text });
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw composerGone();
      }
      if (result.ok) {
        await afterInsert(hub, session, cleanOutgoingText(text), profileId, Boolean(edited), saved).catch(
          () => undefined,
        );
        await queue.inserted(session.context).catch(() => undefined);
      }
      return result;
    },
    async 'page.status'(status, sender) {
      await setPageStatus(sender.tab!.id!, status);
      return {};
    },
    async 'composer.focused'(_payload, sender) {
      await noteComposerFocus(sender.tab!.id!, sender.frameId ?? 0);
      return {};
    },
    async 'sidepanel.insert'({ text }) {
      const tab = await composerTab();
      if (!tab) throw noComposerToSendTo();
      try {
        return await callContent(tab.id, 'composer.insertFocused', { text }, tab.frameId);
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw noComposerToSendTo();
      }
    },
    async 'thread.review'(read, sender) {
      const stored = await queue.take(read, sender.tab?.id, true);
      return { threadId: stored?.id ?? '', count: read.items.length };
    },
    async 'thread.update'(read, sender) {
      return { merged: Boolean(await queue.take(read, sender.tab?.id, false)) };
    },
    'thread.reviewTab': () => queue.reviewTab(),
    async 'thread.refine'({ threadId, all }) {
      return { started: await queue.refine(threadId, all) };
    },
    'thread.show': ({ threadId, id }) => queue.show(threadId, id),
    'thread.estimate': ({ threadId, count }) => ahead.estimate(threadId, count),
    'thread.predraft': ({ threadId, count }) => ahead.predraft(threadId, count),
    'thread.stopPredraft'({ threadId }) {
      ahead.stopPredraft(threadId);
      return {};
    },
    'voice.posts': () => voicePosts(),
    'voice.learn': ({ profileId, postIds }) => learnVoice(profileId, postIds),
    'status.get': () => tabStatus(),
    'health.report': () => healthReport(),
    'settings.get': () => getPublicSettings(),
    'settings.save': (payload) => saveSettings(payload),
    'settings.test': (payload) => testConnection(payload),
    async 'options.open'() {
      await browser.runtime.openOptionsPage();
      return {};
    },
  };
  const answer = answerMessages(backgroundProtocol, handlers, classifySender);
  // Answers carry words for the manager: in the chosen language, from the worker's very first message.
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    loadUiLanguage().then(() => answer(message, sender)),
  );
}
