import { Migration } from '@mikro-orm/migrations';

/**
 * A search result's excerpt from the part of its description around the first match, not from the whole text.
 * ts_headline parses the whole text it is given (about 0.12 ms for a description of 900 characters, most of a
 * rare-term search's database time for its 20 results); the excerpt shows at most two fragments of 30 words. So the
 * excerpt is taken from a window of 640 characters starting 160 before the first place where a word of the query
 * may appear, found by a regular expression (`excerpt_pattern`: each of the query's lexemes without its last letter,
 * at a word's start, which the stemmed words' written forms begin with: "therapi" → "therap", for "therapy",
 * "therapies"). The window is cut to whole words. Where the pattern finds nothing, or the window holds no match
 * (the pattern found another word, "cellular" for "cell"), the whole description is excerpted as before; a
 * description of at most 640 characters is always excerpted whole. Excerpts change only where the whole text's
 * second fragment lay outside the window.
 */
export class Migration20261205000000_description_excerpt extends Migration {
  override name = 'Migration20261205000000_description_excerpt';

  override up(): void | Promise<void> {
    // Any character but a letter or a digit escaped (a lexeme may hold '.', '-', '/'). Immutable: with the query a constant (a search's plan is made for its values) the pattern is folded at
    // planning, once a statement, not once a row.
    this.addSql(`create function "excerpt_pattern"("p_query" tsquery) returns text as $$
  select coalesce('\\m(' || string_agg(regexp_replace(prefix, '([^[:alnum:]])', '\\\\\\1', 'g'), '|') || ')', '')
  from (
    select distinct left(l, greatest(3, length(l) - 1)) as prefix
    from (select replace(m[1], '''''', '''') as l from regexp_matches(p_query::text, '''((?:[^'']|'''')+)''', 'g') m) lexemes
  ) prefixes
$$ language sql immutable strict parallel safe;`);
    this.addSql(`create function "description_excerpt"("p_config" regconfig, "p_body" text, "p_query" tsquery, "p_pattern" text, "p_options" text, "p_mark" text) returns text as $$
declare
  v_at integer;
  v_from integer;
  v_window text;
begin
  if length(p_body) <= 640 or p_pattern = '' then
    return ts_headline(p_config, p_body, p_query, p_options);
  end if;
  v_at := regexp_instr(p_body, p_pattern, 1, 1, 0, 'i');
  if v_at = 0 then
    return ts_headline(p_config, p_body, p_query, p_options);
  end if;
  v_from := greatest(1, v_at - 160);
  v_window := substr(p_body, v_from, 640);
  -- Whole words only: a cut word could be read as another one.
  if v_from > 1 then v_window := regexp_replace(v_window, '^\\S*\\s+', ''); end if;
  if v_from + 640 <= length(p_body) then v_window := regexp_replace(v_window, '\\s+\\S*$', ''); end if;
  v_window := ts_headline(p_config, v_window, p_query, p_options);
  if strpos(v_window, p_mark) > 0 then
    return v_window;
  end if;
  return ts_headline(p_config, p_body, p_query, p_options);
end
$$ language plpgsql immutable strict parallel safe;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function "description_excerpt"(regconfig, text, tsquery, text, text, text);`);
    this.addSql(`drop function "excerpt_pattern"(tsquery);`);
  }
}
