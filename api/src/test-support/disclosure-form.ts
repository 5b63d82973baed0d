/** Text long enough for any part of a disclosure's form. */
export const DISCLOSURE_TEXT = 'A sufficiently long text that describes this part of the invention.';

/**
 * A complete disclosure form, as saveDisclosureDraft takes it: one inventor of IRST, nothing disclosed in
 * public, no funding; a draft of it may be submitted as it is. `parts` replaces any of it.
 */
export function disclosureForm(title: string, parts: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title,
    inventors: [{ name: 'Ada Rossi', affiliation: 'IRST', contributionShare: 100 }],
    abstract: DISCLOSURE_TEXT,
    problem: DISCLOSURE_TEXT,
    solution: DISCLOSURE_TEXT,
    novelty: DISCLOSURE_TEXT,
    priorArt: DISCLOSURE_TEXT,
    publicDisclosures: [],
    fundingSources: [],
    commercialApplications: DISCLOSURE_TEXT,
    trl: 3,
    ...parts,
  };
}
