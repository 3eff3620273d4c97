import { describe, expect, it } from 'vitest';
import { PANEL_BINDING, sessionFromBinding } from '@/utils/page/panel-binding';

describe('sessionFromBinding', () => {
  const token = '0123456789abcdef0123456789abcdef';

  it('takes the session from a binding that carries the frame’s own token', () => {
    expect(
      sessionFromBinding({ type: PANEL_BINDING, token, sessionId: 'WEepdxMfxE2Ii8D_cggEWQ' }, token),
    ).toBe('WEepdxMfxE2Ii8D_cggEWQ');
  });

  it('ignores a message without the token, or with another one: the host page cannot read the token', () => {
    expect(
      sessionFromBinding({ type: PANEL_BINDING, sessionId: 'WEepdxMfxE2Ii8D_cggEWQ' }, token),
    ).toBeUndefined();
    expect(
      sessionFromBinding({ type: PANEL_BINDING, token: 'guess', sessionId: 'WEepdxMfxE2Ii8D_cggEWQ' }, token),
    ).toBeUndefined();
    // A frame opened without a token (not made ahead of time) accepts no binding at all.
    expect(
      sessionFromBinding({ type: PANEL_BINDING, token: '', sessionId: 'WEepdxMfxE2Ii8D_cggEWQ' }, ''),
    ).toBeUndefined();
  });

  it('ignores other messages and malformed session ids', () => {
    expect(sessionFromBinding('hello', token)).toBeUndefined();
    expect(sessionFromBinding(null, token)).toBeUndefined();
    expect(
      sessionFromBinding({ type: 'other', token, sessionId: 'WEepdxMfxE2Ii8D_cggEWQ' }, token),
    ).toBeUndefined();
    expect(sessionFromBinding({ type: PANEL_BINDING, token, sessionId: '../../x' }, token)).toBeUndefined();
    expect(sessionFromBinding({ type: PANEL_BINDING, token, sessionId: 42 }, token)).toBeUndefined();
  });
});
