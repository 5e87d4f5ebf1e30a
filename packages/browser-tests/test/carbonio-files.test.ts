import { startSandbox } from '@fileclients/sandbox';
import { browserSuite } from './suite.js';

browserSuite('carbonio-files', (options) => startSandbox('carbonio-files', options));
