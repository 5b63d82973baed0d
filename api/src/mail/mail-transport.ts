import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * The message's identity, the same at every try (the outbox row's), made into its Message-ID: should a copy be
   * delivered twice (a crash between the server's acceptance and the outbox's record of it), mail systems that
   * de-duplicate by Message-ID show it once.
   */
  key?: string;
  /** The template's own headers (List-Unsubscribe…); the transport sets From, To, Subject and the rest. */
  headers?: Readonly<Record<string, string>>;
}

/** Delivers one message or throws; the outbox sender retries on a throw. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

export interface SmtpOptions {
  /** Milliseconds to connect and to get the server's greeting (default 10 s each). */
  connectionTimeout?: number;
  greetingTimeout?: number;
  /** Milliseconds of silence before giving up on a connection (default 30 s). */
  socketTimeout?: number;
}

/**
 * SMTP through nodemailer. The URL carries host, port, credentials and TLS:
 * `smtps://user:pass@smtp.example.org:465`, `smtp://smtp.example.org:587` (STARTTLS when offered),
 * `smtp://localhost:1025?ignoreTLS=true` (a local catcher).
 */
export function smtpTransport(smtpUrl: string, from: string, options: SmtpOptions = {}): MailTransport {
  // nodemailer's defaults wait minutes; the sender works one message at a time, so fail sooner and retry.
  const transporter = createTransport(
    {
      url: smtpUrl,
      connectionTimeout: options.connectionTimeout ?? 10_000,
      greetingTimeout: options.greetingTimeout ?? 10_000,
      socketTimeout: options.socketTimeout ?? 30_000,
    },
    { from },
  );
  const domain = /@([^\s>]+)/.exec(from)?.[1] ?? 'localhost';
  return {
    async send(message) {
      await transporter.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.key ? { messageId: `<${message.key}@${domain}>` } : {}),
        ...(message.headers ? { headers: { ...message.headers } } : {}),
      });
    },
  };
}

const CAPTURE_KEEP = 100;

/**
 * Demo mode: delivers nowhere. The outbox row, marked SENT, is what `/dev/mail` shows.
 * `sent` keeps the last 100 messages that passed through, for tests.
 */
export function captureTransport(): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      if (sent.length > CAPTURE_KEEP) sent.shift();
    },
  };
}
