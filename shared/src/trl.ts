// Technology readiness levels as buyers read them (EU Horizon definitions, shortened).
export const TRL_DESCRIPTIONS: Record<number, string> = {
  1: 'Basic principles observed',
  2: 'Technology concept formulated',
  3: 'Experimental proof of concept',
  4: 'Technology validated in the lab',
  5: 'Technology validated in a relevant environment',
  6: 'Technology demonstrated in a relevant environment',
  7: 'System prototype demonstrated in an operational environment',
  8: 'System complete and qualified',
  9: 'Actual system proven in an operational environment',
};
