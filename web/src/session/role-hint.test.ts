import { afterEach, describe, expect, it } from 'vitest';
import { rememberRole, roleHint } from './role-hint';

describe('role hint', () => {
  afterEach(() => localStorage.clear());

  it('gives back the role last remembered, and nothing once the browser signed out', () => {
    expect(roleHint()).toBeNull();
    rememberRole('TT_OFFICER');
    expect(roleHint()).toBe('TT_OFFICER');
    rememberRole(null);
    expect(roleHint()).toBeNull();
  });

  it('ignores a stored value that is no role', () => {
    localStorage.setItem('tt.role-hint', 'SUPERUSER');
    expect(roleHint()).toBeNull();
  });
});
