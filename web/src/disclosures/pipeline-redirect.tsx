import { Navigate, useParams } from 'react-router';
import { officeDisclosurePath } from '../paths/office-paths';

/** E-mails to the office link to /pipeline/<id>: the disclosure's office page. */
export function PipelineRedirect() {
  const { id } = useParams();
  return <Navigate replace to={id ? officeDisclosurePath(id) : '/office/disclosures'} />;
}
