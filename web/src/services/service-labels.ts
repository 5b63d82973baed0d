// The words of a service request's access path and delivery: their enumerations' labels.
import type { AccessMaterial, AccessReviewOutcome, AccessReviewStep, DeliveryMilestone } from '../generated/graphql';
import { t } from '../i18n/i18n';

export const accessStepLabel = (value: AccessReviewStep): string => t(`services.accessStep.${value}`);
export const accessOutcomeLabel = (value: AccessReviewOutcome): string => t(`services.accessOutcome.${value}`);
export const accessMaterialLabel = (value: AccessMaterial): string => t(`services.accessMaterial.${value}`);
export const deliveryMilestoneLabel = (value: DeliveryMilestone): string => t(`services.milestone.${value}`);
