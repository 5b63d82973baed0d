import { describe, expect, it } from 'vitest';
import { ConfigError, demoModeNotice, loadConfig } from './config.js';

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
        DEMO_DATA: 'true',
        PUBLIC_URL: 'https://tt.example.org',
        MAIL_TRANSPORT: 'none',
      }).loadDemoData,
    ).toBe(false);
  });

  it('requires PUBLIC_URL in production, and builds links from it only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MAIL_TRANSPORT: 'none' })).toThrow(/PUBLIC_URL is required/);
    const config = loadConfig({
      NODE_ENV: 'production',
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
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://tt.example.org', MAIL_TRANSPORT: 'none' }).host,
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
});
