import { useApolloClient } from '@apollo/client/react';
import type { Language as PageLanguage } from '@tt/shared/languages';
import { useCallback, useEffect } from 'react';
import { type Language, SetLanguageDocument } from '../generated/graphql';
import { getLocale } from '../i18n/i18n';
import { onLocaleChosen } from '../i18n/locale-choice';

const ACCOUNT_LANGUAGE: Record<PageLanguage, Language> = { en: 'EN', it: 'IT' };

/**
 * The account keeps the language its person last read the marketplace in, so that their e-mails follow
 * it: a choice in the language switch while signed in is stored on the account before the page changes
 * language. A failure leaves the account as it was (the page still changes language).
 */
export function useAccountLanguage(signedIn: boolean): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!signedIn) return;
    return onLocaleChosen(async (locale) => {
      await client.mutate({ mutation: SetLanguageDocument, variables: { language: ACCOUNT_LANGUAGE[locale] } });
    });
  }, [client, signedIn]);
}

/**
 * After signing in: the account takes the language of the page the person signed in on (chosen with the
 * switch, or their browser's), so that a sign-in on the Italian pages brings Italian e-mails.
 */
export function useStoreLanguageOnAccount(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    const language = ACCOUNT_LANGUAGE[getLocale() as PageLanguage] ?? 'EN';
    try {
      await client.mutate({ mutation: SetLanguageDocument, variables: { language } });
    } catch {
      // The account keeps its language; the person can choose again with the switch.
    }
  }, [client]);
}
