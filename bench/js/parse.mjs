// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause
//
// node parse.mjs ROUNDS FILE...
//
// The vast-client-js counterpart of `vastqt-bench parse`: each document is parsed ROUNDS
// times from a string held in memory (files read once), text -> xmldom DOMParser ->
// VASTParser.parseVAST(), and one JSON line is printed:
//   {"bench":"parse","impl":"vast-client-js","docs":N,"bytes":B,"ms":T,"docsPerSec":..,"MBps":..}
//
// API used (@dailymotion/vast-client 6.4.5): `new VASTParser()` without a fetcher, then
// `parseVAST(xmlDocument)`, which returns a Promise of a VASTResponse. Without a fetcher the
// parser never follows a Wrapper: resolveWrappers() only copies the VASTAdTagURI into the ad
// (see src/parser/vast_parser.js), so every document is parsed on its own, with no network.
// The promise settles in microtasks; each one is awaited before the next document.

import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { VASTParser } from '@dailymotion/vast-client';

function usage() {
  process.stderr.write('usage: node parse.mjs ROUNDS FILE...\n');
  process.exit(2);
}

const rounds = Number.parseInt(process.argv[2], 10);
const paths = process.argv.slice(3);
if (!(rounds > 0) || paths.length === 0) usage();

const docs = paths.map((path) => {
  const bytes = readFileSync(path);
  return { path, bytes: bytes.length, text: bytes.toString('utf8') };
});
const bytesPerRound = docs.reduce((sum, d) => sum + d.bytes, 0);

// xmldom reports recoverable problems through this handler; fatal ones throw.
const xmlErrors = [];
const domParser = new DOMParser({
  errorHandler: {
    warning: () => {},
    error: (msg) => xmlErrors.push(msg),
    fatalError: (msg) => xmlErrors.push(msg),
  },
});
const vastParser = new VASTParser();

async function parseOne(text) {
  const xml = domParser.parseFromString(text, 'text/xml');
  const response = await vastParser.parseVAST(xml);
  return response.ads.length;
}

// Check every file once, untimed: only documents that parse are measured.
let failed = false;
for (const d of docs) {
  xmlErrors.length = 0;
  try {
    await parseOne(d.text);
  } catch (e) {
    process.stderr.write(`parse.mjs: ${d.path} failed to parse: ${e.message}\n`);
    failed = true;
  }
  if (xmlErrors.length) {
    process.stderr.write(`parse.mjs: ${d.path}: ${xmlErrors.join('; ')}\n`);
    failed = true;
  }
}
if (failed) process.exit(1);

// Untimed warm-up (lets the JIT compile the hot paths), as the C++ side warms up too:
// a tenth of the rounds, at least 20.
let sink = 0;
const warmup = Math.max(20, Math.floor(rounds / 10));
for (let r = 0; r < warmup; ++r) {
  for (const d of docs) sink += await parseOne(d.text);
}

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; ++r) {
  for (const d of docs) sink += await parseOne(d.text);
}
const ns = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0); // µs, all threads (GC and JIT helpers included)
const cpuNs = (cpu.user + cpu.system) * 1e3;

const n = rounds * docs.length;
const bytes = rounds * bytesPerRound;
const out = {
  bench: 'parse',
  impl: 'vast-client-js',
  docs: n,
  bytes,
  ms: +(ns / 1e6).toFixed(3),
  docsPerSec: +((n * 1e9) / ns).toFixed(1),
  MBps: +((bytes * 1e3) / ns).toFixed(3),
  cpuMs: +(cpuNs / 1e6).toFixed(3),
  docsPerCpuSec: +((n * 1e9) / cpuNs).toFixed(1),
};
process.stdout.write(JSON.stringify(out) + '\n');
if (sink <= 0) {
  process.stderr.write('parse.mjs: no ad was parsed\n');
  process.exit(1);
}
