export const CompanySize = {
  STARTUP: 'STARTUP',
  SME: 'SME',
  MID_CAP: 'MID_CAP',
  LARGE: 'LARGE',
} as const;
export type CompanySize = (typeof CompanySize)[keyof typeof CompanySize];

export const PartnershipLevel = {
  PROSPECT: 'PROSPECT',
  PARTNER: 'PARTNER',
} as const;
export type PartnershipLevel = (typeof PartnershipLevel)[keyof typeof PartnershipLevel];

export const UserRole = {
  COMPANY_MEMBER: 'COMPANY_MEMBER',
  RESEARCHER: 'RESEARCHER',
  TT_OFFICER: 'TT_OFFICER',
  /** A user of an institute who manages one or more of its research platforms (their service requests). */
  PLATFORM_MANAGER: 'PLATFORM_MANAGER',
  ADMIN: 'ADMIN',
} as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];
