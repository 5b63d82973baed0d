import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224500_rate_limits extends Migration {

  override name = 'Migration20261201224500_rate_limits';

  override up(): void | Promise<void> {
    // rate-limiter-flexible's PostgreSQL store, created here rather than by the library at run time.
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);

    this.addSql(`create table "known_login_address" ("user_id" int not null, "ip" varchar(64) not null, "last_success_at" timestamptz not null, primary key ("user_id", "ip"));`);
    this.addSql(`alter table "known_login_address" add constraint "known_login_address_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    // The addresses of today's sessions are the first known ones, so no owner starts as a stranger.
    this.addSql(`insert into "known_login_address" ("user_id", "ip", "last_success_at")
      select "user_id", "ip", max("created_at") from "user_session" where "ip" is not null group by "user_id", "ip";`);

    // Login failures are counted in rate_limit now.
    this.addSql(`drop table if exists "login_failure" cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "login_failure" ("id" serial primary key, "email" varchar(200) not null, "ip" varchar(64) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_email_at_index" on "login_failure" ("email", "at");`);
    this.addSql(`create index "login_failure_ip_at_index" on "login_failure" ("ip", "at");`);
    this.addSql(`drop table if exists "known_login_address" cascade;`);
    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }

}
