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
  delivery { mayStart nextMilestones milestones { milestone } } } } }`;

async function demoEoi(asset: string, company: string): Promise<string> {
  const [row] = await server.orm.em.fork().execute<{ id: number }[]>(
    `select e.id from expression_of_interest e join asset a on a.id = e.asset_id join company c on c.id = e.company_id
     where a.slug = ? and c.slug = ? and e.interest_type = 'SERVICE_REQUEST' order by e.id desc limit 1`,
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

  it('the PDX study whose quote OncoPharm accepted is in delivery, with its randomisation report', async () => {
    const id = await demoEoi('irst-in-vivo-efficacy-xenograft-studies', 'oncopharm');
    const asCompany = await buyer.gql<{
      node: { delivery: { mayStart: boolean; milestones: { milestone: string }[] } };
    }>(READ, { id });
    expect(asCompany.data?.node.delivery.mayStart).toBe(true);
    expect(asCompany.data?.node.delivery.milestones.map((m) => m.milestone)).toEqual([
      'SAMPLES_RECEIVED',
      'IN_PROGRESS',
    ]);
    const asOffice = await officer.gql<{ node: { delivery: { nextMilestones: string[] } } }>(READ, { id });
    expect(asOffice.data?.node.delivery.nextMilestones).toEqual(['DATA_DELIVERED']);
    // Another company sees nothing of it.
    const other = await otherBuyer.gql<{ node: unknown }>(READ, { id });
    expect(other.data?.node ?? null).toBeNull();
  });

  it('its files are real PDFs, as the upload guard sniffs them', () => {
    const pdf = demoPdf(['QC report', 'Samples: 48']);
    expect(sniffAttachmentType(pdf)).toBe(AttachmentContentType.PDF);
    expect(pdf.toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
  });
});
