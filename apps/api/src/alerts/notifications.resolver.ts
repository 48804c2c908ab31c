import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { nowInVietnam, type AlertLanguage, type Principal } from '@scorecard/domain';
import { AlertRepository, WarehouseDatabase, type StoredNotification } from '@scorecard/warehouse';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { ScorecardError } from '../graphql/scorecard.errors';
import { AlertTextService } from './alert-text.service';
import { NotificationListObject, NotificationObject } from './dto/notification.object';

const MAX_PAGE = 100;
const LANGUAGE = 'The language of subject and body: "vi" (default) or "en"; figures keep vi-VN formats in both.';

/** The caller's own alerts in the app (docs/alerts.md). A caller without an account (a script token) has none. */
@Resolver()
export class NotificationsResolver {
  private readonly alerts: AlertRepository;

  constructor(
    @Inject(AlertTextService) private readonly texts: AlertTextService,
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
  ) {
    this.alerts = new AlertRepository(db);
  }

  @Query(() => NotificationListObject, {
    description:
      'The caller’s notifications, newest first, with the unread count. Empty for a token without an account.',
  })
  @Allow('notifications.own')
  async notifications(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20, description: `How many (1–${MAX_PAGE}).` }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0, description: 'How many to skip.' }) offset: number,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false, description: 'Only the unread ones.' })
    unreadOnly: boolean,
    @Args('language', { type: () => String, defaultValue: 'vi', description: LANGUAGE }) language: string,
  ): Promise<NotificationListObject> {
    if (first < 1 || first > MAX_PAGE || offset < 0)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `first must be 1–${MAX_PAGE} and offset 0 or more.`,
        `first phải từ 1 đến ${MAX_PAGE} và offset không âm.`,
      );
    const lang = languageOf(language);
    if (principal.accountId === null)
      return Object.assign(new NotificationListObject(), { totalCount: 0, unreadCount: 0, items: [] });
    const [counts, rows] = await Promise.all([
      this.alerts.counts(principal.accountId),
      this.alerts.notifications(principal.accountId, { unreadOnly, limit: first, offset }),
    ]);
    return Object.assign(new NotificationListObject(), {
      totalCount: counts.total,
      unreadCount: counts.unread,
      items: await Promise.all(rows.map((row) => this.toObject(row, lang))),
    });
  }

  @Mutation(() => NotificationObject, {
    description: 'Marks one of the caller’s notifications read (the first time stays).',
  })
  @Allow('notifications.own')
  async markNotificationRead(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { description: 'Notification.id.' }) id: string,
    @Args('language', { type: () => String, defaultValue: 'vi', description: LANGUAGE }) language: string,
  ): Promise<NotificationObject> {
    const lang = languageOf(language);
    const found = principal.accountId !== null && (await this.alerts.markRead(principal.accountId, id, nowInVietnam()));
    if (!found)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `You have no notification "${id}".`,
        `Bạn không có cảnh báo "${id}".`,
      );
    const [row] = await this.alerts.notifications(principal.accountId!, {
      unreadOnly: false,
      limit: 1,
      offset: 0,
      key: id,
    });
    return this.toObject(row!, lang);
  }

  private async toObject(row: StoredNotification, language: AlertLanguage): Promise<NotificationObject> {
    const text = await this.texts.textOf(row, language);
    return Object.assign(new NotificationObject(), {
      id: row.key,
      kind: row.kind,
      date: row.date,
      planId: row.planId,
      provinceCode: row.provinceCode,
      metric: row.metric,
      ...text,
      raisedAt: row.raisedAt,
      readAt: row.readAt,
    });
  }
}

export function languageOf(language: string): AlertLanguage {
  if (language === 'vi' || language === 'en') return language;
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `No language "${language}": use vi or en.`,
    `Không có ngôn ngữ "${language}": dùng vi hoặc en.`,
  );
}
