import pg from 'pg';
import type { Logger } from '../logger.js';
import { EOI_EVENT_TOPIC, EOI_EVENTS_CHANNEL, type EventPubSub, isEoiEventPayload } from './eoi-events.js';

/**
 * One dedicated connection per API process LISTENs for EoI events and hands them to the process's
 * subscribers; so several processes behind a load balancer stay in step. It reconnects if the
 * connection drops.
 */
export class PgEventBridge {
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: { databaseUrl: string; pubSub: EventPubSub; logger: Logger; retryMs?: number },
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== EOI_EVENTS_CHANNEL || !message.payload) return;
      let event: unknown;
      try {
        event = JSON.parse(message.payload);
      } catch {
        event = undefined;
      }
      // Subscribers are decided from the event alone: one without its scope is dropped, not guessed at.
      if (isEoiEventPayload(event)) this.options.pubSub.publish(EOI_EVENT_TOPIC, event);
      else this.options.logger.warn({ payload: message.payload.slice(0, 200) }, 'ignored a malformed EoI event');
    });
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'event listener connection lost; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`listen ${EOI_EVENTS_CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    this.client = undefined;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.connect().catch(() => this.scheduleReconnect());
    }, this.options.retryMs ?? 2000);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
