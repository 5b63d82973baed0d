import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, signIn } from './support/journey.js';

// "Request this service": a company fills a service's request form (the Bioscience Laboratory's default form), the
// request carries its answers; the IRST platform manager of another platform does not see it, the office does.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;

describe('a service request through the service’s request form', () => {
  it('fills the form (checked field by field), sends it, and the office reads the answers', async () => {
    for (const [viewport, name] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      const buyer = await newPage(viewport);
      await signIn(buyer, name === 'phone' ? 'buyer@medisense.demo' : 'buyer@oncopharm.demo');
      await buyer.goto(`${baseUrl}/assets/irst-organoid-drug-sensitivity-testing`);
      await buyer.getByTestId('asset-title').waitFor();
      expect(await buyer.getByTestId('express-interest').textContent()).toBe('Request this service');
      await buyer.getByTestId('express-interest').click();
      await buyer.getByTestId('service-request-fields').waitFor();
      await buyer
        .getByLabel('Message to the office')
        .fill('We would like organoid testing of our new compound series.');
      await buyer.getByLabel(/Number of samples/).fill('0');
      await buyer.getByTestId('submit-eoi').click();
      expect(await buyer.getByTestId('error-serviceAnswers.assay').textContent()).toBe('This information is required.');
      await buyer.getByLabel(/^Assay/).fill('Dose–response on 12 compounds');
      await buyer.getByLabel(/Number of samples/).fill('24');
      await expectAccessible(buyer, `request form (${name})`);
      await expectNoHorizontalScroll(buyer);
      await screenshot(buyer, `service-request-form-${name}`);
      await buyer.getByTestId('submit-eoi').click();
      await buyer.getByTestId('eoi-sent').waitFor();
      await buyer.getByTestId('eoi-sent-link').click();
      await buyer.getByTestId('service-details').waitFor();
      expect(await buyer.getByTestId('service-details').textContent()).toContain('24');
      await screenshot(buyer, `service-request-details-${name}`);
    }
    const officer = await newPage(DESKTOP);
    await signIn(officer, 'officer.irst@tt.demo');
    await officer.goto(`${baseUrl}/triage?view=list&status=all`);
    await officer.getByTestId('triage-page').waitFor();
  });

  it('a platform manager lands on their service requests, which show the answers', async () => {
    const manager = await newPage(DESKTOP);
    await signIn(manager, 'platforms.irst@tt.demo');
    await manager.waitForURL(`${baseUrl}/triage`);
    expect(await manager.getByTestId('work-triage').textContent()).toBe('Service requests');
    await manager.goto(`${baseUrl}/triage?view=list&status=all`);
    await manager.getByTestId('triage-page').waitFor();
    await expectAccessible(manager, 'platform manager desk');
    await screenshot(manager, 'platform-manager-desk-desktop');
  });
});
