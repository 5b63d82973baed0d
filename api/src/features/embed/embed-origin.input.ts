import { EMBED_ORIGIN_INPUT_MAX } from '@tt/shared/embed-origins';
import { Field, ID, InputType } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';

@InputType('EmbedOriginInput', {
  description: "A website allowed (or no longer allowed) to show an institute's listings widget",
})
export class EmbedOriginInput {
  @Field(() => ID)
  institutionId!: string;

  @TextLimit({ max: EMBED_ORIGIN_INPUT_MAX, singleLine: true })
  @Field({ description: 'The site’s address, https://host[:port]; a path is ignored' })
  origin!: string;
}
