// Preloaded into the CLI process by bench/cli/profile.ts (`node --import`): samples process.memoryUsage() and counts
// outgoing HTTP requests (diagnostics_channel), and writes both as JSON to $FILECLIENTS_SAMPLER_OUT at exit.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';

const out = process.env.FILECLIENTS_SAMPLER_OUT;
const every = Number(process.env.FILECLIENTS_SAMPLER_MS ?? 100);
const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
const atPeakRss = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
const timeline = [];
const requests = {};
const started = performance.now();
const sample = () => {
  const m = process.memoryUsage();
  for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], m[key]);
  if (m.rss >= atPeakRss.rss) Object.assign(atPeakRss, m);
  timeline.push([Math.round(performance.now() - started), m.rss, m.heapUsed, m.external, m.arrayBuffers]);
};
setInterval(sample, every).unref();
const original = http.request;
http.request = (url, options, ...rest) => {
  const request = original(url, options, ...rest);
  const path = request.path.replace(/[0-9a-f]{16,}|\d+/g, '#').split('?')[0];
  const key = `${request.method} ${request.getHeader('host')}${path}${request.getHeader('soapaction') ? ` ${request.getHeader('soapaction')}` : ''}`;
  requests[key] = (requests[key] ?? 0) + 1;
  request.once('response', () => {
    if (!request.reusedSocket) requests[`(new connection) ${key}`] = (requests[`(new connection) ${key}`] ?? 0) + 1;
  });
  return request;
};
syncBuiltinESMExports();
process.on('exit', () => {
  sample();
  if (out) {
    writeFileSync(out, JSON.stringify({ peak, atPeakRss, requests, cpu: process.cpuUsage(), timeline }));
  }
});
