import { useCallback, useMemo, useState } from 'react';
import type { SavedEntry } from '@/utils/saved/schema';
import { fillTemplate, type Filled, type Values } from '@/utils/saved/template';
import { threadValues, type ValueSource } from '@/utils/saved/thread-values';
import { rankSaved, type RankInput } from '@/utils/saved/rank';
import { fieldName } from './fill-fields';

/**
 * The state every list of saved replies shares (panel and side panel): the search, the chosen reply,
 * and what the manager typed in the fill-in fields (kept per field, so nothing typed is lost when the
 * choice changes). Filling is done here, by the extension: never by the model.
 */
export function useSavedChoice(
  replies: readonly SavedEntry[],
  rank: Omit<RankInput, 'search'>,
  source: Omit<ValueSource, 'language'>,
) {
  const [search, setSearchText] = useState('');
  const [chosen, setChosen] = useState(0);
  const [typed, setTyped] = useState<Values>({});
  const { query, platform, language } = rank;
  const ranked = useMemo(
    () => rankSaved(replies, { query, platform, language, search }),
    [replies, query, platform, language, search],
  );
  const index = Math.min(chosen, Math.max(0, ranked.length - 1));
  const reply = ranked[index];
  const thread = reply ? threadValues({ ...source, language: reply.language }) : {};
  const filled: Filled | undefined = reply ? fillTemplate(reply.body, { ...thread, ...typed }) : undefined;
  // What the thread does not give: asked in fields that stay while the manager types in them.
  const asked = reply ? fillTemplate(reply.body, thread).missing : [];
  const setSearch = useCallback((text: string) => {
    setSearchText(text);
    setChosen(0);
  }, []);
  const setValue = useCallback((key: string, value: string) => setTyped((v) => ({ ...v, [key]: value })), []);
  return { search, setSearch, ranked, chosen: index, setChosen, reply, filled, asked, typed, setValue };
}

/** Focuses the first field still empty (after `after`, when given) in `root`; false when none is left. */
export function focusMissing(root: HTMLElement | null, filled: Filled | undefined, after?: string): boolean {
  const needs = filled?.missing ?? [];
  const start = after ? needs.findIndex((n) => n.key === after) + 1 : 0;
  const next = [...needs.slice(start), ...needs.slice(0, start)][0];
  if (!next) return false;
  root?.querySelector<HTMLInputElement>(`[name="${CSS.escape(fieldName(next.key))}"]`)?.focus();
  return true;
}
