import { AgreementType } from '@tt/shared/agreement-rules';
import { AssetKind } from '@tt/shared/asset-enums';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { DeclineReason, EoiStatus } from '@tt/shared/eoi-transitions';
import { Language } from '@tt/shared/languages';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ValueCountType } from '../../schema/value-count.type.js';
import { InterestTypeCountType } from '../interest/asset-interest.type.js';
import type {
  AgreementMoneyQuarterRecord,
  DashboardFilter,
  DisclosureQuarterRecord,
  DisclosureStateTimeRecord,
  EoiMonthRecord,
  FunnelStageRecord,
  ListingInterestRecord,
  ListingsInterestRecord,
  ResponseTimeRecord,
} from './office-dashboard-records.js';

@ObjectType('ListingKindCount')
export class ListingKindCountType extends ValueCountType('kind', () => AssetKind) {}

@ObjectType('DeclineReasonCount')
export class DeclineReasonCountType extends ValueCountType('reason', () => DeclineReason) {}

@ObjectType('EoiMonth', { description: 'One month (UTC) of expressions of interest received' })
export class EoiMonthType implements EoiMonthRecord {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [ListingKindCountType], { description: 'By the kind of listing they were about (zeros left out)' })
  byKind!: ListingKindCountType[];

  @Field(() => [InterestTypeCountType], { description: 'By the kind of interest (zeros left out)' })
  byInterestType!: InterestTypeCountType[];
}

@ObjectType('EoiFunnelStage', {
  description: 'A stage of the funnel: how many of the EoIs received in the period reached it (or ended so)',
})
export class EoiFunnelStageType implements FunnelStageRecord {
  @Field(() => EoiStatus)
  status!: EoiStatus;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Of the EoIs received, 0 to 1; null when none was' })
  shareOfReceived!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Of those that reached the stage before, 0 to 1: forward stages only, null for the first and the endings',
  })
  conversionFromPrevious!: number | null;
}

@ObjectType('EoiResponseTime', {
  description: "The office's first reply to the EoIs received in the period, in calendar hours from submission",
})
export class EoiResponseTimeType implements ResponseTimeRecord {
  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  unanswered!: number;

  @Field(() => Float, { nullable: true, description: 'Median of those answered, in hours' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of those answered, in hours' })
  percentile90Hours!: number | null;

  @Field(() => Int, { description: 'Answered by their due date (targetWorkingDays working days after submission)' })
  answeredWithinTarget!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Of those already due (answered, or unanswered past their due date), 0 to 1',
  })
  withinTargetShare!: number | null;

  @Field(() => Int)
  targetWorkingDays!: number;

  @Field(() => Int, { description: 'Open EoIs without a reply past their due date now, whenever received' })
  overdueNow!: number;
}

@ObjectType('DashboardListing', { description: 'A listing and the EoIs it drew in the period' })
export class DashboardListingType implements ListingInterestRecord {
  assetId!: number;

  @Field(() => ID, { description: "The listing's id (an Asset)" })
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String, { description: "In the viewer's language when translated" })
  title!: string;

  @Field(() => Language, { description: 'What the title is written in' })
  textLanguage!: Language;

  @Field(() => Int)
  eoiCount!: number;
}

@ObjectType('ListingInterest')
export class ListingInterestType implements ListingsInterestRecord {
  @Field(() => [DashboardListingType], { description: 'The listings that drew the most EoIs, most first' })
  top!: DashboardListingType[];

  @Field(() => [DashboardListingType], {
    description: 'Published listings that drew none, newest first (the first 10)',
  })
  withoutInterest!: DashboardListingType[];

  @Field(() => Int, { description: 'How many published listings drew none' })
  withoutInterestCount!: number;
}

@ObjectType('DisclosureQuarter', { description: 'One quarter (UTC) of invention disclosures' })
export class DisclosureQuarterType implements DisclosureQuarterRecord {
  @Field(() => String, { description: 'YYYY-Qn' })
  quarter!: string;

  @Field(() => Int, { description: 'Submitted for the first time' })
  received!: number;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  published!: number;
}

@ObjectType('DisclosureStateTime', {
  description: 'How long disclosures stayed in a state, over the stays that ended in the period',
})
export class DisclosureStateTimeType implements DisclosureStateTimeRecord {
  @Field(() => DisclosureStatus)
  status!: DisclosureStatus;

  @Field(() => Int)
  stays!: number;

  @Field(() => Float, { nullable: true, description: 'In days' })
  medianDays!: number | null;
}

@ObjectType('AgreementTypeCount', { description: 'How many agreements of a type were signed in the period' })
export class AgreementTypeCountType extends ValueCountType('type', () => AgreementType) {}

@ObjectType('AgreementMoneyQuarter', {
  description: "One quarter (UTC) of the options' and licences' payments, in euro cents",
})
export class AgreementMoneyQuarterType implements AgreementMoneyQuarterRecord {
  @Field(() => String, { description: 'YYYY-Qn' })
  quarter!: string;

  @Field(() => SafeIntResolver, {
    description: 'Falling due in the quarter (by due date), of the agreements signed (in force or over since)',
  })
  expectedCents!: number;

  @Field(() => SafeIntResolver, { description: 'Received in the quarter (by the day received)' })
  receivedCents!: number;
}

@ObjectType('OfficeDashboard', {
  description:
    "An office's figures over a period: one institute's, or the network's. Each section is computed when asked for",
})
export class OfficeDashboardType {
  filter!: DashboardFilter;
  institutionId!: number | null;

  @Field(() => Date, { description: 'Where the period starts (inclusive)' })
  from!: Date;

  @Field(() => Date, { description: 'Where the period ends (exclusive)' })
  to!: Date;
}
