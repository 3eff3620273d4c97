/** How the content script hands a panel frame its session (see panel-frame.ts). */
export const PANEL_BINDING = 'reply-copilot:session';

export interface PanelBinding {
  type: typeof PANEL_BINDING;
  /** From the frame's own address, which the host page cannot read. */
  token: string;
  sessionId: string;
}

/** The session id of a binding meant for this frame, or undefined for anything else. */
export function sessionFromBinding(data: unknown, token: string | null): string | undefined {
  const message = data as Partial<PanelBinding> | null;
  if (!token || message?.type !== PANEL_BINDING || message.token !== token) return undefined;
  const id = message.sessionId;
  return typeof id === 'string' && /^[\w-]{8,64}$/.test(id) ? id : undefined;
}
