import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122434_inventor_accounts_and_reminders extends Migration {

  override name = 'Migration20261123122434_inventor_accounts_and_reminders';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventor" add "user_id" int null;`);
    this.addSql(`alter table "inventor" add constraint "inventor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`create index "inventor_user_id_index" on "inventor" ("user_id");`);

    this.addSql(`alter table "expression_of_interest" add "overdue_notified_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inventor" drop constraint "inventor_user_id_foreign";`);

    this.addSql(`alter table "expression_of_interest" drop column "overdue_notified_at";`);

    this.addSql(`drop index "inventor_user_id_index";`);
    this.addSql(`alter table "inventor" drop column "user_id";`);
  }

}
