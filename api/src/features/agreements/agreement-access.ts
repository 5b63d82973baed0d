import type { Database } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import { type Actor, isOfficeOf, officeScope } from '../../auth/policies.js';

// Who sees what of an agreement, in one place. The office of its institute (its officers, and admins) sees and
// edits everything. The company sees only that an agreement made from one of its EoIs exists, its type and status.
// The inventors of a covered listing see its type, status and dates, their listings it covers, and its financial
// terms when the office shares them; never the office's notes, documents, parties or title.
// Nobody else learns that it exists.

/** The viewer's side of an agreement. */
export type AgreementSide = 'OFFICE' | 'COMPANY' | 'INVENTOR';

/** What decides who may see an agreement. */
export interface AgreementScope {
  institutionId: number;
  companyId: number;
  /** Whether it came from (or closed) an expression of interest: the company sees only those, on its EoI. */
  fromEoi: boolean;
  /** The accounts of the inventors of the listings it covers. */
  inventorUserIds: readonly number[];
}

export function agreementSide(viewer: Actor | null, agreement: AgreementScope): AgreementSide | null {
  if (!viewer) return null;
  if (isOfficeOf(viewer, agreement.institutionId)) return 'OFFICE';
  if (viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId === agreement.companyId && agreement.fromEoi)
    return 'COMPANY';
  if (viewer.role === UserRole.RESEARCHER && agreement.inventorUserIds.includes(viewer.userId)) return 'INVENTOR';
  return null;
}

/** The parties, dates, notes, listings, owner and documents: the office's alone. */
export function seesAgreementDetails(side: AgreementSide | null): side is 'OFFICE' {
  return side === 'OFFICE';
}

/** Its signature, effective and expiry dates: the office, and the inventors of a covered listing. */
export function seesAgreementDates(side: AgreementSide | null): boolean {
  return side === 'OFFICE' || side === 'INVENTOR';
}

/** The financial terms (royalties, payments): the office, and the inventors when the office shares them. */
export function seesFinancialTerms(side: AgreementSide | null, sharedWithInventors: boolean): boolean {
  return side === 'OFFICE' || (side === 'INVENTOR' && sharedWithInventors);
}

/** Only the office records, edits and moves agreements, of its own institute (admins of any). */
export function mayRecordAgreements(viewer: Actor | null): boolean {
  return officeScope(viewer) !== null;
}

const overAgreement = expressionBuilder<Database & { g: Database['agreement'] }, 'g'>();

/** The same rules as a condition over agreements aliased `g`: those the viewer may see (nothing for anonymous). */
export function visibleAgreementsCondition(viewer: Actor | null): Expression<SqlBool> {
  const eb = overAgreement;
  if (!viewer) return eb.lit(false);
  const office = officeScope(viewer);
  if (office) return 'all' in office ? eb.lit(true) : eb('g.institution_id', '=', office.institutionId);
  if (viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId !== null) {
    return eb.and([
      eb('g.company_id', '=', viewer.companyId),
      eb.exists(eb.selectFrom('eoi_agreement as l').select('l.id').whereRef('l.agreement_id', '=', 'g.id')),
    ]);
  }
  if (viewer.role === UserRole.RESEARCHER) {
    return eb.exists(
      eb
        .selectFrom('agreement_listing as al')
        .innerJoin('asset_inventor as ai', 'ai.asset_id', 'al.asset_id')
        .innerJoin('inventor as i', 'i.id', 'ai.inventor_id')
        .select('al.id')
        .whereRef('al.agreement_id', '=', 'g.id')
        .where('i.user_id', '=', viewer.userId),
    );
  }
  return eb.lit(false);
}
