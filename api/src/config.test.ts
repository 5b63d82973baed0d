import { describe, expect, it } from 'vitest';
import { ConfigError, demoModeNotice, loadConfig, mailTransportNotice } from './config.js';

/** A production secret as `openssl rand -base64 48` makes one. */
const SIGNING_SECRET = 'k3XwQ0b8yVqz1n5Jt7LmR2sPa9dHc4eFg6UiOy0TbWx1ZrNq8vMs2LpK5jDh7Gf3';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.loadDemoData).toBe(true);
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reports every problem at once, readably', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems, message } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(message).toMatch(/PORT must be a port number/);
      expect(message).toMatch(/DATABASE_URL must be a postgres/);
    }
  });

  it('never loads demo data in production', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        SIGNING_SECRET,
        DEMO_DATA: 'true',
        PUBLIC_URL: 'https://tt.example.org',
        MAIL_TRANSPORT: 'none',
      }).loadDemoData,
    ).toBe(false);
  });

  it('requires PUBLIC_URL in production, and builds links from it only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SIGNING_SECRET, MAIL_TRANSPORT: 'none' })).toThrow(
      /PUBLIC_URL is required/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      SIGNING_SECRET,
      PUBLIC_URL: 'https://tt.example.org/',
      MAIL_TRANSPORT: 'none',
    });
    expect(config.publicUrl).toBe('https://tt.example.org');
    // Elsewhere the configured origin is the default, whatever a request says.
    expect(loadConfig({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    for (const bad of [
      'tt.example.org',
      'ftp://tt.example.org',
      'https://user:pw@tt.example.org',
      'https://tt.example.org/app?x',
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL must be an http\(s\) origin/);
    }
  });

  it('binds a development (demo) server to loopback unless HOST says otherwise, and says what it exposes', () => {
    const demo = loadConfig({});
    expect(demo.host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(
      loadConfig({
        NODE_ENV: 'production',
        SIGNING_SECRET,
        PUBLIC_URL: 'https://tt.example.org',
        MAIL_TRANSPORT: 'none',
      }).host,
    ).toBe('0.0.0.0');
    const notice = demoModeNotice(demo);
    expect(notice.split('\n')).toHaveLength(1);
    expect(notice).toMatch(/^DEMO MODE/);
    expect(notice).toContain('http://localhost:4000/dev/mail');
    expect(notice).toContain('this machine only');
    expect(demoModeNotice(loadConfig({ HOST: '0.0.0.0' }))).toContain('reachable from the network');
  });

  it('reads TRUST_PROXY as hops or addresses, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(/TRUST_PROXY must be/);
  });

  it('never lets production e-mail wait unsent by accident: SMTP_URL, or an explicit MAIL_TRANSPORT=none', () => {
    const production = { NODE_ENV: 'production', SIGNING_SECRET, PUBLIC_URL: 'https://tt.example.org' };
    expect(() => loadConfig(production)).toThrow(/set SMTP_URL .*or MAIL_TRANSPORT=none/);
    const smtp = loadConfig({ ...production, SMTP_URL: 'smtps://u:p@smtp.example.org:465' });
    expect(smtp.mailTransport).toBe('smtp');
    expect(smtp.demoMail).toBe(false);
    expect(mailTransportNotice(smtp)).toBeNull();
    // Explicitly none: starts, and says so in one line.
    const none = loadConfig({ ...production, MAIL_TRANSPORT: 'none' });
    expect(none.mailTransport).toBe('none');
    expect(none.demoMail).toBe(false);
    expect(mailTransportNotice(none)?.split('\n')).toEqual([expect.stringMatching(/MAIL_TRANSPORT=none.*never sent/)]);
    // The demo mailbox would show every reset link to anyone: refused in production.
    expect(() => loadConfig({ ...production, MAIL_TRANSPORT: 'capture' })).toThrow(/capture is for development only/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/MAIL_TRANSPORT=smtp needs SMTP_URL/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'pigeon' })).toThrow(/MAIL_TRANSPORT must be smtp, capture or none/);
    // Development: the demo mailbox unless SMTP_URL is set.
    expect(loadConfig({})).toMatchObject({ mailTransport: 'capture', demoMail: true });
    expect(loadConfig({ SMTP_URL: 'smtp://localhost:1025' })).toMatchObject({ mailTransport: 'smtp', demoMail: false });
  });

  it('requires SIGNING_SECRET in production, long enough; elsewhere leaves it to the data directory', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://tt.example.org', MAIL_TRANSPORT: 'none' };
    expect(() => loadConfig(production)).toThrow(/SIGNING_SECRET is required in production/);
    expect(() => loadConfig({ ...production, SIGNING_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ SIGNING_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(loadConfig({ ...production, SIGNING_SECRET }).signingSecret).toBe(SIGNING_SECRET);
    expect(loadConfig({}).signingSecret).toBeUndefined();
  });
});
