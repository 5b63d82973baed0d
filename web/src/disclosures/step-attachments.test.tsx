import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DisclosureDocument } from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { DisclosureWizardPage } from './disclosure-wizard-page';
import { DISCLOSURE_ID, disclosureDetail } from './test-fixtures';
import { closeDraftSessions } from './use-draft-autosave';

/** An XMLHttpRequest the test answers by hand. */
class FakeXhr {
  static instances: FakeXhr[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  headers: Record<string, string> = {};
  method = '';
  url = '';
  status = 0;
  responseText = '';
  body: unknown = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.instances.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 1 });
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const pdf = (name = 'figure 1 (draft).pdf') =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a])], name, { type: 'application/pdf' });

function open(detailMocks = [disclosureDetail()]) {
  renderAt(
    `/disclosures/${DISCLOSURE_ID}/edit/attachments`,
    <Route path="/disclosures/:id/edit/:step?" element={<DisclosureWizardPage />} />,
    detailMocks.map((detail) => ({
      request: { query: DisclosureDocument, variables: { id: DISCLOSURE_ID } },
      result: { data: { __typename: 'Query', node: detail } },
    })),
  );
}

const choose = (...files: File[]) => fireEvent.change(screen.getByTestId('file-input'), { target: { files } });

beforeEach(() => {
  FakeXhr.instances = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
  closeDraftSessions();
});

describe('attaching files to a disclosure', () => {
  it('refuses a file that is not a PDF, PNG or JPEG by its content, with the shared message, without sending it', async () => {
    open();
    await screen.findByTestId('dropzone');
    // Named .pdf, but the content is text: the first bytes decide.
    choose(new File(['just some notes'], 'notes.pdf', { type: 'application/pdf' }));
    const refusal = await screen.findByTestId('upload-error');
    expect(refusal.textContent).toBe('Only PDF, PNG, JPEG, Word, Excel and PowerPoint files can be attached.');
    expect(refusal.closest('[data-testid="upload"]')?.textContent).toContain('notes.pdf');
    expect(FakeXhr.instances).toHaveLength(0);
  });

  it('shows the server’s refusal next to the file', async () => {
    open();
    await screen.findByTestId('dropzone');
    choose(pdf());
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    const xhr = FakeXhr.instances[0] as FakeXhr;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/uploads/disclosures/${DISCLOSURE_ID}/attachments`);
    expect(xhr.headers['X-File-Name']).toBe(encodeURIComponent('figure 1 (draft).pdf'));
    expect(xhr.headers['X-Requested-With']).toBe('tt-web');
    expect(xhr.body).toBeInstanceOf(File);

    xhr.respond(409, {
      error: {
        code: 'ATTACHMENTS_TOO_MANY',
        message: 'In English: at most 20 files.',
        params: { max: 20 },
      },
    });
    const refusal = await screen.findByTestId('upload-error');
    expect(refusal.textContent).toBe('A disclosure can have at most 20 files: remove one before adding another.');
    expect(refusal.closest('[data-testid="upload"]')?.textContent).toContain('figure 1 (draft).pdf');
  });

  it('lists the file with its download link once the server has it', async () => {
    // The file as the upload answers it, and as the disclosure then lists it.
    const uploaded = {
      id: 'RGlzY2xvc3VyZUF0dGFjaG1lbnQ6MQ',
      fileName: 'figure 1 (draft).pdf',
      contentType: 'application/pdf',
      byteSize: 2_400_000,
      createdAt: '2026-03-02T10:00:00.000Z',
      downloadUrl: '/uploads/attachments/RGlzY2xvc3VyZUF0dGFjaG1lbnQ6MQ',
    };
    const attached = disclosureDetail({
      attachments: [{ __typename: 'DisclosureAttachment', ...uploaded, uploadedByName: 'Giulia Zanetti' }],
    });
    open([disclosureDetail(), attached]);
    await screen.findByTestId('no-attachments');
    choose(pdf());
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    (FakeXhr.instances[0] as FakeXhr).respond(201, { attachment: uploaded });
    const link = await screen.findByRole('link', { name: 'figure 1 (draft).pdf' });
    expect(link.getAttribute('href')).toBe('/uploads/attachments/RGlzY2xvc3VyZUF0dGFjaG1lbnQ6MQ');
    expect(screen.getByTestId('attachment').textContent).toContain('2.3 MB');
    expect(screen.queryByTestId('upload')).toBeNull();
  });
});
