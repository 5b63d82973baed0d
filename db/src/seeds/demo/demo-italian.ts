// The Italian texts of the demo data, by slug: every listing (published or not), institute with its platforms,
// and company. A test checks that none is missing.
import { demoInventionsItalian } from './demo-assets-inventions-it.js';
import { demoPrototypesItalian } from './demo-assets-prototypes-it.js';
import { demoServicesItalian } from './demo-assets-services-it.js';
import { demoUnpublishedItalian } from './demo-assets-unpublished-it.js';
import { demoCompaniesItalian } from './demo-companies-it.js';
import type { DemoAssetItalian, DemoCompanyItalian, DemoInstitutionItalian } from './demo-data-types.js';
import { demoInstitutionsItalian } from './demo-institutions-it.js';

export const demoAssetsItalian: Readonly<Record<string, DemoAssetItalian>> = {
  ...demoInventionsItalian,
  ...demoPrototypesItalian,
  ...demoServicesItalian,
  ...demoUnpublishedItalian,
};

export type { DemoAssetItalian, DemoCompanyItalian, DemoInstitutionItalian };
export { demoCompaniesItalian, demoInstitutionsItalian };
