import { useState } from 'react';
import { LinkedInComment } from '@/components/playground/linkedin-comment';
import { XReply } from '@/components/playground/x-reply';

/** Practice: an X-like and a LinkedIn-like reply box where “Suggest reply” and Insert work as on the sites. */
export function PlaygroundApp() {
  const [notice, setNotice] = useState('');
  const attempt = (): void =>
    setNotice(
      'This is the playground: nothing is posted. On LinkedIn and X, this is where you press the button yourself.',
    );
  return (
    <main className="playground">
      <h1>
        <span aria-hidden="true">✦</span> Playground
      </h1>
      <p className="hint">
        Try it here before you use it on LinkedIn or X. Click in a reply box, press{' '}
        <strong>Suggest reply</strong>, choose a draft, edit it if you like, and <strong>Insert</strong> it.
        The extension never posts: the blue button is yours to press.
      </p>
      <div className="pg-grid">
        <XReply onSubmitAttempt={attempt} />
        <LinkedInComment onSubmitAttempt={attempt} />
      </div>
      <p className="notice-line" role="status">
        {notice}
      </p>
    </main>
  );
}
