import { useCallback, useState } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { MARK_NOTIFICATION_READ_MUTATION, type NotificationItem } from './notifications.queries';

/** What was asked: only to mark it read, or to open it (mark it read, then show its page at `path`). */
export type MarkRequest =
  { item: NotificationItem; purpose: 'mark' } | { item: NotificationItem; purpose: 'open'; path: string };

/**
 * markNotificationRead for one notification at a time. Its success marks every cached answer stale (api/
 * query-client.ts), so the header's count and the list are asked for again; a failure stays in `failure`, with
 * the request, until the next one.
 */
export function useMarkRead() {
  const mutation = useOperationMutation(MARK_NOTIFICATION_READ_MUTATION);
  const [last, setLast] = useState<MarkRequest | null>(null);
  const { run } = mutation;

  /** Resolves true once the server has it read. */
  const mark = useCallback(
    async (request: MarkRequest): Promise<boolean> => {
      setLast(request);
      const data = await run(() => Promise.resolve({ id: request.item.id }));
      return data !== undefined;
    },
    [run],
  );

  const { state } = mutation;
  return {
    mark,
    /** The notification being marked now. */
    busyId: state.status === 'running' ? (last?.item.id ?? null) : null,
    failure: state.status === 'failed' && last ? { request: last, error: state.error } : null,
  };
}
