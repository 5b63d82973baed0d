import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DecideAccessReviewStepDocument,
  RecordDeliveryMilestoneDocument,
  ServiceRequestDocument,
  type ServiceRequestFieldsFragment,
} from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { AccessPathExplainer } from './access-path-explainer';
import { ServiceRequestPanels } from './service-request-panels';

const EOI_ID = 'RXhwcmVzc2lvbk9mSW50ZXJlc3Q6NDI';

function serviceRequest(side: 'OFFICE' | 'COMPANY', extra: Partial<ServiceRequestFieldsFragment> = {}) {
  const office = side === 'OFFICE';
  return {
    __typename: 'ExpressionOfInterest' as const,
    id: EOI_ID,
    status: 'NEGOTIATION' as const,
    interestType: 'SERVICE_REQUEST' as const,
    accessPath: {
      __typename: 'AccessPath' as const,
      ended: false,
      currentStep: 'ETHICS_REVIEW' as const,
      usualDurationMinWeeks: 6,
      usualDurationMaxWeeks: 10,
      viewerCanState: false,
      viewerCanDecide: office,
      viewerCanStartAgreement: false,
      statement: {
        __typename: 'AccessRequestStatement' as const,
        material: 'SAMPLES' as const,
        projectTitle: 'HER3 expression in colorectal cancer',
        projectSummary: 'Staining of 60 FFPE blocks to confirm target expression.',
        statedAt: '2026-11-02T10:00:00.000Z',
      },
      steps: [
        {
          __typename: 'AccessReviewStepEntry' as const,
          step: 'SCIENTIFIC_REVIEW' as const,
          outcome: 'APPROVED' as const,
          decidedAt: '2026-11-10T10:00:00.000Z',
          note: 'Sound design.',
          decidedByName: office ? 'Giulia Conti' : null,
        },
        {
          __typename: 'AccessReviewStepEntry' as const,
          step: 'ETHICS_REVIEW' as const,
          outcome: 'PENDING' as const,
          decidedAt: null,
          note: '',
          decidedByName: null,
        },
        {
          __typename: 'AccessReviewStepEntry' as const,
          step: 'AGREEMENT' as const,
          outcome: 'PENDING' as const,
          decidedAt: null,
          note: '',
          decidedByName: null,
        },
      ],
    },
    delivery: {
      __typename: 'ServiceDelivery' as const,
      mayStart: true,
      nextMilestones: office ? (['DATA_DELIVERED'] as const) : [],
      milestones: [
        {
          __typename: 'DeliveryMilestoneEntry' as const,
          milestone: 'IN_PROGRESS' as const,
          reachedAt: '2026-11-20T10:00:00.000Z',
          note: 'Libraries prepared.',
          recordedByName: office ? 'Giulia Conti' : null,
        },
      ],
    },
    serviceFiles: [
      {
        __typename: 'ServiceFile' as const,
        id: 'U2VydmljZUZpbGU6MQ',
        purpose: 'DELIVERY' as const,
        fileName: 'qc-report.pdf',
        contentType: 'application/pdf',
        byteSize: 48_000,
        createdAt: '2026-11-21T10:00:00.000Z',
        downloadUrl: '/uploads/attachments/U2VydmljZUZpbGU6MQ',
        uploadedByName: office ? 'Giulia Conti' : null,
      },
    ],
    ...extra,
  };
}

function renderPanels(side: 'OFFICE' | 'COMPANY', node: unknown, extra: unknown[] = []) {
  renderAt('/eoi', <Route path="/eoi" element={<ServiceRequestPanels eoiId={EOI_ID} side={side} />} />, [
    {
      request: { query: ServiceRequestDocument, variables: { id: EOI_ID } },
      result: { data: { __typename: 'Query', node } },
      maxUsageCount: 3,
    },
    ...(extra as never[]),
  ]);
}

describe('ServiceRequestPanels', () => {
  it('shows the office the steps, who decided, and the current step to decide', async () => {
    renderPanels('OFFICE', serviceRequest('OFFICE'));
    const steps = await screen.findAllByTestId('access-step');
    expect(steps.map((step) => step.dataset.outcome)).toEqual(['APPROVED', 'PENDING', 'PENDING']);
    expect(steps[0]!.textContent).toContain('Giulia Conti');
    expect(steps[0]!.textContent).toContain('Sound design.');
    expect(screen.getByTestId('decision-form').textContent).toContain('Ethics review');
    expect(screen.queryByTestId('prepare-agreement')).toBeNull();
    expect(screen.queryByTestId('statement-form')).toBeNull();
    expect(screen.getByTestId('access-statement').textContent).toContain('HER3 expression in colorectal cancer');
    expect(screen.getByTestId('record-milestone')).toBeTruthy();
    expect(screen.getByTestId('delivered-files-input')).toBeTruthy();
    expect(screen.queryByTestId('ethics-files-input')).toBeNull();
  });

  it('records a decision with its note', async () => {
    const decided = serviceRequest('OFFICE');
    renderPanels('OFFICE', serviceRequest('OFFICE'), [
      {
        request: {
          query: DecideAccessReviewStepDocument,
          variables: {
            input: { eoiId: EOI_ID, step: 'ETHICS_REVIEW', outcome: 'APPROVED', note: 'Approved on 12 Nov.' },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            decideAccessReviewStep: { __typename: 'AccessReviewPayload', expressionOfInterest: decided, errors: [] },
          },
        },
      },
    ]);
    fireEvent.change(await screen.findByTestId('decision-note'), { target: { value: 'Approved on 12 Nov.' } });
    fireEvent.click(screen.getByTestId('decide-APPROVED'));
    expect((await screen.findByTestId('decision-message')).textContent).toBe('Ethics review: Approved.');
  });

  it('records the next milestone, and says why when refused', async () => {
    renderPanels('OFFICE', serviceRequest('OFFICE'), [
      {
        request: {
          query: RecordDeliveryMilestoneDocument,
          variables: { input: { eoiId: EOI_ID, milestone: 'DATA_DELIVERED', note: '' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            recordDeliveryMilestone: {
              __typename: 'DeliveryPayload',
              expressionOfInterest: null,
              errors: [
                {
                  __typename: 'UserError',
                  field: 'milestone',
                  code: 'DELIVERY_MILESTONE_OUT_OF_ORDER',
                  params: {},
                  message: 'Record the delivery milestones in order.',
                },
              ],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('record-milestone-submit'));
    expect((await screen.findByTestId('milestone-message')).textContent).toBe(
      'Record the delivery milestones in order.',
    );
  });

  it('shows the company the same path read-only, with downloads and the ethics upload', async () => {
    renderPanels('COMPANY', serviceRequest('COMPANY'));
    const steps = await screen.findAllByTestId('access-step');
    expect(steps[0]!.textContent).not.toContain('Giulia Conti');
    expect(screen.queryByTestId('decision-form')).toBeNull();
    expect(screen.queryByTestId('record-milestone')).toBeNull();
    expect(screen.getByTestId('ethics-files-input')).toBeTruthy();
    expect(screen.queryByTestId('delivered-files-input')).toBeNull();
    const files = within(screen.getByTestId('delivered-files'));
    expect(files.getByText('qc-report.pdf').getAttribute('href')).toBe('/uploads/attachments/U2VydmljZUZpbGU6MQ');
    expect(screen.getByTestId('delivery').textContent).toContain('transfer service');
    expect(screen.getAllByTestId('delivery-milestone').map((m) => m.dataset.milestone)).toEqual(['IN_PROGRESS']);
  });

  it('lets the company state its request while it may', async () => {
    const node = serviceRequest('COMPANY');
    renderPanels('COMPANY', {
      ...node,
      accessPath: { ...node.accessPath, currentStep: 'SCIENTIFIC_REVIEW', viewerCanState: true, statement: null },
    });
    expect(await screen.findByTestId('statement-form')).toBeTruthy();
    expect(screen.queryByTestId('access-statement')).toBeNull();
  });

  it('shows no access path for other service requests, and an empty delivery before it starts', async () => {
    renderPanels('COMPANY', {
      ...serviceRequest('COMPANY'),
      status: 'IN_REVIEW',
      accessPath: null,
      serviceFiles: [],
      delivery: { __typename: 'ServiceDelivery', mayStart: false, nextMilestones: [], milestones: [] },
    });
    expect((await screen.findByTestId('no-milestones')).textContent).toContain('once the company accepts a quote');
    expect(screen.queryByTestId('access-path')).toBeNull();
    expect(screen.getByTestId('delivered-files-empty')).toBeTruthy();
  });

  it('says when the request could not be loaded', async () => {
    renderAt('/eoi', <Route path="/eoi" element={<ServiceRequestPanels eoiId={EOI_ID} side="OFFICE" />} />, [
      { request: { query: ServiceRequestDocument, variables: { id: EOI_ID } }, error: new Error('Network down') },
    ]);
    await waitFor(() => expect(screen.getByTestId('service-request-error')).toBeTruthy());
  });
});

describe('AccessPathExplainer', () => {
  it('explains the path and its usual duration on biobank listings only', () => {
    const { unmount } = render(<AccessPathExplainer platformKind="BIOBANK" />);
    expect(screen.getByTestId('access-explainer').textContent).toContain('ethics');
    expect(screen.getByTestId('access-explainer-duration').textContent).toBe(
      'Usual duration, from the request to the agreement: 6–10 weeks.',
    );
    unmount();
    render(<AccessPathExplainer platformKind="GENOMICS" />);
    expect(screen.queryByTestId('access-explainer')).toBeNull();
  });
});
