import type { Ref } from 'react';

type AnnouncementProps = {
  message: string;
  testId?: string;
  /** Given, the message can take the keyboard focus (tabIndex -1): where the focus goes after a save. */
  ref?: Ref<HTMLParagraphElement>;
};

/**
 * The outcome of the last action (a report approved, an account saved), read out by screen readers. The region
 * is always in the page, empty when there is nothing to say, so that a new message is announced.
 */
export function Announcement({ message, testId = 'announcement', ref }: AnnouncementProps) {
  return (
    <p
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      className={message ? 'access-announcement' : 'access-announcement access-announcement--empty'}
      role="status"
      aria-live="polite"
      data-testid={testId}
    >
      {message}
    </p>
  );
}
