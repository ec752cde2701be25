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
  ['households', '户 Households', 1], ['floorArea', '建筑面积 m²', 1]
];
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

let config;

async function main() {
  config = await (await fetch('config.json')).json();
  $('login').onclick = signIn;
  $('logout').onclick = () => { sessionStorage.removeItem('renewal.token'); location.replace(location.pathname); };
  const params = new URLSearchParams(location.search);
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
  const claims = JSON.parse(new TextDecoder().decode(base64UrlBytes(token.split('.')[1])));
  $('who').textContent = `${claims.sub} · ${(claims.roles || []).join(', ')} · ${claims.district || claims.city || ''}`;
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
  await load();
}

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
    sessionStorage.removeItem('renewal.token');
    sessionStorage.setItem('renewal.expired', '1');
    location.replace(location.pathname + location.search);
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

/** The page's address for a year, keeping the wall-screen switch. */
function address(year) {
  const q = new URLSearchParams();
  if (year) {
    q.set('year', year);
  }
  if (new URLSearchParams(location.search).get('wall') === '1' || sessionStorage.getItem('renewal.wall')) {
    q.set('wall', '1');
  }
  return q.toString() ? `?${q}` : location.pathname;
}

/** The statistical return (.xlsx) of the year shown, downloaded with the signed-in caller's token. */
async function exportReturn() {
  const year = $('year').value;
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
  const q = year ? `?year=${year}` : '';
  $('status').textContent = '加载中… Loading…';
  $('status').className = '';
  try {
    const [overview, overdue, communities] = await Promise.all([
      api(`/api/plan/programme/overview${q}`), api(`/api/plan/programme/overdue${q}`), allCommunities(year)
    ]);
    // a district compares its streets; the city its districts
    const by = overview.districtCode ? 'street' : 'district';
    const rankings = await api(`/api/plan/programme/rankings?by=${by}${year ? `&year=${year}` : ''}`).catch(() => []);
    const noProgramme = Boolean(year) && !overview.targets && overview.districtCode != null;
    targets(overview);
    burnUp(overview);
    funnel(overview);
    map(communities);
    funding(overview);
    late(overdue, noProgramme);
    ranking(rankings, by);
    $('status').textContent = noProgramme
      ? `${year} 年度尚未下达改造计划：以下数字为零并不表示已完成。 No programme has been set for ${year}: `
        + 'the zeros below do not mean the work is done.'
      : `已更新 Updated ${new Date().toLocaleTimeString('zh-CN')}`;
    $('status').dataset.state = noProgramme ? 'no-programme' : 'loaded';
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('status').textContent = `无法加载 Could not load: ${e.message}`;
    $('status').className = 'error';
  }
}

async function allCommunities(year) {
  const all = [];
  for (let page = 0; page < 1000; page++) {
    const p = await api(`/api/plan/programme/communities?size=200&page=${page}${year ? `&year=${year}` : ''}`);
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

function targets(overview) {
  const accepted = stageOf(overview, 'ACCEPTED');
  const started = stageOf(overview, 'UNDER_CONSTRUCTION');
  $('targets').replaceChildren(...UNITS.map(([key, label]) => {
    const target = overview.targets ? Number(overview.targets[key]) : null;
    const done = Number(accepted[key]);
    const percent = target ? Math.min(100, (100 * done) / target) : 0;
    return el('div', { class: 'card', 'data-unit': key },
      el('div', { class: 'unit' }, label),
      el('div', { class: 'value', 'data-testid': `accepted-${key}` }, fmt(done)),
      el('div', { class: 'of' }, target === null ? `已开工 started ${fmt(started[key])}`
        : `目标 target ${fmt(target)} · 已开工 started ${fmt(started[key])}`),
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
  svg.append(el('svg:line', { x1: 40, y1: 230, x2: 500, y2: 230, stroke: '#889' }),
    el('svg:line', { x1: 40, y1: 30, x2: 40, y2: 230, stroke: '#889' }),
    el('svg:text', { x: 4, y: 34, 'font-size': 11 }, String(top)),
    el('svg:text', { x: 40, y: 248, 'font-size': 11 }, start.toISOString().slice(0, 10)),
    el('svg:text', { x: 430, y: 248, 'font-size': 11 }, end.toISOString().slice(0, 10)));
  if (target) {
    svg.append(el('svg:line', { x1: 40, y1: y(target), x2: 500, y2: y(target), stroke: '#e76f51', 'stroke-dasharray': '5 4',
      'data-testid': 'burnup-target', 'data-value': target }),
    el('svg:text', { x: 44, y: y(target) - 4, 'font-size': 11, fill: '#e76f51' }, `目标 target ${target}`));
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
      el('th', { class: 'num' }, 'm²'), el('th', { class: 'barcell' }, '')),
    ...overview.stages.map((s) => el('tr', { 'data-stage': s.stage },
      el('td', {}, `${s.label.zh} ${s.label.en}`),
      el('td', { class: 'num', 'data-testid': `funnel-${s.stage}` }, String(s.communities)),
      el('td', { class: 'num' }, fmt(s.households)),
      el('td', { class: 'num' }, fmt(s.floorArea)),
      el('td', { class: 'barcell' }, el('div', { class: 'hbar', style: `width:${(100 * s.communities) / first}%;background:${STAGE_COLOURS[s.stage]}` })))));
}

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
    const dot = el('svg:circle', { cx: x(Number(c.longitude)), cy: y(Number(c.latitude)), r: 6,
      fill: STAGE_COLOURS[c.stage], stroke: '#fff', 'data-stage': c.stage, 'data-community': c.id, tabindex: 0,
      'aria-label': `${c.name} · ${c.stageLabel.zh} ${c.stageLabel.en}` });
    dot.append(el('svg:title', {}, `${c.name} · ${c.stageLabel.zh} ${c.stageLabel.en} · ${c.households} 户`));
    svg.append(dot);
  });
  svg.append(el('svg:text', { x: 8, y: 16, 'font-size': 11, fill: '#55606e', 'data-testid': 'map-count',
    'data-value': placed.length }, `${placed.length} / ${communities.length} 个小区有坐标 located`));
  const present = [...new Set(communities.map((c) => c.stage))];
  $('legend').replaceChildren(...Object.keys(STAGE_COLOURS).filter((s) => present.includes(s)).map((s) => {
    const c = communities.find((x) => x.stage === s);
    return el('span', { style: `--c:${STAGE_COLOURS[s]}` }, `${c.stageLabel.zh} ${communities.filter((x) => x.stage === s).length}`);
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
      el('td', {}, o.name || o.communityId), el('td', {}, WHAT[o.what] || o.what),
      el('td', { class: 'num' }, String(o.count)), el('td', {}, DUTIES[o.responsible] || o.responsible)))
      : [el('tr', {}, el('td', { colspan: 4 }, noProgramme ? '本年度无计划，无从逾期 No programme this year, so nothing can be late'
        : '无逾期事项 Nothing is late'))]));
}

function ranking(rows, by) {
  $('ranking-title').firstChild.textContent = by === 'street' ? '街道排名 Streets compared ' : '区县排名 Districts compared ';
  $('ranking').replaceChildren(
    el('tr', {}, el('th', { class: 'num' }, '名次 Rank'), el('th', {}, by === 'street' ? '街道 Street' : '区县 District'),
      el('th', { class: 'num' }, '小区 Communities'), el('th', { class: 'num' }, '已移交 Handed over'),
      el('th', { class: 'num' }, '进度 Progress')),
    ...(rows.length ? rows.map((r) => el('tr', { 'data-code': r.code || '' },
      el('td', { class: 'num' }, String(r.rank)), el('td', {}, r.code || '—'),
      el('td', { class: 'num' }, String(r.communities)), el('td', { class: 'num' }, String(r.handedOver)),
      el('td', { class: 'num' }, r.progress == null ? '—' : `${Number(r.progress).toFixed(1)}%`)))
      : [el('tr', {}, el('td', { colspan: 5 }, '暂无可比较的数据 Nothing to compare yet'))]));
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
