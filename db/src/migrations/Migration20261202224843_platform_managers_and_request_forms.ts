import { Migration } from '@mikro-orm/migrations';

/**
 * Platform managers (a role of an institute, attached to its platforms), service request forms per listing, and a
 * service request's answers on its EoI. The new role value cannot be used in the transaction that adds it, so the
 * membership check compares the role as text.
 */
export class Migration20261202224843_platform_managers_and_request_forms extends Migration {
  override name = 'Migration20261202224843_platform_managers_and_request_forms';

  override up(): void | Promise<void> {
    this.addSql(`create table "platform_manager" ("user_id" int not null, "platform_id" int not null, primary key ("user_id", "platform_id"));`);
    this.addSql(`create index "platform_manager_platform_id_index" on "platform_manager" ("platform_id");`);

    this.addSql(`create table "service_request_form" ("asset_id" int not null, "fields" jsonb not null, "updated_at" timestamptz not null, "updated_by_id" int null, primary key ("asset_id"));`);

    this.addSql(`alter type "user_role" add value if not exists 'PLATFORM_MANAGER' after 'TT_OFFICER';`);
    this.addSql(`alter table "app_user" drop constraint "app_user_membership_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_membership_check" check ((role::text = 'COMPANY_MEMBER' and company_id is not null and institution_id is null) or (role::text in ('RESEARCHER', 'TT_OFFICER', 'PLATFORM_MANAGER') and institution_id is not null and company_id is null) or (role::text = 'ADMIN' and company_id is null));`);

    this.addSql(`alter table "invitation" add "platform_ids" jsonb not null default '[]';`);

    this.addSql(`alter table "expression_of_interest" add "service_details" jsonb null;`);

    this.addSql(`alter table "platform_manager" add constraint "platform_manager_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "platform_manager" add constraint "platform_manager_platform_id_foreign" foreign key ("platform_id") references "platform" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_request_form" add constraint "service_request_form_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_request_form" add constraint "service_request_form_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(
      `create constraint trigger "catalogue_revision" after insert or update or delete on "service_request_form" deferrable initially deferred for each row execute function "catalogue_revision_bump"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "platform_manager" cascade;`);
    this.addSql(`drop table if exists "service_request_form" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_membership_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_membership_check" check (((role = 'COMPANY_MEMBER'::user_role) AND (company_id IS NOT NULL) AND (institution_id IS NULL)) OR ((role = ANY (ARRAY['RESEARCHER'::user_role, 'TT_OFFICER'::user_role])) AND (institution_id IS NOT NULL) AND (company_id IS NULL)) OR ((role = 'ADMIN'::user_role) AND (company_id IS NULL)));`);

    this.addSql(`alter table "expression_of_interest" drop column "service_details";`);

    this.addSql(`alter table "invitation" drop column "platform_ids";`);
  }

}
