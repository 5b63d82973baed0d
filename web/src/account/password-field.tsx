import { PASSWORD_MIN_LENGTH, type PasswordProblem, passwordProblem } from '@tt/shared/password-policy';
import { type ReactNode, useState } from 'react';
import { type MessageKey, t } from '../i18n/i18n';
import { Field, type FormState } from '../ui/form';

const PROBLEM_MESSAGES: Record<PasswordProblem, MessageKey> = {
  TOO_SHORT: 'password.problem.TOO_SHORT',
  TOO_LONG: 'password.problem.TOO_LONG',
  TOO_COMMON: 'password.problem.TOO_COMMON',
  CONTAINS_EMAIL: 'password.problem.CONTAINS_EMAIL',
};

/** The client-side check of a new password: the API's policy (shared), in the user's language. */
export function newPasswordProblem(password: string, email?: string): string | undefined {
  if (!password) return t('password.required');
  const problem = passwordProblem(password, email || undefined);
  return problem ? t(PROBLEM_MESSAGES[problem], { min: PASSWORD_MIN_LENGTH }) : undefined;
}

export type Strength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough strength, for feedback only (the policy decides what is accepted): length counts most,
 * then the mix of character kinds. A password the policy refuses is at most "weak".
 */
export function passwordStrength(password: string, email?: string): Strength {
  if (!password) return 0;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  let score = 1;
  if (password.length >= PASSWORD_MIN_LENGTH && kinds >= 2) score++;
  if (password.length >= 14 || (password.length >= 12 && kinds >= 3)) score++;
  if (password.length >= 20 || (password.length >= 14 && kinds >= 3)) score++;
  if (passwordProblem(password, email || undefined)) score = 1;
  return Math.min(score, 4) as Strength;
}

const STRENGTH_LABELS: Record<Exclude<Strength, 0>, MessageKey> = {
  1: 'password.strength.1',
  2: 'password.strength.2',
  3: 'password.strength.3',
  4: 'password.strength.4',
};

/** Live feedback on a new password: a strength meter and the policy's rules, ticked as they are met. */
function PasswordFeedback({ value, email }: { value: string; email?: string }) {
  const strength = passwordStrength(value, email);
  const problem = value ? passwordProblem(value, email || undefined) : null;
  const rules: { key: string; met: boolean; label: string }[] = [
    {
      key: 'length',
      met: value.length >= PASSWORD_MIN_LENGTH,
      label: t('password.rule.length', { min: PASSWORD_MIN_LENGTH }),
    },
    { key: 'common', met: value.length > 0 && problem !== 'TOO_COMMON', label: t('password.rule.common') },
  ];
  if (email) {
    rules.push({
      key: 'email',
      met: value.length > 0 && problem !== 'CONTAINS_EMAIL',
      label: t('password.rule.email'),
    });
  }
  return (
    <div className="password-feedback" data-testid="password-feedback">
      <div className="password-meter" data-strength={strength} aria-hidden={strength === 0 ? true : undefined}>
        <span className="password-meter__bars" aria-hidden="true">
          {[1, 2, 3, 4].map((step) => (
            <span key={step} className={step <= strength ? 'is-on' : undefined} />
          ))}
        </span>
        <span className="password-meter__label" data-testid="password-strength">
          {strength === 0 ? t('password.strength.none') : t(STRENGTH_LABELS[strength])}
        </span>
      </div>
      <ul className="password-rules">
        {rules.map((rule) => (
          <li key={rule.key} className={rule.met ? 'is-met' : undefined} data-met={rule.met}>
            <span className="visually-hidden">{rule.met ? t('password.ruleMet') : t('password.ruleNotMet')} </span>
            {rule.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A password input with a show/hide switch. With `policy`, it is a new password: live strength and
 * rule feedback under it (`email` adds the "must not contain your e-mail" rule).
 */
export function PasswordField<K extends string>({
  form,
  name,
  label,
  autoComplete,
  policy = false,
  email,
  labelAside,
}: {
  form: FormState<K>;
  name: K;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  policy?: boolean;
  email?: string;
  labelAside?: ReactNode;
}) {
  const [visible, setVisible] = useState(false);
  return (
    <Field
      form={form}
      name={name}
      label={label}
      labelAside={labelAside}
      below={policy ? <PasswordFeedback value={form.values[name]} email={email} /> : undefined}
    >
      <div className="input-group">
        <input
          className="input"
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          {...form.inputProps(name)}
        />
        <button
          type="button"
          className="input-group__button"
          aria-label={visible ? t('password.hideLabel') : t('password.showLabel')}
          aria-controls={form.id(name)}
          onClick={() => setVisible(!visible)}
        >
          {visible ? t('password.hide') : t('password.show')}
        </button>
      </div>
    </Field>
  );
}
