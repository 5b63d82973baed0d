import { LISTING_TRANSLATIONS } from '@tt/shared/listing-rules';

// The shared rule of when a listing is shown in Italian (LISTING_TRANSLATIONS: every English text it has is there in
// Italian), written once in SQL: for the API's statements (listing aliased `a`) and for the index that orders a
// platform's listings by the title its Italian pages show (asset.entity.ts), whose expression must be the statements'.

const column = (table: string | null, field: string) =>
  `${table ? `"${table}".` : ''}"${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}"`;

/**
 * Whether a listing is shown in Italian, as SQL. `table`: the alias its columns are read under (none in an index).
 * Texts are stored trimmed; a comparison with '' reads a long text's stored length, never the text itself.
 */
export function italianTextSql(table: string | null): string {
  const absent = (field: string, list: boolean) =>
    list ? `cardinality(${column(table, field)}) = 0` : `coalesce(${column(table, field)}, '') = ''`;
  const conditions = LISTING_TRANSLATIONS.map(
    ({ italian, english, list }) => `(${absent(english, list)} or not ${absent(italian, list)})`,
  );
  return `(${conditions.join(' and ')})`;
}

/** The title a listing's Italian pages show (the Italian one when its texts are translated), as SQL. */
export function titleShownInItalianSql(table: string | null): string {
  return `case when ${italianTextSql(table)} then ${column(table, 'titleIt')} else ${column(table, 'title')} end`;
}
