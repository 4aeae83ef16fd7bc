// Karma for the extension's unit tests: headless Chromium from the system (never a downloaded browser).
// CHROME_BIN points at the binary (default /usr/bin/chromium, Debian's package).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['progress'],
    browsers: ['ChromiumHeadlessNoSandbox'],
    customLaunchers: {
      ChromiumHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage']
      }
    },
    singleRun: true,
    restartOnFileChange: false,
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000
  });
};
