// The programme dashboard (督导看板): a front end of the public API like any other. It signs in at the
// issuer with authorization code + PKCE (client renewal-web), keeps the access token in this tab only
// (sessionStorage), and reads /api/plan/programme/* through the gateway. No libraries: charts are SVG.
'use strict';

const STAGE_COLOURS = {
  REGISTERED: '#b0bac5', ELIGIBLE: '#8fa3b8', RESERVED: '#6c8ead', PLANNED: '#e9c46a', APPROVED: '#f4a261',
  UNDER_CONSTRUCTION: '#e76f51', ACCEPTED: '#2a9d8f', EVALUATED: '#21867a', HANDED_OVER: '#1b6f65',
  LONG_TERM_MANAGEMENT: '#0b4f6c'
};
const UNITS = [
  ['communities', '小区 Communities', 1], ['buildings', '楼栋 Buildings', 1],
  ['households', '户 Households', 1], ['floorArea', '建筑面积 万m² (10,000 m²)', 10000]
];
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

let config;
/** Names of places (区, 街道) by code, from places.json: the operator's list; the demo ships sample names. */
let names = {};
/** The signed-in caller's token claims (roles, district, street). */
let claims = {};
/** Where the page is: a district, a street, a community (from the address, kept across sign-in). */
const VIEW = { district: null, street: null, community: null };

async function main() {
  config = await (await fetch('config.json')).json();
  $('login').onclick = signIn;
  $('logout').onclick = () => { sessionStorage.removeItem('renewal.token'); location.replace(location.pathname); };
  names = await fetch('places.json').then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  const params = new URLSearchParams(location.search);
  if (params.has('code')) {
    Object.assign(VIEW, JSON.parse(sessionStorage.getItem('renewal.view') || '{}'));
  } else {
    VIEW.district = /^\d{6}$/.test(params.get('district') || '') ? params.get('district') : null;
    VIEW.street = /^\d{9}$/.test(params.get('street') || '') ? params.get('street') : null;
    VIEW.community = params.get('community') || null;
    sessionStorage.setItem('renewal.view', JSON.stringify(VIEW)); // kept across the sign-in round trip
  }
  if (params.has('year')) {
    sessionStorage.setItem('renewal.year', params.get('year'));
  }
  if (params.get('wall') === '1') {
    sessionStorage.setItem('renewal.wall', '1'); // kept across the sign-in round trip
  } else if (!params.has('code')) {
    sessionStorage.removeItem('renewal.wall'); // an address without it leaves wall-screen mode
  }
  if (params.has('code')) {
    try {
      await exchange(params.get('code'), params.get('state'));
    } catch (e) {
      // the token request never reached the issuer (blocked or unreachable): say so, and offer to sign in again
      signInProblem(`登录未完成：无法从 ${location.origin} 连接登录服务 ${config.issuer}。`
        + ` Sign-in did not finish: the sign-in service ${config.issuer} could not be reached from ${location.origin} (${e.message}).`);
    }
    history.replaceState(null, '', address(sessionStorage.getItem('renewal.year')));
  }
  const token = sessionStorage.getItem('renewal.token');
  if (!token) {
    if (sessionStorage.getItem('renewal.expired')) {
      sessionStorage.removeItem('renewal.expired');
      signInProblem('登录已过期，请重新登录；看板会回到您刚才查看的年度。'
        + ' Your session has expired: sign in again to return to the year you were looking at.');
    }
    $('login').hidden = false;
    return;
  }
  claims = JSON.parse(new TextDecoder().decode(base64UrlBytes(token.split('.')[1])));
  $('who').textContent = `${claims.sub} · ${(claims.roles || []).map((r) => ROLE_NAMES[r] || r).join('、')} · `
    + `${claims.street || claims.district ? placeName(claims.street || claims.district) : '全市 City'}`;
  $('logout').hidden = false;
  if (!(claims.roles || []).some((r) => OFFICES.includes(r))) {
    // residents, owners' committees and units have their own pages: say so instead of an empty board and a 403
    $('login').hidden = true;
    signInProblem('督导看板供区、市旧改办及住建、财政部门和街道使用；居民、业委会和参建单位请使用各自的页面。'
      + ' The supervision console is for the offices (district, city, housing, finance, street); residents, owners\' '
      + 'committees and units have pages of their own.');
    $('signin-problem').dataset.testid = 'not-an-office';
    return;
  }
  $('welcome').hidden = true;
  $('board').hidden = false;
  await loadYears();
  $('year').onchange = () => {
    // the year is part of the address: a link or a bookmark opens the same view
    sessionStorage.setItem('renewal.year', $('year').value);
    history.replaceState(null, '', address($('year').value));
    load();
  };
  $('export').onclick = exportReturn;
  $('export').hidden = false;
  $('export-table').onclick = exportTable;
  document.querySelectorAll('[data-export]').forEach((button) => {
    button.onclick = () => exportShown(button.dataset.export, button.dataset.name);
  });
  await load();
}

/** The offices' names, for people (the token carries the codes). */
const ROLE_NAMES = {
  DISTRICT_OFFICE: '区旧改办 District office', CITY_OFFICE: '市旧改办 City office', HOUSING_BUREAU: '住建局 Housing bureau',
  FINANCE: '财政局 Finance bureau', STREET: '街道办 Street office', RESIDENT: '居民 Resident',
  OWNERS_COMMITTEE: '业委会 Owners\' committee', UNIT: '参建单位 Unit'
};

/** The roles the console is for. */
const OFFICES = ['DISTRICT_OFFICE', 'CITY_OFFICE', 'HOUSING_BUREAU', 'FINANCE', 'STREET'];

// ---- sign-in (authorization code + PKCE) ----

/** Shown on the welcome page, beside the sign-in button (the board, where status lives, is hidden until then). */
function signInProblem(text) {
  $('signin-problem').textContent = text;
  $('signin-problem').hidden = false;
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlBytes(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function signIn() {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(48)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem('renewal.pkce', JSON.stringify({ verifier, state }));
  const q = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, scope: 'openid', state, redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256'
  });
  location.assign(`${config.issuer}/oauth2/authorize?${q}`);
}

async function exchange(code, state) {
  const pkce = JSON.parse(sessionStorage.getItem('renewal.pkce') || '{}');
  sessionStorage.removeItem('renewal.pkce');
  if (!pkce.verifier || pkce.state !== state) {
    return;
  }
  const response = await fetch(`${config.issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: redirectUri(),
      code_verifier: pkce.verifier
    })
  });
  if (response.ok) {
    sessionStorage.setItem('renewal.token', (await response.json()).access_token);
  } else {
    signInProblem(`登录未完成（${response.status}），请重新登录。 Sign-in did not finish (${response.status}); sign in again.`);
  }
}

// ---- data ----

async function api(path) {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${sessionStorage.getItem('renewal.token')}`, 'Accept-Language': 'zh-CN' }
  });
  if (response.status === 401) {
    // the session has expired: reload at the same address (it then asks to sign in again); nothing else runs on
    // this page, so no later step rewrites the address before the reload
    if (!sessionStorage.getItem('renewal.expired')) {
      sessionStorage.removeItem('renewal.token');
      sessionStorage.setItem('renewal.expired', '1');
      location.replace(location.pathname + location.search);
    }
    return new Promise(() => {});
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(`${response.status} ${problem.title || ''} ${problem.detail || ''}`);
  }
  return response.json();
}

async function loadYears() {
  const years = await api('/api/plan/programme/years').catch(() => []);
  const select = $('year');
  select.replaceChildren(new Option('全部 All communities', ''));
  years.forEach((y) => select.add(new Option(`${y.year} 年度计划`, y.year)));
  const wanted = sessionStorage.getItem('renewal.year');
  if (wanted !== null && (wanted === '' || years.some((y) => String(y.year) === wanted))) {
    select.value = wanted;
  } else if (years.length) {
    select.value = String(years[0].year);
  }
  history.replaceState(null, '', address(select.value));
}

/** The page's address for a year and a place (the current one unless given), keeping the wall-screen switch. */
function address(year, place = VIEW) {
  const q = new URLSearchParams();
  if (year) {
    q.set('year', year);
  }
  [['district', place.district], ['street', place.street], ['community', place.community]]
    .forEach(([k, v]) => { if (v) { q.set(k, v); } });
  if (new URLSearchParams(location.search).get('wall') === '1' || sessionStorage.getItem('renewal.wall')) {
    q.set('wall', '1');
  }
  return q.toString() ? `?${q}` : location.pathname;
}

/** A link to another place at the same year: drill-down and the way back are plain links (bookmarkable, Back works). */
function placeLink(place, text, attrs = {}) {
  return el('a', { href: address($('year').value, { district: null, street: null, community: null, ...place }), ...attrs }, text);
}

/** A place's name and code, e.g. 铁西区 220302; the code alone where the operator's list has no name. */
function placeName(code) {
  return code ? (names[code] ? `${names[code]} ${code}` : code) : '—';
}

/** The statistical return (.xlsx) of the year shown, downloaded with the signed-in caller's token. */
async function exportReturn() {
  const year = $('year').value;
  if (!year) {
    $('status').textContent = '统计报表按年度导出：请先选择年度。 The return is per programme year: choose a year first.';
    return;
  }
  const response = await fetch(`/api/plan/programme/returns.xlsx${year ? `?year=${year}` : ''}`, {
    headers: { Authorization: `Bearer ${sessionStorage.getItem('renewal.token')}` }
  });
  if (!response.ok) {
    $('status').textContent = `无法导出 Could not export (${response.status})`;
    $('status').className = 'error';
    return;
  }
  const link = $('export-link');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `统计报表-returns-${year || 'all'}.xlsx`;
  link.click();
}

async function load() {
  const year = $('year').value;
  $('status').textContent = '加载中… Loading…';
  $('status').className = '';
  try {
    if (VIEW.community) {
      await loadCommunity(year);
    } else {
      await loadBoard(year);
    }
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('status').textContent = `无法加载 Could not load: ${e.message}`;
    $('status').className = 'error';
  }
}

/** The query of the place shown: a district or a street (the API keeps each caller within its own place). */
function placeQuery() {
  const q = new URLSearchParams();
  if (VIEW.district) {
    q.set('districtCode', VIEW.district);
  }
  if (VIEW.street) {
    q.set('streetCode', VIEW.street);
  }
  return q;
}

async function loadBoard(year) {
  const q = placeQuery();
  if (year) {
    q.set('year', year);
  }
  const [overview, overdue, communities] = await Promise.all([
    api(`/api/plan/programme/overview?${q}`), api(`/api/plan/programme/overdue${year ? `?year=${year}` : ''}`),
    allCommunities(year)
  ]);
  // the level shown: a street, a district, or the whole city; a district compares its streets, the city its districts
  const level = overview.streetCode ? 'street' : overview.districtCode ? 'district' : 'city';
  const by = level === 'city' ? 'district' : 'street';
  const ranked = async (kind) => (await api(`/api/plan/programme/rankings?by=${kind}${year ? `&year=${year}` : ''}`)
    .catch(() => [])).filter((r) => level === 'city' || String(r.code).startsWith(overview.districtCode));
  const [rankings, streetRanks] = level === 'street' ? [[], await ranked('street')]
    : by === 'street' ? await ranked('street').then((r) => [r, r]) : await Promise.all([ranked('district'), ranked('street')]);
  const inView = new Set(communities.map((c) => c.id));
  const noProgramme = Boolean(year) && !overview.targets;
  crumbs(overview, null);
  targets(overview);
  burnUp(overview);
  funnel(overview);
  map(communities);
  funding(overview);
  late(overdue.filter((o) => inView.has(o.communityId)), noProgramme);
  ranking(rankings, by, level);
  communityTable(communities, level);
  await streetsMap(level === 'street' ? streetRanks.filter((r) => r.code === overview.streetCode) : streetRanks,
    communities, year);
  $('community').hidden = true;
  $('overview').hidden = false;
  $('status').textContent = noProgramme
    ? `${year} 年度尚未下达改造计划：以下数字为零并不表示已完成。 No programme has been set for ${year}: `
      + 'the zeros below do not mean the work is done.'
    : `已更新 Updated ${new Date().toLocaleTimeString('zh-CN')}`;
  $('status').dataset.state = noProgramme ? 'no-programme' : 'loaded';
}

async function allCommunities(year) {
  const all = [];
  const q = placeQuery();
  if (year) {
    q.set('year', year);
  }
  for (let page = 0; page < 1000; page++) {
    const p = await api(`/api/plan/programme/communities?size=200&page=${page}&${q}`);
    all.push(...p.content);
    if (page + 1 >= p.page.totalPages) {
      break;
    }
  }
  return all;
}

// ---- rendering ----

const stageOf = (overview, code) => overview.stages.find((s) => s.stage === code);
const fmt = (n) => Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const wan = (fen) => (Number(fen) / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Received against planned (到位率), one decimal; a dash where nothing was planned. */
const rate = (received, planned) => (Number(planned) > 0 ? `${((100 * Number(received)) / Number(planned)).toFixed(1)}%` : '—');

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}

const BASIS = {
  DISTRICT_PROGRAMME: '区年度计划目标 the district\'s programme targets',
  STREET_BATCH: '本街道纳入年度批次的小区 the street\'s communities in its district\'s batch',
  CITY_SUM: '各区目标之和 the sum of the districts\' targets'
};

function targets(overview) {
  $('basis').textContent = overview.targetBasis
    ? `对照 Measured against: ${BASIS[overview.targetBasis]}${overview.deadline ? ` · 截止 deadline ${overview.deadline}` : ''}`
    : '';
  $('basis').dataset.basis = overview.targetBasis || '';
  const accepted = stageOf(overview, 'ACCEPTED');
  const started = stageOf(overview, 'UNDER_CONSTRUCTION');
  $('targets').replaceChildren(...UNITS.map(([key, label, per]) => {
    const target = overview.targets ? Number(overview.targets[key]) : null;
    const done = Number(accepted[key]);
    // area in 万m² with two decimals; counts as whole numbers
    const show = (n) => (per === 1 ? fmt(n) : (Number(n) / per).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    const percent = target ? Math.min(100, (100 * done) / target) : 0;
    return el('div', { class: 'card', 'data-unit': key },
      el('div', { class: 'unit' }, label),
      el('div', { class: 'value', 'data-testid': `accepted-${key}` }, show(done)),
      el('div', { class: 'of' }, target === null ? `已开工 started ${show(started[key])}`
        : `目标 target ${show(target)} · 已开工 started ${show(started[key])}`),
      el('div', { class: 'rate', 'data-testid': `rate-${key}` }, target ? `完成率 ${percent.toFixed(1)}% done` : ''),
      el('div', { class: 'meter', role: 'img', 'aria-label': target ? `${percent.toFixed(1)}%` : 'no target' },
        el('div', { style: `width:${percent}%` })));
  }));
}

function burnUp(overview) {
  const svg = $('burnup');
  svg.replaceChildren();
  const points = overview.completions;
  const target = overview.targets ? overview.targets.communities : null;
  const deadline = overview.deadline ? new Date(overview.deadline) : null;
  const dates = points.map((p) => new Date(p.date));
  // the programme year from its first day; without a year, from the first acceptance
  const start = overview.year ? new Date(`${overview.year}-01-01`) : (dates.length ? dates[0] : new Date());
  const end = new Date(Math.max(deadline ? deadline : 0, dates.length ? dates[dates.length - 1] : 0, start.getTime() + 86400000));
  const top = Math.max(target || 0, points.length ? points[points.length - 1].communities : 0, 1);
  const x = (d) => 40 + (460 * (d - start)) / (end - start || 1);
  const y = (n) => 230 - (200 * n) / top;
  // gridlines at quarters of the scale, from zero
  [0.25, 0.5, 0.75, 1].forEach((f) => svg.append(el('svg:line', { x1: 40, y1: y(top * f), x2: 500, y2: y(top * f),
    stroke: '#e3e8ee' })));
  svg.append(el('svg:line', { x1: 40, y1: 230, x2: 500, y2: 230, stroke: '#889' }),
    el('svg:line', { x1: 40, y1: 30, x2: 40, y2: 230, stroke: '#889' }),
    el('svg:text', { x: 4, y: 34, 'font-size': 11 }, String(top)),
    el('svg:text', { x: 4, y: 133, 'font-size': 11 }, String(Math.round(top / 2))),
    el('svg:text', { x: 4, y: 233, 'font-size': 11 }, '0'),
    el('svg:text', { x: 40, y: 248, 'font-size': 11 }, start.toISOString().slice(0, 10)),
    el('svg:text', { x: 430, y: 248, 'font-size': 11 }, end.toISOString().slice(0, 10)));
  if (target) {
    svg.append(el('svg:line', { x1: 40, y1: y(target), x2: 500, y2: y(target), stroke: '#e76f51', 'stroke-dasharray': '5 4',
      'data-testid': 'burnup-target', 'data-value': target }),
    el('svg:text', { x: 44, y: y(target) - 4, 'font-size': 11, fill: '#e76f51' }, `目标 target ${target}`));
  }
  if (target && deadline) {
    // the pace: a steady line from nothing on the first day to the target on the deadline
    svg.append(el('svg:line', { x1: 40, y1: 230, x2: x(deadline), y2: y(target), stroke: '#8a94a0',
      'stroke-dasharray': '6 3', 'data-testid': 'burnup-pace' }),
    el('svg:text', { x: x(deadline) - 4, y: y(target) + 14, 'font-size': 10, fill: '#55606e', 'text-anchor': 'end' },
      '均衡进度 steady pace'));
  }
  if (deadline) {
    svg.append(el('svg:line', { x1: x(deadline), y1: 30, x2: x(deadline), y2: 230, stroke: '#b00020', 'stroke-dasharray': '2 3' }),
      el('svg:text', { x: x(deadline) - 4, y: 26, 'font-size': 11, fill: '#b00020', 'text-anchor': 'end' },
        `截止 deadline ${overview.deadline}`));
  }
  const now = new Date();
  if (now > start && now < end) {
    svg.append(el('svg:line', { x1: x(now), y1: 30, x2: x(now), y2: 230, stroke: '#55606e', 'stroke-dasharray': '1 3' }),
      el('svg:text', { x: x(now) + 3, y: 226, 'font-size': 10, fill: '#55606e' }, '今天 today'));
  }
  let path = `M 40 230`;
  points.forEach((p, i) => { path += ` H ${x(dates[i])} V ${y(p.communities)}`; });
  if (points.length) {
    path += ` H ${x(Math.min(Date.now(), end))}`;
  }
  svg.append(el('svg:path', { d: path, fill: 'none', stroke: '#2a9d8f', 'stroke-width': 2.5,
    'data-testid': 'burnup-line', 'data-value': points.length ? points[points.length - 1].communities : 0 }));
}

function funnel(overview) {
  const first = Math.max(1, overview.stages[0].communities);
  $('funnel').replaceChildren(
    el('tr', {}, el('th', {}, '阶段 Stage'), el('th', { class: 'num' }, '小区'), el('th', { class: 'num' }, '户'),
      el('th', { class: 'num' }, '万m²'), el('th', { class: 'barcell' }, '')),
    ...overview.stages.map((s) => el('tr', { 'data-stage': s.stage },
      el('td', {}, `${s.label.zh} ${s.label.en}`),
      el('td', { class: 'num', 'data-testid': `funnel-${s.stage}` }, String(s.communities)),
      el('td', { class: 'num' }, fmt(s.households)),
      el('td', { class: 'num', 'data-m2': s.floorArea }, (Number(s.floorArea) / 10000).toFixed(2)),
      el('td', { class: 'barcell' }, el('div', { class: 'hbar', style: `width:${(100 * s.communities) / first}%;background:${STAGE_COLOURS[s.stage]}` })))));
}

/** A stage's number in the programme (1 registered … 10 long-term management), drawn on its dots. */
const STAGE_NUMBER = (stage) => Object.keys(STAGE_COLOURS).indexOf(stage) + 1;

function map(communities) {
  const svg = $('map');
  svg.replaceChildren();
  const placed = communities.filter((c) => c.latitude != null && c.longitude != null);
  const lats = placed.map((c) => Number(c.latitude));
  const lons = placed.map((c) => Number(c.longitude));
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const x = (lon) => 20 + (480 * (lon - minLon)) / ((maxLon - minLon) || 1);
  const y = (lat) => 280 - (260 * (lat - minLat)) / ((maxLat - minLat) || 1);
  svg.append(el('svg:rect', { x: 0, y: 0, width: 520, height: 300, fill: '#eef3f6' }));
  placed.forEach((c) => {
    // a link to the community's page (Tab reaches it, Enter opens it); the stage's number tells stages apart
    // without colour, and the legend names each number
    const cx = x(Number(c.longitude));
    const cy = y(Number(c.latitude));
    const link = el('svg:a', { href: address($('year').value, { ...VIEW, community: c.id }), 'data-community': c.id,
      'aria-label': `${c.name} · ${STAGE_NUMBER(c.stage)} ${c.stageLabel.zh} ${c.stageLabel.en}` });
    const dot = el('svg:circle', { cx, cy, r: 8, fill: STAGE_COLOURS[c.stage], stroke: '#fff', 'data-stage': c.stage,
      'data-community': c.id });
    dot.append(el('svg:title', {}, `${c.name} · ${c.stageLabel.zh} ${c.stageLabel.en} · ${c.households} 户`));
    link.append(dot, el('svg:text', { x: cx, y: cy + 3.5, 'font-size': 10, 'text-anchor': 'middle', fill: '#fff',
      'pointer-events': 'none', 'aria-hidden': 'true' }, String(STAGE_NUMBER(c.stage))));
    svg.append(link);
  });
  svg.append(el('svg:text', { x: 8, y: 16, 'font-size': 11, fill: '#55606e', 'data-testid': 'map-count',
    'data-value': placed.length }, `${placed.length} / ${communities.length} 个小区有坐标 located`));
  const present = [...new Set(communities.map((c) => c.stage))];
  $('legend').replaceChildren(...Object.keys(STAGE_COLOURS).filter((s) => present.includes(s)).map((s) => {
    const c = communities.find((x) => x.stage === s);
    return el('span', { style: `--c:${STAGE_COLOURS[s]}`, 'data-stage': s },
      `${STAGE_NUMBER(s)} ${c.stageLabel.zh} ${c.stageLabel.en}: ${communities.filter((x) => x.stage === s).length}`);
  }));
}

function funding(overview) {
  const rows = overview.funding.filter((c) => c.planned || c.pledged || c.received);
  const total = (k) => rows.reduce((sum, c) => sum + Number(c[k]), 0);
  $('funding').replaceChildren(
    el('tr', {}, el('th', {}, '渠道 Channel'), el('th', { class: 'num' }, '计划 planned'),
      el('th', { class: 'num' }, '承诺 pledged'), el('th', { class: 'num' }, '到位 received'),
      el('th', { class: 'num' }, '到位率 rate')),
    ...rows.map((c) => el('tr', { 'data-channel': c.channel },
      el('td', {}, `${c.label.zh} ${c.label.en}`),
      el('td', { class: 'num', 'data-fen': c.planned }, wan(c.planned)),
      el('td', { class: 'num', 'data-fen': c.pledged }, wan(c.pledged)),
      el('td', { class: 'num', 'data-fen': c.received, 'data-testid': `received-${c.channel}` }, wan(c.received)),
      el('td', { class: 'num' }, rate(c.received, c.planned)))),
    el('tr', { 'data-channel': 'TOTAL' }, el('th', {}, '合计 Total'),
      el('th', { class: 'num', 'data-fen': total('planned') }, wan(total('planned'))),
      el('th', { class: 'num', 'data-fen': total('pledged') }, wan(total('pledged'))),
      el('th', { class: 'num', 'data-fen': total('received'), 'data-testid': 'received-total' }, wan(total('received'))),
      el('th', { class: 'num', 'data-testid': 'received-rate' }, rate(total('received'), total('planned')))));
  const s = overview.satisfaction;
  $('satisfaction').textContent = s.communities
    ? `居民满意度 Satisfaction: ${s.averageOverall} / 5（${s.communities} 个小区，${s.respondents} 户参评）`
    : '居民满意度 Satisfaction: 尚无评价 none published yet';
}

const DUTIES = {
  CONTRACTOR: '施工单位 contractor', HOUSING_BUREAU: '住建局 housing bureau', DISTRICT_OFFICE: '区旧改办 district office'
};
const WHAT = {
  LATE_MILESTONES: '工期滞后 late milestones', OPEN_FINDINGS: '质量问题未整改 open findings',
  PAST_DEADLINE: '未按期竣工 not accepted by the deadline'
};

function late(overdue, noProgramme) {
  $('late').replaceChildren(
    el('tr', {}, el('th', {}, '小区 Community'), el('th', {}, '事项 What'), el('th', { class: 'num' }, '数量'),
      el('th', {}, '责任 Whose duty')),
    ...(overdue.length ? overdue.map((o) => el('tr', { 'data-what': o.what, 'data-community': o.communityId },
      el('td', {}, communityLink(o.communityId, o.name || o.communityId)), el('td', {}, WHAT[o.what] || o.what),
      el('td', { class: 'num' }, String(o.count)), el('td', {}, DUTIES[o.responsible] || o.responsible)))
      : [el('tr', {}, el('td', { colspan: 4 }, noProgramme ? '本年度无计划，无从逾期 No programme this year, so nothing can be late'
        : '无逾期事项 Nothing is late'))]));
}

function ranking(rows, by, level) {
  $('ranking-section').hidden = level === 'street';
  $('ranking-title').firstChild.textContent = by === 'street' ? '街道排名 Streets compared ' : '区县排名 Districts compared ';
  $('ranking').replaceChildren(
    el('tr', {}, el('th', { class: 'num' }, '名次 Rank'), el('th', {}, by === 'street' ? '街道 Street' : '区县 District'),
      el('th', {}, '预警 Warning'), el('th', { class: 'num' }, '小区 Communities'),
      el('th', { class: 'num' }, '红/黄 Red/amber'), el('th', { class: 'num' }, '已移交 Handed over'),
      el('th', { class: 'num' }, '进度 Progress')),
    ...(rows.length ? rows.map((r) => el('tr', { 'data-code': r.code || '', 'data-warning': r.warning },
      el('td', { class: 'num' }, String(r.rank)),
      el('td', {}, placeLink(by === 'street' ? { street: r.code } : { district: r.code }, placeName(r.code))),
      el('td', {}, warningBadge(r.warning)),
      el('td', { class: 'num' }, String(r.communities)), el('td', { class: 'num' }, `${r.red} / ${r.amber}`),
      el('td', { class: 'num' }, String(r.handedOver)),
      el('td', { class: 'num' }, r.progress == null ? '—' : `${Number(r.progress).toFixed(1)}%`)))
      : [el('tr', {}, el('td', { colspan: 7 }, '暂无可比较的数据 Nothing to compare yet'))]));
}

// ---- early warning, places, the community list and page ----

/** Red, amber, green: a shape and a word as well as a colour. */
const WARNINGS = {
  RED: ['✖', '预警 Act now'], AMBER: ['▲', '关注 Watch'], GREEN: ['●', '正常 On track']
};
const SEVERITY = { RED: 2, AMBER: 1, GREEN: 0 };

function warningBadge(level) {
  const [shape, text] = WARNINGS[level] || ['', level];
  return el('span', { class: `warn warn-${String(level).toLowerCase()}`, 'data-warning': level }, `${shape} ${text}`);
}

function communityLink(id, text) {
  return placeLink({ district: VIEW.district, street: VIEW.street, community: id }, text, { 'data-community': id });
}

/** Where you are and the way back up: the city (city-wide callers), the district, the street, the community. */
function crumbs(overview, community) {
  const district = (community && community.districtCode) || overview.districtCode || VIEW.district;
  const street = (community && community.streetCode) || overview.streetCode || VIEW.street;
  const cityWide = !claims.district && !claims.street;
  const items = [];
  if (cityWide) {
    items.push(placeLink({}, '全市 City'));
  }
  if (district && !claims.street) {
    items.push(placeLink(cityWide ? { district } : {}, placeName(district)));
  }
  if (street) {
    items.push(placeLink(claims.street ? {} : { district: cityWide ? district : null, street }, placeName(street)));
  }
  if (community) {
    items.push(el('span', { 'aria-current': 'page' }, community.name));
  } else if (items.length) {
    const last = items[items.length - 1];
    last.setAttribute('aria-current', 'page');
  }
  $('crumbs').replaceChildren(...items.flatMap((item, i) => (i ? [el('span', { 'aria-hidden': 'true' }, ' › '), item] : [item])));
}

const fundingRate = (c) => rate(c.fundingReceived, c.fundingPlanned);

/** The communities in view, worst warning first: the list to act from. */
function communityTable(communities, level) {
  const rows = [...communities].sort((a, b) => (SEVERITY[b.warning] - SEVERITY[a.warning]) || a.name.localeCompare(b.name, 'zh-CN'));
  tableRows = rows;
  $('communities').replaceChildren(
    el('tr', {}, el('th', {}, '预警 Warning'), el('th', {}, '小区 Community'),
      ...(level === 'street' ? [] : [el('th', {}, '街道 Street')]), el('th', {}, '阶段 Stage'),
      el('th', { class: 'num' }, '滞后节点 Late'), el('th', { class: 'num' }, '未整改 Findings'),
      el('th', { class: 'num' }, '到位率 Funds'), el('th', {}, '原因 Why')),
    ...(rows.length ? rows.map((c) => el('tr', { 'data-community': c.id, 'data-warning': c.warning },
      el('td', {}, warningBadge(c.warning)), el('td', {}, communityLink(c.id, c.name)),
      ...(level === 'street' ? [] : [el('td', {}, placeLink({ district: VIEW.district, street: c.streetCode }, placeName(c.streetCode)))]),
      el('td', {}, `${STAGE_NUMBER(c.stage)} ${c.stageLabel.zh} ${c.stageLabel.en}`),
      el('td', { class: 'num' }, String(c.lateMilestones)), el('td', { class: 'num' }, String(c.openFindings)),
      el('td', { class: 'num' }, fundingRate(c)),
      el('td', {}, c.warnings.map((w) => `${w.label.zh} ${w.label.en}`).join('；'))))
      : [el('tr', {}, el('td', { colspan: 8 }, '暂无小区 No communities here'))]));
}

/** The rows of the community list as shown, for its export. */
let tableRows = [];

/** The community list as shown, as an .xlsx workbook written here (cells are text or numbers, never formulas). */
function exportTable() {
  const header = ['预警 Warning', '小区 Community', '区 District', '街道 Street', '阶段 Stage', '批次年度 Batch year',
    '户 Households', '建筑面积 m²', '滞后节点 Late milestones', '未整改问题 Open findings', '计划资金（分）Planned (fen)',
    '到位资金（分）Received (fen)', '原因 Why'];
  const rows = tableRows.map((c) => [WARNINGS[c.warning][1], c.name, placeName(c.districtCode), placeName(c.streetCode),
    `${c.stageLabel.zh} ${c.stageLabel.en}`, c.batchYear == null ? '' : Number(c.batchYear), Number(c.households),
    Number(c.floorArea), Number(c.lateMilestones), Number(c.openFindings), Number(c.fundingPlanned),
    Number(c.fundingReceived), c.warnings.map((w) => `${w.label.zh} ${w.label.en}`).join('；')]);
  download('小区 Communities', '小区预警-communities', [header, ...rows]);
}

/** Rows as a one-sheet .xlsx file, downloaded as <file>-<year>.xlsx. */
function download(sheet, file, rows) {
  const link = $('export-link');
  link.href = URL.createObjectURL(new Blob([workbook(sheet, rows)],
    { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  link.download = `${file}-${$('year').value || 'all'}.xlsx`;
  link.click();
}

/**
 * A table as shown on the page (the late items, the ranking) as .xlsx: its cells' text, numbers as numbers.
 */
function exportShown(tableId, name) {
  const rows = [...$(tableId).querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => {
    const text = cell.textContent.trim();
    return cell.classList.contains('num') && /^-?[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : text;
  }));
  download(name, name, rows);
}

async function loadCommunity(year) {
  const id = encodeURIComponent(VIEW.community);
  const [c, overdue, timeline] = await Promise.all([
    api(`/api/plan/programme/communities/${id}`), api(`/api/plan/programme/overdue${year ? `?year=${year}` : ''}`),
    api(`/api/plan/programme/communities/${id}/timeline?size=200`)
  ]);
  // its plan's items (改造内容) and costs, where a plan has been drafted
  const plan = c.planId ? await api(`/api/plan/plans/${encodeURIComponent(c.planId)}`).catch(() => null) : null;
  crumbs({}, c);
  $('overview').hidden = true;
  $('community').hidden = false;
  const stages = Object.keys(STAGE_COLOURS);
  const at = stages.indexOf(c.stage);
  const late = overdue.filter((o) => o.communityId === c.id);
  $('community').replaceChildren(
    el('h2', { 'data-testid': 'community-name' }, c.name, ' ', warningBadge(c.warning)),
    el('p', {}, `${placeName(c.districtCode)} · ${placeName(c.streetCode)} · ${c.buildYear || '—'} 年建成 built · `
      + `${c.buildings} 栋 buildings · ${fmt(c.households)} 户 households · ${fmt(c.floorArea)} m²`
      + `${c.batchYear ? ` · ${c.batchYear} 年度批次 batch` : ''}`),
    el('ol', { class: 'steps', 'aria-label': '改造阶段 Stages' }, ...stages.map((s, i) => el('li',
      { class: i < at ? 'done' : i === at ? 'now' : 'todo', ...(i === at ? { 'aria-current': 'step' } : {}) },
      `${i + 1} ${i <= at ? '✔ ' : ''}${labelOf(s)}`))),
    el('h3', {}, '预警 Early warning'),
    c.warnings.length
      ? el('ul', { 'data-testid': 'community-warnings' }, ...c.warnings.map((w) => el('li', { 'data-reason': w.reason },
        warningBadge(w.level), ` ${w.label.zh} ${w.label.en}`)))
      : el('p', { 'data-testid': 'community-warnings' }, '无预警 Nothing to act on'),
    el('h3', {}, '改造内容 Plan items'),
    plan ? el('div', { class: 'scroll', tabindex: 0 }, el('table', { 'data-testid': 'plan-items' },
      el('tr', {}, el('th', {}, '项目 Item'), el('th', { class: 'num' }, '数量 Quantity'), el('th', { class: 'num' }, '万元')),
      ...plan.items.map((i) => el('tr', { 'data-code': i.code }, el('td', {}, `${i.labelZh} ${i.code}`),
        el('td', { class: 'num' }, `${fmt(i.quantity)} ${i.unit}`), el('td', { class: 'num' }, wan(i.cost)))),
      el('tr', {}, el('th', {}, `合计 Total · ${plan.statusLabel ? `${plan.statusLabel.zh} ${plan.statusLabel.en}` : plan.status}`),
        el('th', {}, ''), el('th', { class: 'num' }, wan(plan.totalCost)))))
      : el('p', {}, '尚无改造方案 No plan drafted yet'),
    el('h3', {}, '资金 Funding'),
    el('p', { 'data-testid': 'community-funding' }, `计划 planned ${wan(c.fundingPlanned)} 万元 · 到位 received `
      + `${wan(c.fundingReceived)} 万元 · 到位率 ${rate(c.fundingReceived, c.fundingPlanned)}`),
    el('h3', {}, '逾期与问题 Late and open'),
    el('p', {}, `滞后节点 late milestones ${c.lateMilestones} · 未整改问题 open findings ${c.openFindings}`),
    late.length ? el('ul', {}, ...late.map((o) => el('li', { 'data-what': o.what },
      `${WHAT[o.what] || o.what} × ${o.count} — ${DUTIES[o.responsible] || o.responsible}`))) : '',
    el('h3', {}, '居民满意度 Satisfaction'),
    el('p', {}, c.satisfaction == null ? '尚无评价 none published yet' : `${c.satisfaction} / 5`),
    el('h3', {}, '全过程记录 Timeline'),
    el('div', { class: 'scroll', tabindex: 0 }, el('table', { 'data-testid': 'timeline' },
      el('tr', {}, el('th', {}, '时间 When'), el('th', {}, '事件 What')),
      ...timeline.content.map((t) => el('tr', {}, el('td', {}, new Date(t.occurredAt).toLocaleString('zh-CN')),
        el('td', {}, t.type))))),
    el('p', {}, placeLink({ district: VIEW.district, street: VIEW.street }, '← 返回 Back to the list')));
  $('status').textContent = `已更新 Updated ${new Date().toLocaleTimeString('zh-CN')}`;
  $('status').dataset.state = 'community';
}

const STAGE_LABELS = {
  REGISTERED: '已登记 Registered', ELIGIBLE: '符合改造条件 Eligible', RESERVED: '已入储备库 In the reserve',
  PLANNED: '方案已报审 Plan submitted', APPROVED: '方案已批复 Plan approved', UNDER_CONSTRUCTION: '施工中 Under construction',
  ACCEPTED: '已竣工验收 Accepted', EVALUATED: '已综合考评 Evaluated', HANDED_OVER: '已移交 Handed over',
  LONG_TERM_MANAGEMENT: '长效管理 Long-term management'
};
const labelOf = (stage) => STAGE_LABELS[stage] || stage;

// ---- the street map (Apache ECharts, from the gateway's WebJar) ----

/** Street boundaries (GeoJSON, properties.code and .name): the operator's file; the demo ships sample ones. */
let boundaries;
const REGION_FILL = { RED: '#f6c6cc', AMBER: '#fbe3b0', GREEN: '#d3eedd' };
const POINT = { RED: ['diamond', '#b00020'], AMBER: ['triangle', '#8a5300'], GREEN: ['circle', '#1b6b45'] };

/**
 * Streets on their boundaries, each filled by its early warning (from the rankings) and labelled with its name and
 * the warning's word; communities as points whose shape and colour say their warning. A click on a street opens the
 * street, on a point the community; the tables below carry the same links for the keyboard.
 */
async function streetsMap(streetRanks, communities, year) {
  const box = $('streets-map');
  if (!window.echarts) {
    box.textContent = '地图组件未能加载 The map library did not load';
    return;
  }
  if (boundaries === undefined) {
    boundaries = await fetch('places.geojson').then((r) => (r.ok ? r.json() : null)).catch(() => null);
  }
  const levels = Object.fromEntries(streetRanks.map((r) => [r.code, r.warning]));
  const features = boundaries ? boundaries.features.filter((f) => f.properties.code in levels) : [];
  box.dataset.regions = JSON.stringify(Object.fromEntries(features.map((f) => [f.properties.code, levels[f.properties.code]])));
  if (!features.length) {
    echarts.getInstanceByDom(box)?.dispose();
    box.textContent = '未配置本地的街道边界（places.geojson） No street boundaries are configured for this place (places.geojson)';
    return;
  }
  box.textContent = '';
  echarts.registerMap('renewal-streets', { type: 'FeatureCollection',
    features: features.map((f) => ({ ...f, properties: { ...f.properties, name: f.properties.code } })) });
  const chart = echarts.getInstanceByDom(box) || echarts.init(box, null, { renderer: 'svg' });
  const located = communities.filter((c) => c.latitude != null && c.longitude != null);
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: (p) => echarts.format.encodeHTML(p.data && p.data.tip ? p.data.tip : placeName(p.name)) },
    geo: {
      map: 'renewal-streets', roam: false, selectedMode: false,
      label: { show: true, fontSize: 12, formatter: (p) => `${names[p.name] || p.name}\n${(WARNINGS[levels[p.name]] || ['', ''])[0]} ${(WARNINGS[levels[p.name]] || ['', ''])[1]}` },
      itemStyle: { borderColor: '#55606e', borderWidth: 1 },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#cfe3ee' } },
      regions: features.map((f) => ({ name: f.properties.code, itemStyle: { areaColor: REGION_FILL[levels[f.properties.code]] || '#e3e8ee' } }))
    },
    series: [{
      type: 'scatter', coordinateSystem: 'geo', symbolSize: 11,
      data: located.map((c) => ({ name: c.name, id: c.id, value: [Number(c.longitude), Number(c.latitude)],
        symbol: POINT[c.warning][0], itemStyle: { color: POINT[c.warning][1], borderColor: '#fff', borderWidth: 1 },
        tip: `${c.name} · ${WARNINGS[c.warning].join(' ')} · ${c.stageLabel.zh} ${c.stageLabel.en}` }))
    }]
  }, true);
  chart.off('click');
  chart.on('click', (p) => {
    if (p.componentType === 'geo') {
      location.assign(address(year, { district: VIEW.district, street: p.name, community: null }));
    } else if (p.data && p.data.id) {
      location.assign(address(year, { ...VIEW, community: p.data.id }));
    }
  });
}

window.addEventListener('resize', () => { const box = $('streets-map'); if (window.echarts && box) { echarts.getInstanceByDom(box)?.resize(); } });

// ---- a minimal .xlsx writer: one sheet, inline strings and numbers, in an uncompressed zip ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xFFFFFFFF;
  for (const b of bytes) {
    crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
  }
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

/** A zip archive of the files, stored (no compression), as the Office Open XML package format allows. */
function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  const u16 = (v) => [v & 0xFF, (v >>> 8) & 0xFF];
  const u32 = (v) => [v & 0xFF, (v >>> 8) & 0xFF, (v >>> 16) & 0xFF, (v >>> 24) & 0xFF];
  files.forEach(({ name, text }) => {
    const data = new TextEncoder().encode(text);
    const path = new TextEncoder().encode(name);
    const crc = crc32(data);
    const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length),
      ...u32(data.length), ...u16(path.length), ...u16(0)];
    const local = new Uint8Array([...u32(0x04034b50), ...common, ...path]);
    parts.push(local, data);
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0),
      ...u32(offset), ...path]));
    offset += local.length + data.length;
  });
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length),
    ...u32(size), ...u32(offset), ...u16(0)]);
  return new Blob([...parts, ...central, end]);
}

const xml = (text) => String(text).replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' }[ch]))
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

function workbook(sheetName, rows) {
  const column = (i) => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
  const sheet = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, i) => {
    const ref = `${column(i)}${r + 1}`;
    return typeof v === 'number' && Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(v)}</t></is></c>`;
  }).join('')}</row>`).join('');
  const ns = 'http://schemas.openxmlformats.org';
  return zip([
    { name: '[Content_Types].xml', text: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '</Types>' },
    { name: '_rels/.rels', text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>`
      + '</Relationships>' },
    { name: 'xl/workbook.xml', text: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" `
      + `xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName).slice(0, 31)}" sheetId="1" r:id="rId1"/>`
      + '</sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`
      + '</Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', text: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main">`
      + `<sheetData>${sheet}</sheetData></worksheet>` }
  ]);
}

/**
 * Wall-screen mode for the office's big screen (?wall=1 in the address): larger type, no buttons, the figures
 * refreshed every minute. The session still expires as the issuer says; the page then asks to sign in again.
 */
function wallScreen() {
  if (new URLSearchParams(location.search).get('wall') !== '1') {
    return;
  }
  document.body.classList.add('wall');
  document.body.dataset.refresh = '60';
  setInterval(() => load(), 60_000);
}

main().then(wallScreen).catch((e) => { $('status').textContent = `出错 Error: ${e.message}`; });
