// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause
//
// node sessions.mjs N FILE
//
// The vast-client-js counterpart of `vastqt-bench sessions`: N tracking sessions of FILE's
// first InLine ad with a linear creative, one after another, each with a fresh VASTTracker:
//   trackImpression()                      impression URIs + creativeView
//   setProgress(t), t = 0, 0.25, ... duration (seconds; every 250 ms of ad time):
//                                          start, progress offsets, quartiles
//   complete()
// Macros are expanded by vast-client itself (util.resolveURLTemplates) for every beacon.
// Prints one JSON line:
//   {"bench":"sessions","impl":"vast-client-js","sessions":N,"ms":T,"sessionsPerSec":..,"beacons":total}
//
// Beacon sink: vast-client's util.track() resolves the URLs and, only in a browser
// (`typeof window !== 'undefined'`), sends each with `new Image().src = url`; in Node it
// sends nothing. We define `window` and an `Image` whose `src` setter counts the URL, so
// each beacon is intercepted exactly where a browser would request it, after macro
// expansion, and nothing goes to the network. (VASTParser's fetcher and VASTClient's
// storage, the other users of `window`, are not used here.) The document itself is parsed
// once, untimed, like the C++ side.

import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { VASTParser, VASTTracker } from '@dailymotion/vast-client';

function usage() {
  process.stderr.write('usage: node sessions.mjs N FILE\n');
  process.exit(2);
}

const count = Number.parseInt(process.argv[2], 10);
const path = process.argv[3];
if (!(count > 0) || !path || process.argv.length !== 4) usage();

let beacons = 0;
let lastBeacon = '';
globalThis.window = globalThis;
globalThis.Image = class BeaconSink {
  set src(url) {
    ++beacons;
    lastBeacon = url;
  }
};

const xml = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
const response = await new VASTParser().parseVAST(xml);
let ad = null;
let creative = null;
for (const a of response.ads) {
  const c = a.creatives.find((cr) => cr.type === 'linear');
  if (c) {
    ad = a;
    creative = c;
    break;
  }
}
if (!creative || !(creative.duration > 0)) {
  process.stderr.write(`sessions.mjs: ${path} has no InLine ad with a linear creative and a duration\n`);
  process.exit(1);
}
const duration = creative.duration; // seconds
const steps = Math.round(duration / 0.25);

let trackerErrors = 0;
function runSession() {
  const tracker = new VASTTracker(null, ad, creative);
  tracker.on('TRACKER-error', () => ++trackerErrors);
  tracker.trackImpression();
  for (let i = 0; i <= steps; ++i) tracker.setProgress(i * 0.25);
  tracker.complete();
}

// Untimed warm-up (JIT), as for parse.mjs: a tenth of the sessions, at least 500; its
// beacons are not counted.
const warmup = Math.max(500, Math.floor(count / 10));
for (let i = 0; i < warmup; ++i) runSession();
const perSession = beacons / warmup;
beacons = 0;

const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < count; ++i) runSession();
const ns = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0); // µs, all threads (GC and JIT helpers included)
const cpuNs = (cpu.user + cpu.system) * 1e3;

if (beacons <= 0 || trackerErrors > 0 || beacons !== perSession * count || lastBeacon.includes('[ADPLAYHEAD]')) {
  process.stderr.write(`sessions.mjs: ${beacons} beacons (${perSession} per session), ${trackerErrors} tracker errors, last ${lastBeacon}\n`);
  process.exit(1);
}
const out = {
  bench: 'sessions',
  impl: 'vast-client-js',
  sessions: count,
  ms: +(ns / 1e6).toFixed(3),
  sessionsPerSec: +((count * 1e9) / ns).toFixed(1),
  beacons,
  cpuMs: +(cpuNs / 1e6).toFixed(3),
  sessionsPerCpuSec: +((count * 1e9) / cpuNs).toFixed(1),
  concurrency: 1,
};
process.stdout.write(JSON.stringify(out) + '\n');
