import { FormFieldKind } from '@tt/shared/service-request-forms';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('FormChoiceOption', { simpleResolvers: true, description: 'An option of a choice field' })
export class FormChoiceOptionType {
  @Field()
  key!: string;

  @Field()
  labelEn!: string;

  @Field()
  labelIt!: string;
}

@ObjectType('FormField', { simpleResolvers: true, description: 'A field of a request form' })
export class FormFieldType {
  @Field({ description: 'Stable within the form: answers name it' })
  key!: string;

  @Field(() => FormFieldKind)
  kind!: FormFieldKind;

  @Field()
  labelEn!: string;

  @Field()
  labelIt!: string;

  @Field(() => String, { nullable: true })
  helpEn!: string | null;

  @Field(() => String, { nullable: true })
  helpIt!: string | null;

  @Field()
  required!: boolean;

  @Field(() => Int, { nullable: true, description: 'INTEGER: the smallest answer' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'INTEGER: the largest answer' })
  max!: number | null;

  @Field(() => [FormChoiceOptionType], {
    description: 'CHOICE: its options; BUDGET_BAND: the budget bands; empty otherwise',
  })
  options!: FormChoiceOptionType[];
}

@ObjectType('ServiceRequestForm', {
  simpleResolvers: true,
  description: 'What a request for a service listing must say: public, as the listing is',
})
export class ServiceRequestFormType {
  @Field(() => [FormFieldType])
  fields!: FormFieldType[];

  @Field({ description: "True when the listing uses its platform kind's default form (it has none of its own)" })
  isDefault!: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When its own form was last saved' })
  updatedAt!: Date | null;
}

@ObjectType('ServiceDetail', {
  simpleResolvers: true,
  description: "A service request's answer to one field, with the field's labels and kind as they were when sent",
})
export class ServiceDetailType {
  @Field()
  key!: string;

  @Field(() => FormFieldKind)
  kind!: FormFieldKind;

  @Field()
  labelEn!: string;

  @Field()
  labelIt!: string;

  @Field({ description: 'The answer: a number, a text, an ISO date, or an option key' })
  value!: string;

  @Field(() => String, { nullable: true, description: "A choice or budget band: the option's label" })
  valueLabelEn!: string | null;

  @Field(() => String, { nullable: true })
  valueLabelIt!: string | null;
}

@InputType('FormChoiceOptionInput')
export class FormChoiceOptionInput {
  @Field()
  key!: string;

  @Field()
  labelEn!: string;

  @Field()
  labelIt!: string;
}

@InputType('FormFieldInput')
export class FormFieldInput {
  @Field()
  key!: string;

  @Field(() => FormFieldKind)
  kind!: FormFieldKind;

  @Field()
  labelEn!: string;

  @Field()
  labelIt!: string;

  @Field(() => String, { nullable: true })
  helpEn?: string | null;

  @Field(() => String, { nullable: true })
  helpIt?: string | null;

  @Field()
  required!: boolean;

  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;

  @Field(() => [FormChoiceOptionInput], { nullable: true })
  options?: FormChoiceOptionInput[] | null;
}

@InputType('ServiceAnswerInput', { description: "An answer to a field of the listing's request form" })
export class ServiceAnswerInput {
  @Field()
  key!: string;

  @Field({ description: 'A number, a text, an ISO date (YYYY-MM-DD) or an option key; empty: not answered' })
  value!: string;
}
