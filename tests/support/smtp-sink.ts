import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on a loopback port (smtp-server), for the tests of alert e-mail: it keeps every message it
// accepted, parsed with mailparser; or, with stall, it takes the message's data and never answers, like a mail
// server that hangs while the scorecard is killed.

export type SmtpSink = {
  port: number;
  url: string;
  /** Messages accepted (answered 250), parsed. */
  messages: ParsedMail[];
  /** How many messages began their DATA (also the ones never answered when stalling). */
  dataStarted: () => number;
  close: () => Promise<void>;
};

export async function startSmtpSink(options: { stall?: boolean } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let started = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      started += 1;
      if (options.stall) {
        // Read everything and never answer: the sender waits for the 250 that does not come.
        stream.on('data', () => undefined);
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    dataStarted: () => started,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the condition holds, checking every 100 ms; fails with `what` after `ms`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
