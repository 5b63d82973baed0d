import type { Db } from '@tt/db/database';
import { EOI_OVERDUE_WORKING_DAYS } from '@tt/shared/eoi-transitions';
import { officeEoiPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { toGlobalId } from '../../schema/global-id.js';
import { titleShownIn, titleShownInItalian } from '../catalogue/asset-records.js';
import { overdueSql } from './eoi-records.js';

/**
 * Reminds the assignee (or else the asset's contact officer) of each overdue EoI, once a day at most.
 * Rows are claimed with `skip locked`, so several API processes never send the same reminder twice.
 */
export async function sendOverdueReminders(db: Db, publicUrl: string): Promise<number> {
  const rows = await db
    .with('due', (qb) =>
      qb
        .selectFrom('expression_of_interest as e')
        .select('e.id')
        .where(overdueSql)
        .where((eb) =>
          eb.or([
            eb('e.overdue_notified_at', 'is', null),
            eb('e.overdue_notified_at', '<=', sql<Date>`now() - interval '24 hours'`),
          ]),
        )
        .forUpdate('e')
        .skipLocked(),
    )
    .updateTable('expression_of_interest as e')
    .set({ overdue_notified_at: sql`now()` })
    .from(['due', 'asset as a', 'company as c', 'app_user as u'])
    .whereRef('e.id', '=', 'due.id')
    .whereRef('a.id', '=', 'e.asset_id')
    .whereRef('c.id', '=', 'e.company_id')
    .where((eb) => eb('u.id', '=', eb.fn.coalesce('e.assignee_id', 'a.contact_officer_id')))
    .returning([
      'e.id',
      'u.email',
      'u.name',
      'u.language',
      'c.name as company_name',
      'a.title as asset_title',
      titleShownInItalian().as('asset_title_it'),
    ])
    .execute();
  await enqueueMailEach(db, rows, (row) => ({
    to: row.email,
    language: row.language,
    template: 'eoi-overdue',
    data: {
      name: row.name,
      companyName: row.company_name,
      assetTitle: titleShownIn(row.language, { en: row.asset_title, it: row.asset_title_it }),
      workingDays: EOI_OVERDUE_WORKING_DAYS,
      eoiUrl: mailLink(publicUrl, row.language, officeEoiPath(toGlobalId('ExpressionOfInterest', row.id))),
    },
  }));
  return rows.length;
}
