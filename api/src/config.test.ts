import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

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
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }).loadDemoData).toBe(false);
  });
});
