type AnnouncementProps = { message: string; testId?: string };

/**
 * The outcome of the last action (a report approved, an account saved), read out by screen readers. The region
 * is always in the page, empty when there is nothing to say, so that a new message is announced.
 */
export function Announcement({ message, testId = 'announcement' }: AnnouncementProps) {
  return (
    <p
      className={message ? 'access-announcement' : 'access-announcement access-announcement--empty'}
      role="status"
      aria-live="polite"
      data-testid={testId}
    >
      {message}
    </p>
  );
}
