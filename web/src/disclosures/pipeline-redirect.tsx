import { officeDisclosurePath } from '@tt/shared/web-routes';
import { Navigate, useParams } from 'react-router';

/** E-mails to the office link to /pipeline/<id>: the disclosure's office page. */
export function PipelineRedirect() {
  const { id } = useParams();
  return <Navigate replace to={id ? officeDisclosurePath(id) : '/office/disclosures'} />;
}
