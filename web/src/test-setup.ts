// Vitest setup for the web app's component tests (jsdom).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
