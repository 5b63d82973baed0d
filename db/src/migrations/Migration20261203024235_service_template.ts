import { Migration } from '@mikro-orm/migrations';

// A service's template (what is delivered, throughput, accreditations) and the interest types for option and
// material transfer, which listings offer as partnering models.
export class Migration20261203024235_service_template extends Migration {

  override name = 'Migration20261203024235_service_template';

  override up(): void | Promise<void> {
    this.addSql(`alter table "asset" add "deliverables" text null, add "throughput" varchar(300) null, add "accreditations" text[] not null default '{}', add "deliverables_it" text null, add "throughput_it" varchar(300) null;`);

    this.addSql(`alter type "interest_type" add value if not exists 'OPTION' after 'LICENSE';`);
    this.addSql(`alter type "interest_type" add value if not exists 'MATERIAL_TRANSFER' after 'SPONSORED_RESEARCH';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop an enum value: OPTION and MATERIAL_TRANSFER stay in interest_type.
    this.addSql(`alter table "asset" drop column "deliverables", drop column "throughput", drop column "accreditations", drop column "deliverables_it", drop column "throughput_it";`);
  }
}
