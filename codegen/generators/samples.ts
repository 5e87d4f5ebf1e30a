import { readFileSync } from 'node:fs';
import { InputData, jsonInputForTargetLanguage, quicktype } from 'quicktype-core';
import { expandPattern } from '../files.js';
import { toolVersion } from '../header.js';
import type { SamplesJob } from '../manifest.js';
import type { GeneratedFile, GeneratorContext } from './types.js';

/**
 * Samples: quicktype-core infers one TypeScript type from JSON samples of a payload no spec describes (SOAP-JSON
 * auth bodies, decoded XML trees). Fields missing from some samples become optional. `inferDateTimes` stays off:
 * with just-types it would type JSON strings as Date (research: toolchain R10a). quicktype writes `any` where no
 * sample shows a value (an always-empty list, an always-null field); those become `unknown`, to be narrowed.
 */
export async function generateSamples(job: SamplesJob, ctx: GeneratorContext): Promise<GeneratedFile[]> {
  const paths = job.samples.flatMap((pattern) => expandPattern(ctx.specDir, pattern));
  const samples = paths.map((path) => {
    const text = readFileSync(path, 'utf8');
    JSON.parse(text); // a broken sample fails here, naming nothing vague
    return text;
  });
  const jsonInput = jsonInputForTargetLanguage('typescript');
  await jsonInput.addSource({ name: job.typeName, samples });
  const inputData = new InputData();
  inputData.addInput(jsonInput);
  const { lines } = await quicktype({
    inputData,
    lang: 'typescript',
    inferDateTimes: false,
    inferEnums: false,
    inferUuids: false,
    inferIntegerStrings: false,
    inferBooleanStrings: false,
    rendererOptions: { 'just-types': 'true', 'prefer-unions': 'true', 'prefer-types': 'false' },
  });
  const content = `${lines.join('\n').replace(/(?<=[:|<(,]\s*)any\b/g, 'unknown')}\n`;
  return [{ output: job.output, content, tools: [toolVersion('quicktype-core')], inputs: paths }];
}
