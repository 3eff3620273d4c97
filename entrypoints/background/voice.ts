import { FALLBACK_PROFILE } from '@/utils/brand/profile';
import { UserFacingError, userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { firstJson } from '@/utils/llm/json-request';
import { estimateCost, priceOf } from '@/utils/llm/prices';
import { randomNonce } from '@/utils/llm/prompt';
import { callContent } from '@/utils/messaging/rpc';
import { buildVoiceRequest, parseVoiceAnswer, VOICE_JSON_SCHEMA } from '@/utils/voice/prompt';
import type { VoiceLearnResult, VoiceRead } from '@/utils/voice/schema';
import { askJson } from './json-call';
import { composerTab } from './page-status';
import { capRefusal } from './spend';
import { whoSpeaks } from './speaker';

/**
 * "Learn our voice from these posts", the background half (the view is the side panel's Voice tab, the
 * reader utils/platforms/voice-posts.ts). Only the side panel starts it (the protocol lets no page send
 * `voice.learn`): the tab's brand posts, read again now, go out in ONE bounded request, under the daily
 * spend cap; the proposals come back to the side panel, and nothing is saved here.
 */
const noPosts = () =>
  new UserFacingError(userError('no-composer', t('voice.noPosts.title'), t('voice.noPosts.detail')));

/** The brand posts the tab the side panel acts on shows, or null. */
export async function voicePosts(): Promise<{ read: VoiceRead | null }> {
  const tab = await composerTab();
  if (!tab) return { read: null };
  return callContent(tab.id, 'voice.read', {}).catch(() => ({ read: null }));
}

export async function learnVoice(profileId: string, postIds?: readonly string[]): Promise<VoiceLearnResult> {
  const { read } = await voicePosts();
  const chosen = postIds ? new Set(postIds) : undefined;
  const posts = read?.posts.filter((p) => !chosen || chosen.has(p.id)) ?? [];
  if (!read || posts.length === 0) throw noPosts();
  const { engine, profile } = await whoSpeaks({ requestedId: profileId });
  if (profile.id !== profileId || profile.id === FALLBACK_PROFILE.id)
    throw new UserFacingError(
      userError('invalid-message', t('voice.noProfile.title'), t('voice.noProfile.detail')),
    );
  if (engine.kind === 'none') throw new UserFacingError(engine.error);
  if (engine.kind !== 'remote')
    throw new UserFacingError(
      userError('not-configured', t('voice.needsModel.title'), t('voice.needsModel.detail'), 'open-settings'),
    );
  const request = buildVoiceRequest({ ...read, posts }, profile, randomNonce());
  const price = priceOf(engine.settings.model, engine.settings.price);
  const refused = await capRefusal(
    engine.settings,
    estimateCost(request.inputTokens, request.maxOutputTokens, price),
  );
  if (refused) throw new UserFacingError(refused);
  const answer = await askJson(engine, profile.id, {
    messages: request.messages,
    signal: AbortSignal.timeout(90_000),
    schema: { name: 'brand_voice', schema: VOICE_JSON_SCHEMA },
    maxTokens: request.maxOutputTokens,
    timeoutMs: 60_000,
  });
  if (answer.failure) throw new UserFacingError(answer.failure);
  const proposals = parseVoiceAnswer(firstJson(answer.text), request.sent, profile);
  if (!proposals?.length)
    throw new UserFacingError(
      userError('bad-response', t('voice.unreadable.title'), t('voice.unreadable.detail')),
    );
  return { proposals, posts: request.sent.length, model: engine.settings.model };
}
