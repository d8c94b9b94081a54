// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause
//
// node batch.mjs N JOBS BASE_URL
//
// The vast-client-js counterpart of `vastqt-bench batch`: N sessions of the demo 3-hop chain
// served at BASE_URL (`vastqt-bench serve`), JOBS at once. Each session, like a VastQt batch
// session:
//   new VASTClient().get(BASE_URL/vast/tag.xml)   the chain, fetched and parsed (fetch + xmldom)
//   new VASTTracker(client, ad, creative):
//     trackImpression()                         impression URIs + creativeView
//     setProgress(t), t = 0, 0.25, ... duration start, progress offsets, quartiles
//     complete()
// and ends when every beacon it fired has been answered. Beacons are sent with Node's http
// (keep-alive agent): vast-client's util.track() sends `new Image().src = url` in a browser,
// so `window` and an `Image` whose `src` setter does http.get(url) stand in for one.
// Prints one JSON line:
//   {"bench":"batch","impl":"vast-client-js","sessions":N,"jobs":JOBS,"ms":..,"sessionsPerSec":..,
//    "beacons":..,"beaconsPerSec":..,"cpuMs":..,"baselineRssKiB":..,"peakRssKiB":..,"kibPerSession":..,"errors":..}
// kibPerSession is (peak RSS - RSS before the first session) / JOBS, as on the C++ side.

import http from 'node:http';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { VASTClient, VASTTracker } from '@dailymotion/vast-client';

function usage() {
  process.stderr.write('usage: node batch.mjs N JOBS BASE_URL\n');
  process.exit(2);
}

const count = Number.parseInt(process.argv[2], 10);
const jobs = Number.parseInt(process.argv[3], 10);
const base = process.argv[4];
if (!(count > 0) || !(jobs > 0) || !base || process.argv.length !== 5) usage();

function statusKiB(field) {
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
  return m ? Number(m[1]) : -1;
}

const agent = new http.Agent({ keepAlive: true });
let current = null; // the session whose tracker is firing (tracker calls are synchronous)
let beacons = 0;
let beaconErrors = 0;
globalThis.window = globalThis;
globalThis.location = { protocol: 'http:' };
globalThis.DOMParser = DOMParser;
globalThis.Image = class BeaconSender {
  set src(url) {
    const session = current;
    ++session.pending;
    ++beacons;
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => session.answered());
      })
      .on('error', () => {
        ++beaconErrors;
        session.answered();
      });
  }
};

let errors = 0;
async function runSession() {
  const client = new VASTClient();
  const response = await client.get(`${base}/vast/tag.xml`);
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
  if (!creative) {
    ++errors;
    return;
  }
  const session = { pending: 0 };
  const done = new Promise((resolve) => {
    session.answered = () => {
      if (--session.pending === 0 && session.fired) resolve();
    };
  });
  const tracker = new VASTTracker(client, ad, creative);
  tracker.on('TRACKER-error', () => ++errors);
  current = session;
  tracker.trackImpression();
  const steps = Math.round(creative.duration / 0.25);
  for (let i = 0; i <= steps; ++i) tracker.setProgress(i * 0.25);
  tracker.complete();
  current = null;
  session.fired = true;
  if (session.pending > 0) await done;
}

const baseline = statusKiB('VmRSS');
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let next = 0;
async function worker() {
  while (next < count) {
    ++next;
    try {
      await runSession();
    } catch (e) {
      ++errors;
    }
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, count) }, worker));
const ns = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0);
const peak = statusKiB('VmHWM');
agent.destroy();

const out = {
  bench: 'batch',
  impl: 'vast-client-js',
  sessions: count,
  jobs,
  ms: +(ns / 1e6).toFixed(3),
  sessionsPerSec: +((count * 1e9) / ns).toFixed(1),
  beacons,
  beaconsPerSec: +((beacons * 1e9) / ns).toFixed(1),
  cpuMs: Math.round((cpu.user + cpu.system) / 1e3),
  baselineRssKiB: baseline,
  peakRssKiB: peak,
  kibPerSession: +((peak - baseline) / jobs).toFixed(1),
  errors: errors + beaconErrors,
};
process.stdout.write(JSON.stringify(out) + '\n');
