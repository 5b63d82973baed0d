/** Types of lighthouse-pages.mjs for TypeScript callers such as the SEO journey. */
export declare const CHROMIUM: string;
export declare const MINIMUM_SCORE: number;

export interface LostAudit {
  id: string;
  title: string;
  explanation?: string;
}

export interface PageAudit {
  url: string;
  /** The address Lighthouse ended on (a redirect would show here). */
  finalUrl: string;
  /** Each category's score, 0–100. */
  scores: Record<string, number>;
  /** Each category's audits that lost points. */
  lost: Record<string, LostAudit[]>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number } | null;
  // biome-ignore lint/suspicious/noExplicitAny: Lighthouse's whole result, for saving
  lhr: any;
}

export declare function launchChromium(): Promise<{ port: number; stop(): Promise<void> }>;

export declare function auditedPages(
  baseUrl: string,
  options?: { languages?: string[] },
): Promise<{ page: string; language: string; url: string }[]>;

export declare function auditPage(
  url: string,
  options: { port: number; categories: string[]; mobile?: boolean; screenshots?: boolean },
): Promise<PageAudit>;

export declare function describeLostAudits(audits: LostAudit[]): string[];
