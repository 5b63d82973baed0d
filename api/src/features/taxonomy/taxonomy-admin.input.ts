import {
  PLATFORM_CAPABILITY_MAX_LENGTH,
  PLATFORM_DESCRIPTION_MAX_LENGTH,
  PLATFORM_NAME_MAX_LENGTH,
  SECTOR_LABEL_MAX_LENGTH,
} from '@tt/shared/limits';
import { PlatformKind, TaxonomyKind } from '@tt/shared/taxonomy-enums';
import { Field, ID, InputType } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';

// Labels and names are one line; the services trim them and report TOO_LONG next to the field, so the edge allows a
// little more than the column (surrounding spaces) and refuses control characters and line breaks.
const LABEL = { max: SECTOR_LABEL_MAX_LENGTH * 2, singleLine: true };

@InputType('CreateSectorInput', { description: 'A new term of the taxonomy, under a parent or at the top' })
export class CreateSectorInput {
  @Field(() => ID, { nullable: true, description: 'The term it goes under (in use); none: at the top' })
  parentId?: string | null;

  @Field(() => TaxonomyKind, { nullable: true, description: "A top-level term's kind; under a parent, the parent's" })
  kind?: TaxonomyKind | null;

  @TextLimit(LABEL)
  @Field()
  labelEn!: string;

  @TextLimit(LABEL)
  @Field()
  labelIt!: string;
}

@InputType('RenameSectorInput', { description: 'New labels for a term in use; its slug stays' })
export class RenameSectorInput {
  @Field(() => ID)
  id!: string;

  @TextLimit(LABEL)
  @Field()
  labelEn!: string;

  @TextLimit(LABEL)
  @Field()
  labelIt!: string;
}

@InputType('RetireSectorInput', { description: 'Retires a term: everything that used it moves to the replacement' })
export class RetireSectorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'A term in use, of the same kind, not under the one retired' })
  replacementId!: string;
}

@InputType('PlatformTextsInput', { description: "A research platform's name, kind and texts" })
export class PlatformTextsInput {
  @TextLimit({ max: PLATFORM_NAME_MAX_LENGTH * 2, singleLine: true })
  @Field()
  name!: string;

  @Field(() => PlatformKind)
  kind!: PlatformKind;

  @TextLimit({ max: PLATFORM_DESCRIPTION_MAX_LENGTH * 2 })
  @Field({ description: 'English (the reference)' })
  description!: string;

  @TextLimit({ max: PLATFORM_DESCRIPTION_MAX_LENGTH * 2 })
  @Field({ description: 'Italian; empty until translated' })
  descriptionIt!: string;

  @TextLimit({ max: PLATFORM_CAPABILITY_MAX_LENGTH * 2, singleLine: true })
  @Field(() => [String])
  capabilities!: string[];

  @TextLimit({ max: PLATFORM_CAPABILITY_MAX_LENGTH * 2, singleLine: true })
  @Field(() => [String])
  capabilitiesIt!: string[];
}

@InputType('CreatePlatformInput', { description: 'A new research platform of an institute' })
export class CreatePlatformInput extends PlatformTextsInput {
  @Field(() => ID)
  institutionId!: string;
}

@InputType('UpdatePlatformInput', { description: "A platform's new name, kind and texts; its slug stays" })
export class UpdatePlatformInput extends PlatformTextsInput {
  @Field(() => ID)
  id!: string;
}

@InputType('RetirePlatformInput', {
  description: 'Retires a platform: gone from public pages and pickers; what named it keeps it',
})
export class RetirePlatformInput {
  @Field(() => ID)
  id!: string;
}
