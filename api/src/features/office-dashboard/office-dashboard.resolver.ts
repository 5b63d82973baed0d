import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { agreementMoneyByQuarter, agreementsSignedByType } from './agreement-figures.service.js';
import { scopedInstitution } from './dashboard-sql.js';
import { disclosureStateTimes, disclosuresByQuarter } from './disclosure-figures.service.js';
import { eoiDeclineReasons, eoiFunnel, eoiResponseTime, eoisByMonth } from './eoi-figures.service.js';
import { listingInterest } from './listing-interest-figures.service.js';
import { openDashboard } from './office-dashboard.service.js';
import {
  AgreementMoneyQuarterType,
  AgreementTypeCountType,
  DeclineReasonCountType,
  DisclosureQuarterType,
  DisclosureStateTimeType,
  EoiFunnelStageType,
  EoiMonthType,
  EoiResponseTimeType,
  ListingInterestType,
  OfficeDashboardType,
} from './office-dashboard.type.js';

// Each section is a field of its own, computed (in SQL, a fixed number of statements) only when asked for: a new
// section is one more field here.
@Resolver(() => OfficeDashboardType)
export class OfficeDashboardResolver {
  @Authorized()
  @Query(() => OfficeDashboardType, {
    description:
      "The office's figures over a period: an officer's own institute's; an admin's for the institute given, or the whole network's without one. The period defaults to the last twelve months and spans at most 36",
  })
  officeDashboard(
    @Ctx() ctx: RequestContext,
    @Arg('institutionId', () => ID, {
      nullable: true,
      description: "An admin's choice; an officer's own institute when omitted",
    })
    institutionId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Inclusive' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Exclusive' }) to: Date | null,
  ): OfficeDashboardType {
    const filter = openDashboard(ctx.viewer, {
      // An argument left out arrives undefined.
      institutionId: institutionId == null ? null : expectGlobalId(institutionId, 'Institution', 'institutionId'),
      from: from ?? null,
      to: to ?? null,
      language: ctx.language,
    });
    return { filter, institutionId: scopedInstitution(filter.scope), from: filter.from, to: filter.to };
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Whose figures: null for the whole network' })
  async institution(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<InstitutionType | null> {
    if (dashboard.institutionId === null) return null;
    return ctx.loaders.institutionById.load(dashboard.institutionId);
  }

  @FieldResolver(() => [EoiMonthType], {
    description: 'Every month of the period: the EoIs received, by listing kind and by interest type',
  })
  eoisByMonth(@Root() dashboard: OfficeDashboardType, @Ctx() ctx: RequestContext): Promise<EoiMonthType[]> {
    return eoisByMonth(ctx.db, dashboard.filter) as Promise<EoiMonthType[]>;
  }

  @FieldResolver(() => [EoiFunnelStageType], {
    description:
      'The EoIs received in the period: submitted → in review → in discussion → negotiation → agreed, and those declined or withdrawn',
  })
  eoiFunnel(@Root() dashboard: OfficeDashboardType, @Ctx() ctx: RequestContext): Promise<EoiFunnelStageType[]> {
    return eoiFunnel(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => EoiResponseTimeType, {
    description: 'Time to first response against the target, and how many open EoIs are overdue now',
  })
  responseTime(@Root() dashboard: OfficeDashboardType, @Ctx() ctx: RequestContext): Promise<EoiResponseTimeType> {
    return eoiResponseTime(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => ListingInterestType, {
    description: 'The listings that drew the most EoIs in the period, and the published ones that drew none',
  })
  listingInterest(@Root() dashboard: OfficeDashboardType, @Ctx() ctx: RequestContext): Promise<ListingInterestType> {
    return listingInterest(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => [DeclineReasonCountType], {
    description: 'Why the EoIs received in the period were declined: every reason, most given first',
  })
  declineReasons(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<DeclineReasonCountType[]> {
    return eoiDeclineReasons(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => [DisclosureQuarterType], {
    description: 'Every quarter the period touches: invention disclosures received, accepted and published',
  })
  disclosuresByQuarter(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<DisclosureQuarterType[]> {
    return disclosuresByQuarter(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => [DisclosureStateTimeType], {
    description:
      "The median time disclosures stayed in each of the office's states, over the stays that ended in the period",
  })
  disclosureStateTimes(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<DisclosureStateTimeType[]> {
    return disclosureStateTimes(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => [AgreementTypeCountType], {
    description: 'The agreements signed in the period (by signature date), per type: every type, zeros too',
  })
  agreementsSignedByType(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementTypeCountType[]> {
    return agreementsSignedByType(ctx.db, dashboard.filter);
  }

  @FieldResolver(() => [AgreementMoneyQuarterType], {
    description:
      "Every quarter the period touches: the money the options' and licences' payments were expected to bring (by due date) and brought (by the day received), in euro cents",
  })
  agreementMoneyByQuarter(
    @Root() dashboard: OfficeDashboardType,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementMoneyQuarterType[]> {
    return agreementMoneyByQuarter(ctx.db, dashboard.filter);
  }
}
