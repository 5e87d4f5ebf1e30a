import { startFileCloudSandbox } from '@fileclients/sandbox';
import { browserSuite } from './suite.js';

// A page on another origin cannot read the X-XSRF-TOKEN cookie it would have to echo, so the server runs with
// its CSRF check off (`define("TONIDOCLOUD_CSRF_CHECK", 0)`), as a cross-origin deployment must; see the README.
browserSuite('filecloud', (options) => startFileCloudSandbox({ ...options, csrfCheck: false }));
