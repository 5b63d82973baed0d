import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { PlatformsOfInstituteDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';

/**
 * The platforms a platform manager manages, as checkboxes: those of their institute (the API refuses any other).
 * Rendered only for the PLATFORM_MANAGER role, once the institute is known.
 */
export function PlatformManagerPicker({
  institutionId,
  value,
  onChange,
}: {
  institutionId: string;
  value: readonly string[];
  onChange: (platformIds: string[]) => void;
}) {
  const legendId = useId();
  const { data, loading } = useQuery(PlatformsOfInstituteDocument, { variables: { id: institutionId } });
  const node = data?.node;
  const platforms = node?.__typename === 'Institution' ? node.platforms : [];
  return (
    <fieldset className="platform-picker" aria-describedby={`${legendId}-hint`} data-testid="platform-picker">
      <legend className="form-field__label">{t('platformManager.platforms')}</legend>
      <p id={`${legendId}-hint`} className="form-field__hint">
        {t('platformManager.platformsHint')}
      </p>
      {loading && !data && <span className="spinner" role="status" aria-label={t('common.loading')} />}
      {platforms.map((platform) => (
        <div key={platform.id} className="checkbox-field">
          <input
            id={`${legendId}-${platform.id}`}
            type="checkbox"
            checked={value.includes(platform.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, platform.id] : value.filter((id) => id !== platform.id))
            }
          />
          <label htmlFor={`${legendId}-${platform.id}`}>{platform.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
