import type { AssetKind, IpStatus } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { ipStatusLabel, kindLabel, trlDescription } from '../i18n/labels';
import { ShieldIcon } from './icons';

export function KindBadge({ kind }: { kind: AssetKind }) {
  return <span className={`badge badge--kind badge--${kind.toLowerCase()}`}>{kindLabel(kind)}</span>;
}

export function TrlBadge({ trl }: { trl: number }) {
  return (
    <span className="badge badge--trl" title={t('card.trlTitle', { trl, description: trlDescription(trl) })}>
      {t('card.trl', { trl })}
    </span>
  );
}

export function IpStatusLabel({ status }: { status: IpStatus }) {
  const protectedIp = status === 'PATENT_GRANTED' || status === 'PATENT_PENDING';
  return (
    <span className={`ip-status${protectedIp ? ' ip-status--patent' : ''}`}>
      <ShieldIcon />
      {ipStatusLabel(status)}
    </span>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'accent' | 'primary'; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
