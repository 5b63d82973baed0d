import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { NotFound } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';

export function NotFoundPage() {
  usePageMeta(t('notFound.metaTitle'), t('notFound.body'));
  return (
    <NotFound title={t('notFound.heading')} body={t('notFound.body')}>
      <Link className="button button--primary" to="/">
        {t('notFound.toCatalogue')}
      </Link>
    </NotFound>
  );
}
