/** The ORM's driver hands timestamps over as PostgreSQL text; GraphQL wants Dates. */
export function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}
