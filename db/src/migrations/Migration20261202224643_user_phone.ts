import { Migration } from '@mikro-orm/migrations';

export class Migration20261202224643_user_phone extends Migration {
  override name = 'Migration20261202224643_user_phone';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "phone" varchar(40) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "phone";`);
  }
}
