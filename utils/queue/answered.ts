import type { ThreadItem } from './thread';
import { fold } from './reading';

/**
 * Which comments the page shows the brand has already answered, from the brand's own replies in it.
 * - X threads a reply right after the conversation it answers, and says "Replying to @handle": the brand's
 *   reply answers the nearest comment above it by that handle.
 * - LinkedIn nests replies one level, under the top-level comment; a reply to a reply names the person.
 *   The brand's reply answers the latest comment above it in that group whose author it names, else the
 *   top-level comment.
 */
export function answeredOnPage(items: readonly ThreadItem[], platform: string): Set<string> {
  const answered = new Set<string>();
  items.forEach((item, index) => {
    if (!item.byBrand) return;
    const target = platform === 'x' ? answeredOnX(items, index) : answeredOnLinkedIn(items, index);
    if (target) answered.add(target.id);
  });
  return answered;
}

function answeredOnX(items: readonly ThreadItem[], index: number): ThreadItem | undefined {
  const handle = items[index]!.replyingTo?.toLowerCase();
  if (!handle) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const candidate = items[j]!;
    if (!candidate.byBrand && candidate.handle?.toLowerCase() === handle) return candidate;
  }
  return undefined;
}

const words = (text: string): Set<string> => new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? []);

function answeredOnLinkedIn(items: readonly ThreadItem[], index: number): ThreadItem | undefined {
  const reply = items[index]!;
  const group = reply.topLevelId;
  if (!group) return undefined;
  const said = words(reply.text);
  let top: ThreadItem | undefined;
  let named: ThreadItem | undefined;
  for (let j = 0; j < index; j++) {
    const candidate = items[j]!;
    if (candidate.byBrand || (candidate.topLevelId ?? candidate.id) !== group) continue;
    if (candidate.id === group) top = candidate;
    const first = fold(candidate.author).match(/[\p{L}\p{N}]+/u)?.[0];
    if (first && first.length > 1 && said.has(first)) named = candidate;
  }
  return named ?? top;
}
