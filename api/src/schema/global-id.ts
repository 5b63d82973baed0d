import { badInput } from '../errors/domain-error.js';

export type NodeType =
  | 'Asset'
  | 'Institution'
  | 'Platform'
  | 'Sector'
  | 'Company'
  | 'Inventor'
  | 'User'
  | 'Session'
  | 'Invitation'
  | 'ExpressionOfInterest'
  | 'EoiMessage'
  | 'Disclosure'
  | 'DisclosureMessage'
  | 'DisclosureAttachment'
  | 'SavedSearch'
  | 'TechnologyRequest'
  | 'RequestResponse'
  | 'RequestProposal'
  | 'Agreement'
  | 'AgreementMilestone'
  | 'AgreementAttachment'
  | 'PartnerRelationship'
  | 'PartnerContact'
  | 'Quote'
  | 'ServiceFile';
const NODE_TYPES: ReadonlySet<string> = new Set<NodeType>([
  'Asset',
  'Institution',
  'Platform',
  'Sector',
  'Company',
  'Inventor',
  'User',
  'Session',
  'ExpressionOfInterest',
  'EoiMessage',
  'Invitation',
  'Disclosure',
  'DisclosureMessage',
  'DisclosureAttachment',
  'SavedSearch',
  'TechnologyRequest',
  'RequestResponse',
  'RequestProposal',
  'Agreement',
  'AgreementMilestone',
  'AgreementAttachment',
  'PartnerRelationship',
  'PartnerContact',
  'Quote',
  'ServiceFile',
]);

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: NodeType; id: number } | null {
  if (globalId.length > 100) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(decoded);
  if (!match || !NODE_TYPES.has(match[1] ?? '')) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  return { type: match[1] as NodeType, id };
}

/** For arguments that must name an object of one type. */
export function expectGlobalId(globalId: string, type: NodeType, argument: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw badInput('INVALID_ID', argument, { value: globalId.slice(0, 40), type });
  }
  return parsed.id;
}
