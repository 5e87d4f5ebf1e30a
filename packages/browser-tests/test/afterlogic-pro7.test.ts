import { startSandbox } from '@fileclients/sandbox';
import { browserSuite } from './suite.js';

browserSuite('afterlogic-pro7', (options) => startSandbox('afterlogic-pro7', options));
