import { Migration } from '@mikro-orm/migrations';
import { FIRST_SITE_PAGE_TEXTS } from './site-page-first-texts.js';

export class Migration20261203030821_site_pages_and_terms_acceptance extends Migration {
  override name = 'Migration20261203030821_site_pages_and_terms_acceptance';

  override up(): void | Promise<void> {
    this.addSql(`create type "site_page_key" as enum ('ABOUT', 'PRIVACY', 'TERMS', 'COOKIES');`);
    this.addSql(
      `create table "site_page_version" ("id" serial primary key, "page_key" "site_page_key" not null, "language" "app_language" not null, "version" int not null, "markdown" text not null, "created_by_id" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "site_page_version" add constraint "site_page_version_unique" unique ("page_key", "language", "version");`,
    );

    this.addSql(
      `alter table "app_user" add "terms_version" int null, add "terms_language" "app_language" null, add "terms_accepted_at" timestamptz null;`,
    );

    this.addSql(
      `alter table "site_page_version" add constraint "site_page_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );

    // The first texts, so that a fresh install has its pages (administrators edit them in the app).
    for (const [key, texts] of Object.entries(FIRST_SITE_PAGE_TEXTS)) {
      for (const [language, markdown] of Object.entries(texts)) {
        // Dollar-quoted: the texts hold quotes and backslashes, never the tag.
        if (markdown.includes('$text$')) throw new Error('A first text holds the quoting tag');
        this.addSql(
          `insert into "site_page_version" ("page_key", "language", "version", "markdown", "created_at") values ('${key}', '${language}', 1, $text$${markdown}$text$, now());`,
        );
      }
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "site_page_version" cascade;`);
    this.addSql(
      `alter table "app_user" drop column "terms_version", drop column "terms_language", drop column "terms_accepted_at";`,
    );
    this.addSql(`drop type "site_page_key";`);
  }
}
