import { startSandbox } from '@fileclients/sandbox';
import { browserSuite } from './suite.js';

browserSuite('boxnet', (options) => startSandbox('boxnet', options));
