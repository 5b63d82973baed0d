import type { JobDefinition } from '../../jobs/job-runner.js';
import { sendOverdueReminders } from './eoi-overdue-reminder.service.js';

/** Looks for overdue EoIs every quarter of an hour; each is reminded of once a day at most. */
export function overdueReminderJob(publicUrl: string): JobDefinition {
  return {
    name: 'eoi-overdue-reminders',
    cron: '*/15 * * * *',
    async run({ transaction, logger }) {
      // The reminders' e-mails and their "notified" marks commit together.
      const queued = await transaction((db) => sendOverdueReminders(db, publicUrl));
      if (queued > 0) logger.info({ queued }, 'overdue reminders queued');
    },
  };
}
