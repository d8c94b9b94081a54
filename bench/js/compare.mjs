// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause
//
// node compare.mjs INSPECTOR FILE...
//
// Fidelity check, not a benchmark: every VAST document is read by vast-client-js 6.4.5
// (`VASTParser.parseVAST()` without a fetcher, so a Wrapper is read on its own, as in
// parse.mjs) and by VastQt (`INSPECTOR --parse FILE`, the documented `--parse` JSON), both
// results are turned into the same flat list of facts ("ad[0].creative[linear 0].mediaFile[1]
// .width = 640"), and every fact vast-client-js reads is looked up on the VastQt side.
// Facts VastQt reads and vast-client-js does not are not counted.
//
// Output: one JSON line per document ({"file", "facts", "agreed", "differences": [...]})
// and a last line with the totals. Exit status 0 when every fact agrees apart from those
// listed in SPEC_WINS below, 1 when one does not, 2 for bad usage.
//
// SPEC_WINS names the facts where vast-client-js and the VAST 4.3 spec disagree and VastQt
// follows the spec, each with the section that decides; a difference of that kind is reported
// with "specWins" and does not fail the run.

import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { DOMParser } from '@xmldom/xmldom';
import { VASTParser } from '@dailymotion/vast-client';

const SPEC_WINS = [
  // VAST 4.0 §3.7.1 puts the Universal Ad ID in UniversalAdId@idValue; 4.1 moved it into the
  // element's text. vast-client-js reads the text in every version.
  {
    fact: /\.universalAdIds$/,
    when: (js, qt, version) => version === '4.0' && qt !== undefined,
    why: 'VAST 4.0 §3.7.1: UniversalAdId@idValue is the id in 4.0',
  },
  // An InLine whose <Creatives> is empty is still an Ad of the document: VastQt lists it and
  // refuses to play it with error 303 (VAST 4.3 §2.3.6.4); vast-client-js drops it.
  {
    fact: /^ads$/,
    when: (js, qt, version, doc) => doc.ads.some((ad) => ad.type === 'InLine' && (ad.creatives || []).length === 0),
    why: 'an InLine with empty <Creatives> is error 303 when played, not absent (VAST 4.3 §2.3.6.4)',
  },
  // A MediaFile whose URI is empty cannot be played: VastQt skips it with a warning
  // ("<MediaFile> has no URI"); vast-client-js lists it with an empty fileURL.
  {
    fact: /\.mediaFile\[\d+\]\./,
    when: (js, qt, version, doc, jsFacts, fact) => jsFacts.map.get(fact.replace(/[^.]+$/, 'url')) === '',
    why: 'a MediaFile without a URI is not a media file (VAST 4.3 §3.9.2: the URI is its content)',
  },
  // <AdTitle> is an element of <InLine> only; a Wrapper's is not read.
  {
    fact: /\.adTitle$/,
    when: (js, qt, version, doc, jsFacts, fact) => jsFacts.map.get(fact.replace(/adTitle$/, 'vastAdTagURI')) !== undefined,
    why: '<AdTitle> is not an element of <Wrapper> (VAST 4.3 §3.19)',
  },
  // vast-client-js files a progress offset it cannot read ("ten seconds", "-113%") under
  // "progress--1"; VastQt skips such a Tracking with a warning, as it can never fire.
  {
    fact: /\.tracking\.progress--1$/,
    when: () => true,
    why: 'a progress offset is HH:MM:SS[.mmm] or n% (VAST 4.3 §3.14.1); one that is neither never fires',
  },
  // An Impression, ClickThrough or ClickTracking with an id and no URI fires nothing: VastQt
  // skips it with a warning ("empty <Impression> skipped"); vast-client-js keeps the id.
  {
    fact: /Ids$/,
    when: (js, qt) => js.split(' | ').filter((pair) => !pair.endsWith(' url=')).join(' | ') === (qt ?? ''),
    why: 'a tracking element\'s URI is its content (VAST 4.3 §2.3.3): one without a URI is not a tracker',
  },
  {
    fact: /\.clickThroughId$/,
    when: (js, qt, version, doc, jsFacts, fact) => jsFacts.map.get(fact.replace(/Id$/, '')) === '',
    why: 'a <ClickThrough> without a URI is no click-through (VAST 4.3 §3.9.5)',
  },
  // vast-client-js keeps one IconViewTracking of an Icon; the spec allows several.
  {
    fact: /\.icon\[\d+\]\.viewTracking$/,
    when: (js, qt) => qt !== undefined && qt.split(' | ').includes(js),
    why: '<IconViewTracking> may occur more than once (VAST 4.3 §3.11.5)',
  },
];

function usage() {
  process.stderr.write('usage: node compare.mjs INSPECTOR FILE...\n');
  process.exit(2);
}

const inspector = process.argv[2];
const paths = process.argv.slice(3);
if (!inspector || paths.length === 0) usage();

const str = (v) => (v === null || v === undefined ? '' : String(v).trim());
const num = (v) => {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? String(n) : str(v);
};
const urlOf = (x) => (x && typeof x === 'object' ? str(x.url) : str(x));
const idOf = (x) => (x && typeof x === 'object' ? str(x.id) : '');
// VastQt's --parse keeps the ids of a URL list in a parallel "…Ids" array: "id=… url=…" pairs.
const withIds = (urls, ids) => (urls || []).map((u, i) => `id=${str((ids || [])[i])} url=${urlOf(u)}`);
// vast-client-js keeps {id, url} objects: the same pairs.
const jsWithIds = (list) => (list || []).map((x) => `id=${idOf(x)} url=${urlOf(x)}`);

// Both sides write into one of these: put(path, value) with '' meaning "not read".
class Facts {
  constructor() { this.map = new Map(); }
  put(path, value) { this.map.set(path, value); }
  list(path, values) {
    // A list of URLs is a set for the purpose of this check: servers repeat trackers.
    const sorted = [...values].map(str).filter((v) => v !== '').sort();
    this.put(path, sorted.join(' | '));
  }
}

// Seconds, as vast-client-js keeps Duration and skipDelay; -1 or null is "none".
const msFromSeconds = (s) => (s === null || s === undefined || Number(s) < 0 ? '' : String(Math.round(Number(s) * 1000)));
const msFromQt = (ms) => (ms === null || ms === undefined || Number(ms) < 0 ? '' : String(Number(ms)));

// vast-client-js names a progress event "progress-<seconds>" or "progress-<n>%";
// VastQt keeps the event and its offset ("00:00:10.000", "10%").
function qtEventName(t) {
  if (t.event !== 'progress' || !t.offset) return t.event;
  if (String(t.offset).endsWith('%')) return `progress-${parseInt(t.offset, 10)}%`;
  const m = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(String(t.offset).trim());
  if (!m) return `progress-${t.offset}`;
  return `progress-${Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])}`;
}

// The type of each top-level <Extension> (one nested in another is part of its parent).
function extensionTypes(raw) {
  if (Array.isArray(raw)) return raw.map((e) => str(e.attributes && e.attributes.type));
  if (!raw) return [];
  const types = [];
  let depth = 0;
  for (const m of String(raw).matchAll(/<(\/?)Extension\b([^>]*?)(\/?)>/g)) {
    if (m[1]) {
      depth -= 1;
      continue;
    }
    if (depth === 0) {
      const t = /(?:^|\s)type\s*=\s*["']([^"']*)["']/.exec(m[2]);
      types.push(t ? t[1] : '');
    }
    if (!m[3]) depth += 1;
  }
  return types;
}

// The MediaFile facts: [fact, vast-client-js field, VastQt field, normalise].
const MEDIA_FILE_FACTS = [
  ['url', 'fileURL', 'url', str], ['id', 'id', 'id', str], ['delivery', 'deliveryType', 'delivery', str],
  ['type', 'mimeType', 'type', str], ['codec', 'codec', 'codec', str], ['width', 'width', 'width', num],
  ['height', 'height', 'height', num], ['bitrate', 'bitrate', 'bitrate', num],
  ['minBitrate', 'minBitrate', 'minBitrate', num], ['maxBitrate', 'maxBitrate', 'maxBitrate', num],
  ['apiFramework', 'apiFramework', 'apiFramework', str], ['fileSize', 'fileSize', 'fileSize', num],
];
// side: 0 for a vast-client-js MediaFile, 1 for VastQt's JSON.
function putMediaFile(f, prefix, m, side) {
  for (const [fact, js, qt, normalise] of MEDIA_FILE_FACTS) f.put(`${prefix}.${fact}`, normalise(m[side === 0 ? js : qt]));
}

// ---------------------------------------------------------------- vast-client-js side

function jsFacts(response) {
  const f = new Facts();
  f.put('ads', String(response.ads.length));
  response.ads.forEach((ad, i) => {
    const p = `ad[${i}]`;
    f.put(`${p}.id`, str(ad.id));
    f.put(`${p}.sequence`, num(ad.sequence));
    f.put(`${p}.adSystem`, str(ad.system && ad.system.value));
    f.put(`${p}.adSystemVersion`, str(ad.system && ad.system.version));
    f.put(`${p}.adTitle`, str(ad.title));
    f.put(`${p}.description`, str(ad.description));
    f.put(`${p}.advertiser`, str(ad.advertiser && (ad.advertiser.value ?? ad.advertiser)));
    f.put(`${p}.adServingId`, str(ad.adServingId));
    if (ad.pricing) {
      f.put(`${p}.pricing.value`, str(ad.pricing.value));
      f.put(`${p}.pricing.model`, str(ad.pricing.model));
      f.put(`${p}.pricing.currency`, str(ad.pricing.currency));
    }
    f.list(`${p}.errors`, ad.errorURLTemplates || []);
    f.list(`${p}.impressions`, (ad.impressionURLTemplates || []).map(urlOf));
    f.list(`${p}.impressionIds`, jsWithIds(ad.impressionURLTemplates));
    f.list(`${p}.categories`, (ad.categories || []).map((c) => `${str(c.authority)} ${str(c.value)}`));
    if (ad.VASTAdTagURI !== undefined) f.put(`${p}.vastAdTagURI`, str(ad.VASTAdTagURI));
    f.list(`${p}.extensionTypes`, extensionTypes(ad.extensions));
    f.put(`${p}.extensions`, String((ad.extensions || []).length));
    (ad.adVerifications || []).forEach((v, k) => {
      const q = `${p}.verification[${k}]`;
      f.put(`${q}.vendor`, str(v.vendor));
      f.put(`${q}.resource`, str(v.resource));
      f.put(`${q}.apiFramework`, str(v.apiFramework));
      f.put(`${q}.verificationParameters`, str(v.parameters));
      Object.entries(v.trackingEvents || {}).forEach(([ev, urls]) => f.list(`${q}.tracking.${ev}`, urls));
    });
    const seen = { linear: 0, companion: 0, nonlinear: 0 };
    (ad.creatives || []).forEach((c) => {
      const kind = c.type;
      if (!(kind in seen)) return;
      const q = `${p}.creative[${kind} ${seen[kind]++}]`;
      f.put(`${q}.id`, str(c.id));
      f.put(`${q}.adId`, str(c.adId));
      f.put(`${q}.sequence`, num(c.sequence));
      f.list(`${q}.universalAdIds`, (c.universalAdIds || []).map((u) => `${str(u.idRegistry)} ${str(u.value)}`));
      if (kind === 'linear') jsLinear(f, q, c);
      else if (kind === 'companion') jsCompanions(f, q, c);
      else jsNonLinears(f, q, c);
    });
  });
  return f;
}

function jsLinear(f, q, c) {
  f.put(`${q}.durationMs`, msFromSeconds(c.duration));
  f.put(`${q}.skipoffsetMs`, msFromSeconds(c.skipDelay));
  f.put(`${q}.adParameters`, str(c.adParameters && (c.adParameters.value ?? c.adParameters)));
  f.put(`${q}.clickThrough`, urlOf(c.videoClickThroughURLTemplate));
  f.put(`${q}.clickThroughId`, idOf(c.videoClickThroughURLTemplate));
  f.list(`${q}.clickTracking`, (c.videoClickTrackingURLTemplates || []).map(urlOf));
  f.list(`${q}.clickTrackingIds`, jsWithIds(c.videoClickTrackingURLTemplates));
  f.list(`${q}.customClick`, (c.videoCustomClickURLTemplates || []).map(urlOf));
  f.list(`${q}.customClickIds`, jsWithIds(c.videoCustomClickURLTemplates));
  Object.entries(c.trackingEvents || {}).forEach(([ev, urls]) => f.list(`${q}.tracking.${ev}`, urls));
  (c.mediaFiles || []).forEach((m, k) => putMediaFile(f, `${q}.mediaFile[${k}]`, m, 0));
  (c.icons || []).forEach((icon, k) => {
    const r = `${q}.icon[${k}]`;
    f.put(`${r}.program`, str(icon.program));
    f.put(`${r}.width`, num(icon.width));
    f.put(`${r}.height`, num(icon.height));
    f.put(`${r}.staticResource`, str(icon.staticResource));
    f.put(`${r}.iframeResource`, str(icon.iframeResource));
    f.put(`${r}.htmlResource`, str(icon.htmlResource));
    f.put(`${r}.clickThrough`, str(icon.iconClickThroughURLTemplate));
    f.list(`${r}.clickTracking`, (icon.iconClickTrackingURLTemplates || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, jsWithIds(icon.iconClickTrackingURLTemplates));
    f.list(`${r}.viewTracking`, icon.iconViewTrackingURLTemplate ? [icon.iconViewTrackingURLTemplate] : []);
  });
}

function jsCompanions(f, q, c) {
  (c.variations || []).forEach((v, k) => {
    const r = `${q}.companion[${k}]`;
    f.put(`${r}.id`, str(v.id));
    f.put(`${r}.width`, num(v.width));
    f.put(`${r}.height`, num(v.height));
    f.put(`${r}.adSlotId`, str(v.adSlotId));
    f.put(`${r}.altText`, str(v.altText));
    f.list(`${r}.static`, (v.staticResources || []).map((s) => `${str(s.creativeType)} ${str(s.url)}`));
    f.list(`${r}.iframe`, v.iframeResources || []);
    f.list(`${r}.html`, v.htmlResources || []);
    f.put(`${r}.clickThrough`, str(v.companionClickThroughURLTemplate));
    f.list(`${r}.clickTracking`, (v.companionClickTrackingURLTemplates || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, jsWithIds(v.companionClickTrackingURLTemplates));
    Object.entries(v.trackingEvents || {}).forEach(([ev, urls]) => f.list(`${r}.tracking.${ev}`, urls));
  });
}

function jsNonLinears(f, q, c) {
  Object.entries(c.trackingEvents || {}).forEach(([ev, urls]) => f.list(`${q}.tracking.${ev}`, urls));
  (c.variations || []).forEach((v, k) => {
    const r = `${q}.nonLinear[${k}]`;
    f.put(`${r}.id`, str(v.id));
    f.put(`${r}.width`, num(v.width));
    f.put(`${r}.height`, num(v.height));
    f.list(`${r}.static`, (v.staticResources || []).map((s) => `${str(s.creativeType)} ${str(s.url)}`));
    f.list(`${r}.iframe`, v.iframeResources || []);
    f.list(`${r}.html`, v.htmlResources || []);
    f.put(`${r}.clickThrough`, str(v.nonlinearClickThroughURLTemplate));
    f.list(`${r}.clickTracking`, (v.nonlinearClickTrackingURLTemplates || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, jsWithIds(v.nonlinearClickTrackingURLTemplates));
  });
}

// ---------------------------------------------------------------- VastQt side

function resourceLists(resources) {
  const out = { static: [], iframe: [], html: [] };
  (resources || []).forEach((res) => {
    if (res.kind === 'static') out.static.push(`${str(res.creativeType)} ${str(res.content)}`);
    else if (res.kind === 'iframe') out.iframe.push(res.content);
    else if (res.kind === 'html') out.html.push(res.content);
  });
  return out;
}

function qtTracking(f, q, events) {
  const byName = new Map();
  (events || []).forEach((t) => {
    const name = qtEventName(t);
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(urlOf(t));
  });
  byName.forEach((urls, name) => f.list(`${q}.tracking.${name}`, urls));
}

function qtFacts(doc) {
  const f = new Facts();
  const ads = doc.ads || [];
  f.put('ads', String(ads.length));
  ads.forEach((ad, i) => {
    const p = `ad[${i}]`;
    f.put(`${p}.id`, str(ad.id));
    f.put(`${p}.sequence`, num(ad.sequence));
    f.put(`${p}.adSystem`, str(ad.adSystem));
    f.put(`${p}.adSystemVersion`, str(ad.adSystemVersion));
    f.put(`${p}.adTitle`, str(ad.adTitle));
    f.put(`${p}.description`, str(ad.description));
    f.put(`${p}.advertiser`, str(ad.advertiser && typeof ad.advertiser === 'object' ? ad.advertiser.name ?? ad.advertiser.value : ad.advertiser));
    f.put(`${p}.adServingId`, str(ad.adServingId));
    if (ad.pricing) {
      f.put(`${p}.pricing.value`, str(ad.pricing.value));
      f.put(`${p}.pricing.model`, str(ad.pricing.model));
      f.put(`${p}.pricing.currency`, str(ad.pricing.currency));
    }
    f.list(`${p}.errors`, (ad.errors || []).map(urlOf));
    f.list(`${p}.impressions`, (ad.impressions || []).map(urlOf));
    f.list(`${p}.impressionIds`, withIds(ad.impressions, ad.impressionIds));
    f.list(`${p}.categories`, (ad.categories || []).map((c) => `${str(c.authority)} ${str(c.code)}`));
    if (ad.type === 'Wrapper') f.put(`${p}.vastAdTagURI`, str(ad.vastAdTagURI));
    const types = extensionTypes(ad.extensions);
    f.list(`${p}.extensionTypes`, types);
    f.put(`${p}.extensions`, String(types.length));
    (ad.adVerifications || []).forEach((v, k) => {
      const q = `${p}.verification[${k}]`;
      const js = (v.javaScriptResources || [])[0];
      f.put(`${q}.vendor`, str(v.vendor));
      f.put(`${q}.resource`, str(js && js.url));
      f.put(`${q}.apiFramework`, str(js && js.apiFramework));
      f.put(`${q}.verificationParameters`, str(v.verificationParameters));
      qtTracking(f, q, v.trackingEvents);
    });
    const seen = { linear: 0, companion: 0, nonlinear: 0 };
    (ad.creatives || []).forEach((c) => {
      const kind = c.linear ? 'linear' : c.companionAds ? 'companion' : c.nonLinearAds ? 'nonlinear' : null;
      if (!kind) return;
      const q = `${p}.creative[${kind} ${seen[kind]++}]`;
      f.put(`${q}.id`, str(c.id));
      f.put(`${q}.adId`, str(c.adId));
      f.put(`${q}.sequence`, num(c.sequence));
      f.list(`${q}.universalAdIds`, (c.universalAdIds || []).map((u) => `${str(u.idRegistry)} ${str(u.value)}`));
      if (kind === 'linear') qtLinear(f, q, c.linear);
      else if (kind === 'companion') qtCompanions(f, q, c.companionAds);
      else qtNonLinears(f, q, c.nonLinearAds);
    });
  });
  return f;
}

function qtLinear(f, q, l) {
  f.put(`${q}.durationMs`, msFromQt(l.durationMs));
  f.put(`${q}.skipoffsetMs`, msFromQt(l.skipoffsetMs));
  f.put(`${q}.adParameters`, str(l.adParameters && typeof l.adParameters === 'object' ? l.adParameters.value : l.adParameters));
  f.put(`${q}.clickThrough`, urlOf(l.clickThrough));
  f.put(`${q}.clickThroughId`, str(l.clickThroughId));
  f.list(`${q}.clickTracking`, (l.clickTracking || []).map(urlOf));
  f.list(`${q}.clickTrackingIds`, withIds(l.clickTracking, l.clickTrackingIds));
  f.list(`${q}.customClick`, (l.customClick || []).map(urlOf));
  f.list(`${q}.customClickIds`, withIds(l.customClick, l.customClickIds));
  qtTracking(f, q, l.trackingEvents);
  (l.mediaFiles || []).forEach((m, k) => putMediaFile(f, `${q}.mediaFile[${k}]`, m, 1));
  (l.icons || []).forEach((icon, k) => {
    const r = `${q}.icon[${k}]`;
    const res = resourceLists(icon.resources);
    f.put(`${r}.program`, str(icon.program));
    f.put(`${r}.width`, num(icon.width));
    f.put(`${r}.height`, num(icon.height));
    f.put(`${r}.staticResource`, str(res.static[0] && res.static[0].replace(/^\S*\s/, '')));
    f.put(`${r}.iframeResource`, str(res.iframe[0]));
    f.put(`${r}.htmlResource`, str(res.html[0]));
    f.put(`${r}.clickThrough`, urlOf(icon.clickThrough));
    f.list(`${r}.clickTracking`, (icon.clickTracking || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, withIds(icon.clickTracking, icon.clickTrackingIds));
    f.list(`${r}.viewTracking`, (icon.viewTracking || []).map(urlOf));
  });
}

function qtCompanions(f, q, ca) {
  (ca.companions || []).forEach((v, k) => {
    const r = `${q}.companion[${k}]`;
    const res = resourceLists(v.resources);
    f.put(`${r}.id`, str(v.id));
    f.put(`${r}.width`, num(v.width));
    f.put(`${r}.height`, num(v.height));
    f.put(`${r}.adSlotId`, str(v.adSlotId));
    f.put(`${r}.altText`, str(v.altText));
    f.list(`${r}.static`, res.static);
    f.list(`${r}.iframe`, res.iframe);
    f.list(`${r}.html`, res.html);
    f.put(`${r}.clickThrough`, urlOf(v.clickThrough));
    f.list(`${r}.clickTracking`, (v.clickTracking || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, withIds(v.clickTracking, v.clickTrackingIds));
    qtTracking(f, r, v.trackingEvents);
  });
}

function qtNonLinears(f, q, na) {
  qtTracking(f, q, na.trackingEvents);
  (na.nonLinears || []).forEach((v, k) => {
    const r = `${q}.nonLinear[${k}]`;
    const res = resourceLists(v.resources);
    f.put(`${r}.id`, str(v.id));
    f.put(`${r}.width`, num(v.width));
    f.put(`${r}.height`, num(v.height));
    f.list(`${r}.static`, res.static);
    f.list(`${r}.iframe`, res.iframe);
    f.list(`${r}.html`, res.html);
    f.put(`${r}.clickThrough`, urlOf(v.clickThrough));
    f.list(`${r}.clickTracking`, (v.clickTracking || []).map(urlOf));
    f.list(`${r}.clickTrackingIds`, withIds(v.clickTracking, v.clickTrackingIds));
  });
}

// ---------------------------------------------------------------- comparison

const domParser = new DOMParser({ errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} } });
const vastParser = new VASTParser();

const totals = { files: 0, facts: 0, agreed: 0, specWins: 0, differ: 0, qtRefused: 0, jsRefused: 0 };
for (const path of paths) {
  const line = { file: path, facts: 0, agreed: 0, differences: [] };
  let js = null;
  let qt = null;
  let qtDoc = null;
  try {
    js = jsFacts(await vastParser.parseVAST(domParser.parseFromString(readFileSync(path, 'utf8'), 'text/xml')));
  } catch (e) {
    line.jsError = String(e.message || e);
  }
  try {
    const out = execFileSync(inspector, ['--parse', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    qtDoc = JSON.parse(out);
    qt = qtFacts(qtDoc);
    if ((qtDoc.errors || []).length) line.qtErrors = qtDoc.errors;
  } catch (e) {
    // --parse exits non-zero for a document it refuses; its JSON is still on stdout.
    try {
      qtDoc = JSON.parse(e.stdout);
      qt = qtFacts(qtDoc);
      line.qtErrors = qtDoc.errors;
    } catch {
      line.qtError = `exit ${e.status}`;
    }
  }
  totals.files += 1;
  if (!js) totals.jsRefused += 1;
  if (js && qt) {
    for (const [fact, value] of js.map) {
      if (value === '' || value === '0' && fact.endsWith('.extensions')) continue;
      line.facts += 1;
      const other = qt.map.has(fact) ? qt.map.get(fact) : undefined;
      if (other === value) {
        line.agreed += 1;
        continue;
      }
      const rule = SPEC_WINS.find((r) => r.fact.test(fact) && r.when(value, other, qtDoc.version, qtDoc, js, fact));
      line.differences.push({ fact, vastClientJs: value, vastqt: other ?? null, ...(rule ? { specWins: rule.why } : {}) });
      if (rule) totals.specWins += 1;
      else totals.differ += 1;
    }
    if (qt.map.get('ads') === '0' && js.map.get('ads') !== '0') totals.qtRefused += 1;
  }
  totals.facts += line.facts;
  totals.agreed += line.agreed;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
process.stdout.write(`${JSON.stringify({ totals })}\n`);
process.exit(totals.differ === 0 ? 0 : 1);
