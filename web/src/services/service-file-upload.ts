// Sending a service request's file: the disclosures' upload code and rules, to the service-request route.
import type { ServiceFilePurpose } from '../generated/graphql';

/** Where a service request's files are posted (the body is the file itself): deliveries by the office, the ethics approval by the company. */
export const serviceFileUploadUrl = (eoiId: string, purpose: ServiceFilePurpose) =>
  `/uploads/service-requests/${encodeURIComponent(eoiId)}/files?purpose=${purpose}`;
