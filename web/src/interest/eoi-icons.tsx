// Icons of the EoI pages (the shared set in ui/icons ships with the first load; these do not).
import { Icon } from '../ui/icons';

export const LockIcon = () => (
  <Icon width="14" height="14">
    <path d="M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3" />
  </Icon>
);

export const BoardIcon = () => (
  <Icon width="16" height="16">
    <path d="M4 4h5v16H4zM10 4h5v10h-5zM16 4h4v13h-4z" />
  </Icon>
);

export const ListIcon = () => (
  <Icon width="16" height="16">
    <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />
  </Icon>
);
