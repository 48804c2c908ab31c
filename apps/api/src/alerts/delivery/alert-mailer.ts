import { createTransport, type Transporter } from 'nodemailer';

// E-mail through the agency's SMTP server with nodemailer (a well-kept client: TLS, AUTH, pooling and SMTP's
// error codes are not ours to write). One transport per server process; off when SCORECARD_SMTP_URL is unset.

export type SendOutcome = { ok: true; detail: string } | { ok: false; permanent: boolean; detail: string };

export type MailToSend = { to: string; subject: string; text: string; html: string | null; messageId: string };

export class AlertMailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: MailToSend): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === null ? {} : { html: mail.html }),
        // The same Message-ID on every attempt: a mail system that got an earlier attempt can tell it is the same.
        messageId: mail.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      return { ok: true, detail: String(info.response ?? 'accepted') };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const detail = error instanceof Error ? error.message : String(error);
      // A 5xx answer is the server refusing this message for good (no such mailbox, policy); anything else — a
      // refused connection, a timeout, a 4xx — may pass later.
      return { ok: false, permanent: code !== undefined && code >= 500 && code < 600, detail: detail.slice(0, 500) };
    }
  }

  close(): void {
    this.transport.close();
  }
}
