import { defineConfig } from '@playwright/test';

// Browser journeys run in Debian's Chromium (apt-get install chromium); Playwright never downloads a browser.
const port = Number(process.env.E2E_PORT ?? 3999);
const dataDir = `.tmp/e2e-data-${port}`;
// The coordinator's year starts from an installation of its own, empty, whose mail reaches a catcher.
const yearPort = port - 1;
const yearDataDir = `.tmp/e2e-data-${yearPort}`;
const catcherHttpPort = port - 2;
// Not 3000, the app's default port: the journeys may run beside `npm start`.
const catcherSmtpPort = port - 3;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [
    {
      name: 'demo',
      testIgnore: /coordinator-year\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'coordinator-year',
      testMatch: /coordinator-year\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${yearPort}` },
    },
  ],
  webServer: [
    {
      // A fresh embedded database for every run: the journeys start from an empty installation.
      command: `rm -rf ${dataDir} && node --import tsx src/server/main.ts`,
      url: `http://127.0.0.1:${port}/api/v1/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    },
    {
      command: 'node --import tsx e2e/mail-catcher.ts',
      url: `http://127.0.0.1:${catcherHttpPort}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { CATCHER_HTTP_PORT: String(catcherHttpPort), CATCHER_SMTP_PORT: String(catcherSmtpPort) },
    },
    {
      command: `rm -rf ${yearDataDir} && node --import tsx src/server/main.ts`,
      url: `http://127.0.0.1:${yearPort}/api/v1/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        PORT: String(yearPort),
        HOST: '127.0.0.1',
        DATA_DIR: yearDataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        PUBLIC_ORIGIN: `http://127.0.0.1:${yearPort}`,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(catcherSmtpPort),
        MAIL_FROM: 'crossmentor <mentoring@crossmentor.test>',
      },
    },
  ],
});
