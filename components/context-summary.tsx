import { answeredText, type ThreadContext } from '@/utils/thread-context';

/** One line saying what the reply answers, so the manager knows the panel read the right thread. */
export function ContextSummary({ context }: { context: ThreadContext }) {
  const answered = answeredText(context);
  const who = answered?.author || (context.comment ? 'a comment' : 'the post');
  return (
    <p className="context" title={answered?.text}>
      <span className="context-label">{context.comment ? 'Replying to comment by' : 'Replying to'}</span>{' '}
      <strong>{who}</strong>
      {answered?.text && <span className="context-quote">: “{answered.text}”</span>}
      {context.draft && <span className="context-draft"> · your draft in the box is kept</span>}
    </p>
  );
}
