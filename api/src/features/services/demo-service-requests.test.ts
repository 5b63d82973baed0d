import { demoPdf } from '@tt/db/seeds/demo-service-seeder';
import { AttachmentContentType, sniffAttachmentType } from '@tt/shared/attachment-rules';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { officer, buyer, otherBuyer } = useDemoClients(server);

const READ = `query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { status
  accessPath { currentStep statement { material } steps { step outcome } }
  delivery { nextMilestones milestones { milestone } } } } }`;

async function demoEoi(asset: string, company: string): Promise<string> {
  const [row] = await server.orm.em.fork().execute<{ id: number }[]>(
    `select e.id from expression_of_interest e join asset a on a.id = e.asset_id join company c on c.id = e.company_id
     where a.slug = ? and c.slug = ? and e.idempotency_key like 'demo-service-%'`,
    [asset, company],
  );
  return toGlobalId('ExpressionOfInterest', row!.id);
}

describe('the demo service requests', () => {
  it('a biobank request of OncoPharm waits for its ethics review', async () => {
    const id = await demoEoi('irst-biobank-sample-access', 'oncopharm');
    const response = await buyer.gql<{ node: Record<string, unknown> }>(READ, { id });
    expect(response.data?.node).toMatchObject({
      status: 'IN_DISCUSSION',
      accessPath: {
        currentStep: 'ETHICS_REVIEW',
        statement: { material: 'SAMPLES' },
        steps: [
          { step: 'SCIENTIFIC_REVIEW', outcome: 'APPROVED' },
          { step: 'ETHICS_REVIEW', outcome: 'PENDING' },
          { step: 'AGREEMENT', outcome: 'PENDING' },
        ],
      },
    });
  });

  it('a sequencing request of MediSense is in delivery, its data delivered', async () => {
    const id = await demoEoi('irst-ctdna-liquid-biopsy-sequencing', 'medisense');
    const asCompany = await otherBuyer.gql<{ node: { delivery: { milestones: { milestone: string }[] } } }>(READ, {
      id,
    });
    expect(asCompany.data?.node.delivery.milestones.map((m) => m.milestone)).toEqual([
      'SAMPLES_RECEIVED',
      'IN_PROGRESS',
      'DATA_DELIVERED',
    ]);
    const asOffice = await officer.gql<{ node: { delivery: { nextMilestones: string[] } } }>(READ, { id });
    expect(asOffice.data?.node.delivery.nextMilestones).toEqual(['INVOICED']);
  });

  it('its files are real PDFs, as the upload guard sniffs them', () => {
    const pdf = demoPdf(['QC report', 'Samples: 48']);
    expect(sniffAttachmentType(pdf)).toBe(AttachmentContentType.PDF);
    expect(pdf.toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
  });
});
