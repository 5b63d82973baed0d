import { AlertFrequency } from '@tt/shared/saved-search-rules';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { type AlertRunOptions, runSavedSearchAlerts } from './saved-search-alerts.js';

// The saved searches' alerts as jobs of the queue (jobs/job-runner.ts), one per frequency. Cron expressions are in
// UTC: the digests run at 05:05 and 06:05 UTC, one of which is 07:05 in Rome whatever the season; a run finds due
// only the searches whose period's 07:00 (Rome) has passed since their last alert, so the other run sends nothing.

export type AlertJobOptions = Pick<AlertRunOptions, 'publicUrl' | 'signingSecret'>;

function alertJob(
  name: string,
  cron: string,
  frequency: Exclude<AlertFrequency, 'OFF'>,
  options: AlertJobOptions,
): JobDefinition {
  return {
    name,
    cron,
    async run({ db, logger }) {
      const result = await runSavedSearchAlerts(db, frequency, { ...options, logger });
      if (result.people > 0) logger.info({ frequency, ...result }, 'saved-search alerts sent');
    },
  };
}

/** Alerts "as they come": every five minutes, one e-mail per person with all their immediate searches' news. */
export const immediateAlertsJob = (options: AlertJobOptions): JobDefinition =>
  alertJob('saved-search-alerts-immediate', '*/5 * * * *', AlertFrequency.IMMEDIATE, options);

/** The daily digest, at 07:00 Rome time (run at 05:05 and 06:05 UTC; the one past 07:00 in Rome sends it). */
export const dailyAlertsJob = (options: AlertJobOptions): JobDefinition =>
  alertJob('saved-search-alerts-daily', '5 5,6 * * *', AlertFrequency.DAILY, options);

/** The weekly digest, on Mondays at 07:00 Rome time (as the daily one). */
export const weeklyAlertsJob = (options: AlertJobOptions): JobDefinition =>
  alertJob('saved-search-alerts-weekly', '5 5,6 * * 1', AlertFrequency.WEEKLY, options);

/** The three, for the job runner: `new JobRunner({ jobs: [housekeepingJob, ...savedSearchAlertJobs(options)] })`. */
export const savedSearchAlertJobs = (options: AlertJobOptions): JobDefinition[] => [
  immediateAlertsJob(options),
  dailyAlertsJob(options),
  weeklyAlertsJob(options),
];
