import type { EntityManager } from '@mikro-orm/core';
import { isEmailAddress, isPhoneNumber } from '@tt/shared/partner-rules';
import type { Company } from '../entities/company.entity.js';
import { CompanyContactPerson } from '../entities/company-contact-person.entity.js';
import { PartnerContact } from '../entities/partner-contact.entity.js';
import { PartnerRelationship } from '../entities/partner-relationship.entity.js';
import type { User } from '../entities/user.entity.js';
import { demoCompanyContactPreferences, demoPartnerRecords } from './demo/demo-partner-records.js';
import { demoClock } from './demo-clock.js';

export interface DemoPartnerLookups {
  /** by slug */
  companies: Map<string, Company>;
  /** by officer key (demo-institutions.ts) */
  officers: Map<string, User>;
  /** by e-mail */
  accounts: Map<string, User>;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo partner records: unknown ${what}`);
  return value;
}

/** Loads the offices' demo partner records (demo/demo-partner-records.ts) and the companies' contact preferences. */
export async function seedDemoPartnerRecords(em: EntityManager, lookups: DemoPartnerLookups, now = new Date()) {
  for (const data of demoPartnerRecords) {
    const owner = need(lookups.officers.get(data.owner), `officer ${data.owner}`);
    if (owner.institution?.slug !== data.institution)
      throw new Error(`Demo partner records: ${data.owner} is not an officer of ${data.institution}`);
    for (const contact of data.contacts) {
      if (!isEmailAddress(contact.email) || (contact.phone && !isPhoneNumber(contact.phone)))
        throw new Error(`Demo partner records: ${contact.name}'s e-mail or phone`);
    }
    const thread = demoClock(now).thread(`demo-partner-${data.institution}-${data.company}`);
    const at = thread(data.updatedDaysAgo);
    const relationship = em.create(PartnerRelationship, {
      institution: owner.institution,
      company: need(lookups.companies.get(data.company), `company ${data.company}`),
      status: data.status,
      owner,
      notes: data.notes,
      createdAt: thread(data.updatedDaysAgo * 1.15 + 30),
      createdBy: owner,
      updatedAt: at,
      updatedBy: owner,
    });
    for (const contact of data.contacts) em.create(PartnerContact, { relationship, ...contact, createdAt: at });
  }
  for (const preference of demoCompanyContactPreferences) {
    need(lookups.companies.get(preference.company), `company ${preference.company}`).contactNote = preference.note;
    for (const person of preference.people) {
      const user = need(lookups.accounts.get(person.email), `account ${person.email}`);
      em.create(CompanyContactPerson, { user, byEmail: person.byEmail, phone: person.phone });
    }
  }
  await em.flush();
}
