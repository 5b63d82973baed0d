// Vitest setup for the web app's component tests (jsdom).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadErrorMessages, loadMemberMessages } from './i18n/i18n';

// The app fetches the signed-in pages' messages with those pages (app-routes.tsx); tests render
// pages and components directly, so they get every message from the start.
await Promise.all([loadMemberMessages(), loadErrorMessages()]);

afterEach(() => cleanup());
