import type { ReactNode } from 'react';
import { BackLink, type BackTo } from './back-link';

/** The top of a public profile (an institute, a company): the way back, a monogram, the name and where. */
export function ProfileHero({
  back,
  monogram,
  wide = false,
  name,
  nameTestId,
  place,
  children,
}: {
  back: BackTo;
  monogram: string;
  /** A monogram of several letters (an institute's short name). */
  wide?: boolean;
  name: string;
  nameTestId: string;
  place: ReactNode;
  /** Badges under the place. */
  children?: ReactNode;
}) {
  return (
    <div className="page-hero">
      <div className="container">
        <BackLink back={back} />
        <header className="profile-header">
          <span
            className={
              wide
                ? 'emblem profile-header__monogram profile-header__monogram--wide'
                : 'emblem profile-header__monogram'
            }
            aria-hidden="true"
          >
            {monogram}
          </span>
          <div>
            <h1 className="profile-header__title" data-testid={nameTestId}>
              {name}
            </h1>
            <p className="profile-header__sub">{place}</p>
            {children}
          </div>
        </header>
      </div>
    </div>
  );
}
