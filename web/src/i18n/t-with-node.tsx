import type { ReactNode } from 'react';
import { type MessageKey, type MessageParams, t } from './i18n';

const SLOT = '\u0000';

/**
 * The message `key` with an element in place of its `{name}` placeholder: for a sentence that quotes what
 * someone wrote, which needs an element of its own (its `lang`). Put after the sentence should the message
 * not have the placeholder.
 */
export function tWithNode(key: MessageKey, name: string, node: ReactNode, params: MessageParams = {}): ReactNode {
  const [before = '', ...after] = t(key, { ...params, [name]: SLOT }).split(SLOT);
  if (after.length === 0) {
    return (
      <>
        {before} {node}
      </>
    );
  }
  return (
    <>
      {before}
      {node}
      {after.join('')}
    </>
  );
}
