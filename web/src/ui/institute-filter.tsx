import { useQuery } from '@apollo/client/react';
import { InstituteOptionsDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { FilterSelect } from './filter-select';

/**
 * An administrator's institute drop-down on an office list (they see every institute's rows; an officer's are
 * their own, so the lists render this for administrators only): "" is every institute, else an institute's id.
 */
export function InstituteFilter({ value, onChange }: { value: string; onChange: (institute: string) => void }) {
  const institutes = useQuery(InstituteOptionsDocument, { fetchPolicy: 'cache-first' }).data?.institutions ?? [];
  return (
    <FilterSelect
      label={t('triage.institute')}
      value={value}
      onChange={onChange}
      options={institutes.map((institute) => ({ value: institute.id, label: institute.shortName }))}
      testId="filter-institute"
    >
      <option value="">{t('triage.anyInstitute')}</option>
    </FilterSelect>
  );
}
