import { Fragment } from 'react';
import { t } from '../i18n/i18n';

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

/** Where a search matched: the API's text parts, highlighted ones as <mark> (text only, never HTML). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] | null | undefined }) {
  // The API gives an excerpt only where the description matched (catalogue-search.service.ts, excerptSnippet).
  if (!parts?.some((part) => part.highlighted)) return null;
  return (
    // Clamped inside the padding: a clamped box clips at its padding edge, where the first hidden line would show.
    <p className="snippet" data-testid="snippet">
      <span className="line-clamp">
        <span className="visually-hidden">{t('catalogue.snippetLabel')}: </span>
        {parts.map((part, index) =>
          part.highlighted ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
            <mark key={index}>{part.text}</mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
            <Fragment key={index}>{part.text}</Fragment>
          ),
        )}
      </span>
    </p>
  );
}
