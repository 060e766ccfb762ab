#!/usr/bin/env node
// A fake GitHub API for Release Desk's tests and benchmarks, on a loopback port.
//
// GraphQL requests are executed by graphql-js against GitHub's real published schema, over a data
// set the test provides, so a query GitHub would reject fails here too. It imitates GitHub's
// pagination (cursors, the 100-record limit), rate limits (headers, the rateLimit object, costs as
// GitHub documents them), authentication and scopes, and gzip. Faults are injected through
// /_fake/faults; /_fake/stats counts requests and points; /_fake/items changes the data.
//
// usage: node server.js --schema SCHEMA.graphql[.gz] --data DATA.json [--port N] [--tls-cert PEM --tls-key PEM]
'use strict';

const fs = require('fs');
const http = require('http');
const zlib = require('zlib');
const path = require('path');

function loadGraphQL() {
  const candidates = [process.env.GRAPHQL_JS_DIR, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean);
  for (const candidate of candidates) {
    try { return require(candidate); } catch (e) { /* next */ }
  }
  throw new Error('graphql-js not found: install node-graphql (Debian) or set GRAPHQL_JS_DIR');
}
const graphql = loadGraphQL();

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!args.schema || !args.data) {
  console.error('usage: node server.js --schema SCHEMA.graphql --data DATA.json [--port N]');
  process.exit(2);
}

// The schema is kept gzipped in the repository (tests/data/github/schema.graphql.gz).
const schemaBytes = fs.readFileSync(args.schema);
const schema = graphql.buildSchema((args.schema.endsWith('.gz') ? zlib.gunzipSync(schemaBytes) : schemaBytes).toString('utf8'),
  { assumeValidSDL: true });
let data = JSON.parse(fs.readFileSync(args.data, 'utf8'));

// ---------------------------------------------------------------------------------------------
// State: rate limits per token, faults, statistics.

const rateLimits = new Map();
function rateFor(token) {
  if (!rateLimits.has(token)) {
    const limit = (data.rateLimit && data.rateLimit.limit) || 5000;
    rateLimits.set(token, { limit, remaining: limit, used: 0, resetAt: Date.now() + 3600 * 1000 });
  }
  const rate = rateLimits.get(token);
  if (Date.now() >= rate.resetAt) {
    rate.remaining = rate.limit;
    rate.used = 0;
    rate.resetAt = Date.now() + 3600 * 1000;
  }
  return rate;
}

let faults = [];
let stats = freshStats();
function freshStats() {
  return { requests: 0, graphql: 0, points: 0, byOperation: {}, pageSizes: {}, faultsApplied: 0 };
}

// Every fault that matches this request and has uses left applies to it: at most one that
// answers instead of GitHub (status, secondary, malformed, cut, sso), plus any that alter the answer.
// abovePageSize: only requests asking for more than that many items ($pageSize), the way GitHub's
// gateway gives up on heavy pages and answers lighter ones.
function takeFaults(operation, path, variables) {
  const taken = [];
  for (const fault of faults) {
    if (fault.operation && fault.operation !== operation) continue;
    if (fault.match && !(path || '').includes(fault.match)) continue;
    if (fault.abovePageSize !== undefined && !((variables || {}).pageSize > fault.abovePageSize)) continue;
    if (fault.skip > 0) { fault.skip--; continue; }
    if (fault.times === 0) continue;
    if (fault.times > 0) fault.times--;
    stats.faultsApplied++;
    taken.push(fault);
  }
  return taken;
}

// ---------------------------------------------------------------------------------------------
// Data as GraphQL objects. Plain objects; functions are field resolvers taking the field's args.

function encodeCursor(index) { return Buffer.from('cursor:v2:' + index).toString('base64'); }
function decodeCursor(cursor) {
  const text = Buffer.from(cursor, 'base64').toString();
  const match = /^cursor:v2:(\d+)$/.exec(text);
  if (!match) throw new Error(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]);
}

function connection(list, args, fieldName) {
  const first = args.first;
  const last = args.last;
  if (first === undefined && last === undefined)
    throw new Error(`You must provide a \`first\` or \`last\` value to properly paginate the \`${fieldName}\` connection.`);
  const size = first !== undefined ? first : last;
  if (size > 100)
    throw new Error(`Requesting ${size} records on the \`${fieldName}\` connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of 100 records.`);
  let start = args.after ? decodeCursor(args.after) + 1 : 0;
  let end = args.before ? decodeCursor(args.before) : list.length;
  if (first !== undefined) end = Math.min(end, start + first);
  else start = Math.max(start, end - last);
  const slice = list.slice(start, end);
  return {
    totalCount: list.length,
    nodes: slice,
    edges: slice.map((node, i) => ({ node, cursor: encodeCursor(start + i) })),
    pageInfo: {
      hasNextPage: end < list.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? encodeCursor(start) : null,
      endCursor: slice.length ? encodeCursor(end - 1) : null,
    },
  };
}

function user(login) {
  if (!login) return null;
  const bot = login.endsWith('[bot]');
  return { __typename: bot ? 'Bot' : 'User', id: Buffer.from(`U:${login}`).toString('base64'), login, name: null,
    url: `https://github.com/${login}` };
}

function typeNameOfItemType(itemType) {
  // LABELED_EVENT -> LabeledEvent
  return itemType.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function byOrder(list, orderBy) {
  const sorted = list.slice();
  const field = orderBy ? orderBy.field : 'CREATED_AT';
  const key = { UPDATED_AT: 'updatedAt', CREATED_AT: 'createdAt', COMMENTS: 'number' }[field] || 'createdAt';
  // Ties broken by number, as a database would, so pagination is stable.
  sorted.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number));
  if (orderBy && orderBy.direction === 'DESC') sorted.reverse();
  return sorted;
}

function rollupState(contexts) {
  const states = contexts.map((c) => c.__typename === 'CheckRun'
    ? (c.status !== 'COMPLETED' ? 'PENDING' : (['SUCCESS', 'NEUTRAL', 'SKIPPED'].includes(c.conclusion) ? 'SUCCESS' : 'FAILURE'))
    : c.state);
  if (states.includes('FAILURE') || states.includes('ERROR')) return 'FAILURE';
  if (states.includes('PENDING') || states.includes('EXPECTED')) return 'PENDING';
  return 'SUCCESS';
}

function ciContextObject(c) {
  if (c.__typename === 'CheckRun')
    return { id: 'CR_' + c.name, url: c.detailsUrl || 'https://github.com/checks', ...c };
  return { id: 'SC_' + c.context, ...c };
}

function repoOf(fullName) {
  return data.repositories.find((r) => `${r.owner}/${r.name}`.toLowerCase() === String(fullName).toLowerCase());
}

function itemObject(repo, item) {
  const fullName = `${repo.owner}/${repo.name}`;
  const isPr = item.kind === 'PullRequest';
  const labelByName = new Map((repo.labels || []).map((l) => [l.name, l]));
  const object = {
    __typename: isPr ? 'PullRequest' : 'Issue',
    id: Buffer.from(`${isPr ? 'PR' : 'I'}:${fullName}#${item.number}`).toString('base64'),
    number: item.number,
    title: item.title,
    body: item.body || '',
    url: `https://github.com/${fullName}/${isPr ? 'pull' : 'issues'}/${item.number}`,
    state: item.state,
    stateReason: item.stateReason || null,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    closedAt: item.closedAt || null,
    mergedAt: item.mergedAt || null,
    isDraft: !!item.isDraft,
    baseRefName: item.baseRefName || 'master',
    headRefName: item.headRefName || 'feature',
    reviewDecision: item.reviewDecision || null,
    mergeable: item.mergeable || 'UNKNOWN',
    mergeStateStatus: item.mergeStateStatus || 'UNKNOWN',
    author: user(item.author),
    repository: { nameWithOwner: fullName },
    milestone: () => {
      const m = (repo.milestones || []).find((x) => x.number === item.milestone);
      return m ? { title: m.title, number: m.number } : null;
    },
    labels: (a) => connection((item.labels || []).map((name) => ({ id: Buffer.from(`L:${fullName}:${name}`).toString('base64'),
      description: null, ...(labelByName.get(name) || { name, color: 'ededed' }) })), a, 'labels'),
    assignees: (a) => connection((item.assignees || []).map(user), a, 'assignees'),
    closingIssuesReferences: (a) => connection((item.closes || []).map((c) => ({ __typename: 'Issue', number: c.number, repository: { nameWithOwner: c.repo } })), a, 'closingIssuesReferences'),
    reviews: (a) => connection((item.reviews || []).map((r) => ({ author: user(r.author), state: r.state, submittedAt: r.submittedAt })), a, 'reviews'),
    baseRef: () => {
      const required = (repo.protection || {})[item.baseRefName || 'master'];
      return { name: item.baseRefName, branchProtectionRule: required ? { requiredStatusCheckContexts: required } : null };
    },
    statusCheckRollup: () => {
      const contexts = (item.contexts || []).map(ciContextObject);
      if (!contexts.length) return null;
      return { state: rollupState(contexts), contexts: (a) => connection(contexts, a, 'contexts') };
    },
    // The head commit, as gh reads a pull request's checks: commits(last: 1) { nodes { commit { statusCheckRollup } } }.
    commits: (a) => connection([{ id: Buffer.from(`PRC:${fullName}#${item.number}`).toString('base64'), commit: {
      __typename: 'Commit', id: Buffer.from(`C:${fullName}#${item.number}`).toString('base64'), oid: '0'.repeat(40),
      statusCheckRollup: () => {
        const contexts = (item.contexts || []).map(ciContextObject);
        return contexts.length ? { state: rollupState(contexts), contexts: (b) => connection(contexts, b, 'contexts') } : null;
      } } }], a, 'commits'),
    // Comments as GitHub lists them, oldest first (the cherry-pick bot's replies are read from them).
    comments: (a) => connection((item.comments || []).map((c, i) => ({
      id: Buffer.from(`IC:${fullName}#${item.number}:${i + 1}`).toString('base64'),
      author: user(c.author), body: c.body, createdAt: c.createdAt || item.updatedAt,
      url: c.url || `https://github.com/${fullName}/${isPr ? 'pull' : 'issues'}/${item.number}#issuecomment-${i + 1}` })), a, 'comments'),
    timelineItems: (a) => {
      let events = (item.timeline || []).map((e) => ({
        ...e,
        actor: user(e.actor),
        label: e.label !== undefined ? { name: e.label } : undefined,
        source: e.source ? { __typename: e.source.kind || 'PullRequest', number: e.source.number, repository: { nameWithOwner: e.source.repo } } : undefined,
      }));
      if (a.itemTypes) {
        const wanted = new Set(a.itemTypes.map(typeNameOfItemType));
        events = events.filter((e) => wanted.has(e.__typename));
      }
      return connection(events, a, 'timelineItems');
    },
  };
  return object;
}

// A commit of a branch's history with its CI: branch.history lists commits newest first, each
// {oid, committedDate, runs: [CheckRun or StatusContext as in item contexts]}; a check run may
// appear more than once (re-runs). Like GitHub, checkRuns shows only the latest run of each name
// unless filterBy.checkType is ALL, and a commit's status shows one (the latest) per context.
function historyCommitObject(repo, commit) {
  const fullName = `${repo.owner}/${repo.name}`;
  const runs = commit.runs || [];
  const checkRuns = runs.filter((r) => r.__typename === 'CheckRun').map((r, i) => ({
    databaseId: r.databaseId || i + 1, name: r.name, status: r.status || 'COMPLETED', conclusion: r.conclusion || null,
    startedAt: r.startedAt || null, completedAt: r.completedAt || null, detailsUrl: r.detailsUrl || null }));
  const latest = (list, key) => Array.from(list.reduce((m, r) => m.set(r[key], r), new Map()).values());
  const statuses = latest(runs.filter((r) => r.__typename !== 'CheckRun'), 'context')
    .map((r) => ({ context: r.context, state: r.state, targetUrl: r.targetUrl || null, createdAt: r.createdAt || commit.committedDate }));
  return {
    __typename: 'Commit',
    oid: commit.oid,
    committedDate: commit.committedDate || '2026-01-01T00:00:00Z',
    url: `https://github.com/${fullName}/commit/${commit.oid}`,
    checkSuites: (a) => connection(checkRuns.length ? [{ checkRuns: (b) => connection(
      b.filterBy && b.filterBy.checkType === 'ALL' ? checkRuns : latest(checkRuns, 'name'), b, 'checkRuns') }] : [], a, 'checkSuites'),
    status: statuses.length ? { contexts: statuses } : null,
  };
}

function branchObject(repo, branchName) {
  const branch = (repo.branches || {})[branchName.replace(/^refs\/heads\//, '')];
  if (!branch) return null;
  const contexts = (branch.contexts || []).map(ciContextObject);
  // Without a history in the data set, the head alone is the history.
  const history = branch.history || [{ oid: branch.oid || '0'.repeat(40), committedDate: branch.committedDate, runs: branch.contexts || [] }];
  return {
    name: branchName.replace(/^refs\/heads\//, ''),
    branchProtectionRule: branch.required ? { requiredStatusCheckContexts: branch.required } : null,
    target: {
      __typename: 'Commit',
      oid: branch.oid || '0'.repeat(40),
      statusCheckRollup: contexts.length ? { state: rollupState(contexts), contexts: (a) => connection(contexts, a, 'contexts') } : null,
      history: (a) => connection(history.map((c) => historyCommitObject(repo, c)), a, 'history'),
    },
  };
}

// History for ranges: repo.commits is one line of commits, oldest first ({oid, prs: [numbers]});
// repo.tags maps tag names to oids; branches name their head oid. Enough for "commits after tag A
// up to branch B", which is all Release Desk asks.
function refOid(repo, name) {
  const short = String(name).replace(/^refs\/(heads|tags)\//, '');
  const branch = (repo.branches || {})[short];
  if (branch && !/^refs\/tags\//.test(name)) return branch.oid || '0'.repeat(40);
  const tag = (repo.tags || {})[short];
  return tag && !/^refs\/heads\//.test(name) ? tag : null;
}

function commitObject(repo, commit) {
  return {
    __typename: 'Commit',
    oid: commit.oid,
    associatedPullRequests: (a) => connection((commit.prs || [])
      .map((number) => repo.items.find((i) => i.number === number && i.kind === 'PullRequest'))
      .filter(Boolean).map((i) => itemObject(repo, i)), a, 'associatedPullRequests'),
  };
}

function compareObject(repo, baseOid, headRef) {
  const headOid = refOid(repo, headRef);
  if (!headOid) throw new Error(`Could not resolve to a Ref named '${headRef}'.`);
  const commits = repo.commits || [];
  const baseIndex = commits.findIndex((c) => c.oid === baseOid);
  const headIndex = commits.findIndex((c) => c.oid === headOid);
  if (baseIndex < 0 || headIndex < 0) return null;
  const ahead = commits.slice(baseIndex + 1, headIndex + 1);
  const behindBy = Math.max(0, baseIndex - headIndex);
  return {
    id: Buffer.from(`CMP:${baseOid}...${headOid}`).toString('base64'),
    status: ahead.length && behindBy ? 'DIVERGED' : ahead.length ? 'AHEAD' : behindBy ? 'BEHIND' : 'IDENTICAL',
    aheadBy: ahead.length,
    behindBy,
    commits: (a) => connection(ahead.map((c) => commitObject(repo, c)), a, 'commits'),
  };
}

function refObject(repo, qualifiedName) {
  const oid = refOid(repo, qualifiedName);
  if (!oid) return null;
  const short = String(qualifiedName).replace(/^refs\/(heads|tags)\//, '');
  const branch = (repo.branches || {})[short] && !/^refs\/tags\//.test(qualifiedName) ? branchObject(repo, qualifiedName) : null;
  const ref = branch || { name: short, branchProtectionRule: null, target: { __typename: 'Commit', oid, statusCheckRollup: null } };
  return { ...ref, compare: ({ headRef }) => compareObject(repo, oid, headRef) };
}

function repositoryObject(repo) {
  const fullName = `${repo.owner}/${repo.name}`;
  const items = (kind, milestone) => repo.items.filter((i) => i.kind === kind && (milestone === undefined || i.milestone === milestone));
  const filtered = (kind, a) => {
    const f = a.filterBy || {};
    const milestoneNumber = f.milestoneNumber !== undefined ? f.milestoneNumber
      : f.milestone !== undefined ? ((repo.milestones || []).find((m) => m.title === f.milestone || String(m.number) === String(f.milestone)) || {}).number
      : undefined;
    return repo.items.filter((i) => i.kind === kind
      && (!a.states || a.states.includes(i.state))
      && (!a.labels || a.labels.some((l) => (i.labels || []).includes(l)))
      && (!f.labels || f.labels.every((l) => (i.labels || []).includes(l)))
      && (milestoneNumber === undefined || (milestoneNumber === '*' ? i.milestone : String(i.milestone) === String(milestoneNumber)))
      && (!f.assignee || (i.assignees || []).includes(f.assignee))
      && (!f.createdBy || i.author === f.createdBy)
      && (!a.baseRefName || (i.baseRefName || 'master') === a.baseRefName)
      && (!a.headRefName || (i.headRefName || 'feature') === a.headRefName));
  };
  const milestoneObject = (m) => ({
    number: m.number,
    title: m.title,
    state: m.state || 'OPEN',
    dueOn: m.dueOn || null,
    issues: (a) => connection(byOrder(items('Issue', m.number), a.orderBy).map((i) => itemObject(repo, i)), a, 'issues'),
    pullRequests: (a) => connection(byOrder(items('PullRequest', m.number), a.orderBy).map((i) => itemObject(repo, i)), a, 'pullRequests'),
  });
  return {
    __typename: 'Repository',
    nameWithOwner: fullName,
    name: repo.name,
    ref: ({ qualifiedName }) => refObject(repo, qualifiedName),
    milestone: ({ number }) => {
      const m = (repo.milestones || []).find((x) => x.number === number);
      return m ? milestoneObject(m) : null;
    },
    hasIssuesEnabled: true,
    // The repository's lists as gh pages through them: states, labels, milestone and people filters.
    issues: (a) => connection(byOrder(filtered('Issue', a), a.orderBy).map((i) => itemObject(repo, i)), a, 'issues'),
    pullRequests: (a) => connection(byOrder(filtered('PullRequest', a), a.orderBy).map((i) => itemObject(repo, i)), a, 'pullRequests'),
    milestones: (a) => connection((repo.milestones || []).filter((m) => !a.states || a.states.includes(m.state || 'OPEN')).map(milestoneObject), a, 'milestones'),
    labels: (a) => connection((repo.labels || []).map((l) => ({ description: null, ...l })), a, 'labels'),
  };
}

function nodeById(id) {
  const text = Buffer.from(id, 'base64').toString();
  const match = /^(PR|I):(.+)#(\d+)$/.exec(text);
  if (!match) return null;
  const repo = repoOf(match[2]);
  const item = repo && repo.items.find((i) => i.number === Number(match[3]));
  return item ? itemObject(repo, item) : null;
}

function fieldResolver(source, fieldArgs, context, info) {
  const value = source[info.fieldName];
  return typeof value === 'function' ? value(fieldArgs) : value;
}

// GitHub's documented cost: the number of requests needed to fulfil each connection (the product
// of the page sizes above it), summed, divided by 100, at least 1.
function queryCost(document, variables, operationName) {
  const fragments = {};
  for (const def of document.definitions) if (def.kind === 'FragmentDefinition') fragments[def.name.value] = def;
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition' && (!operationName || (d.name && d.name.value === operationName)));
  let requests = 0;
  const argValue = (node) => {
    if (!node) return undefined;
    if (node.kind === 'Variable') return variables[node.name.value];
    if (node.kind === 'IntValue') return Number(node.value);
    return undefined;
  };
  const skipped = (node) => (node.directives || []).some((d) => {
    const arg = d.arguments.find((a) => a.name.value === 'if');
    const value = arg && (arg.value.kind === 'Variable' ? variables[arg.value.name.value] : arg.value.value);
    return (d.name.value === 'include' && !value) || (d.name.value === 'skip' && value);
  });
  const walk = (selectionSet, multiplier) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (skipped(selection)) continue;
      if (selection.kind === 'FragmentSpread') { walk(fragments[selection.name.value].selectionSet, multiplier); continue; }
      if (selection.kind === 'InlineFragment') { walk(selection.selectionSet, multiplier); continue; }
      const sizeArg = (selection.arguments || []).find((a) => a.name.value === 'first' || a.name.value === 'last');
      if (sizeArg) {
        requests += multiplier;
        walk(selection.selectionSet, multiplier * (argValue(sizeArg.value) || 1));
      } else {
        walk(selection.selectionSet, multiplier);
      }
    }
  };
  walk(operation && operation.selectionSet, 1);
  return Math.max(1, Math.round(requests / 100));
}

// ---------------------------------------------------------------------------------------------
// HTTP.

function send(req, res, status, body, headers = {}) {
  let payload = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const allHeaders = { 'Content-Type': 'application/json; charset=utf-8', ...headers };
  if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && payload.length > 512) {
    payload = zlib.gzipSync(payload);
    allHeaders['Content-Encoding'] = 'gzip';
  }
  allHeaders['Content-Length'] = payload.length;
  res.writeHead(status, allHeaders);
  res.end(payload);
}

function rateHeaders(rate) {
  return {
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Used': String(rate.used),
    'X-RateLimit-Reset': String(Math.ceil(rate.resetAt / 1000)),
    'X-RateLimit-Resource': 'graphql',
  };
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function authenticate(req) {
  const header = req.headers.authorization || '';
  const match = /^(?:bearer|token)\s+(.+)$/i.exec(header);
  if (!match) return null;
  const tokens = data.tokens || {};
  return tokens[match[1]] ? { token: match[1], ...tokens[match[1]] } : null;
}

async function handleControl(req, res, url) {
  const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {};
  if (url.pathname === '/_fake/faults') {
    faults = (body.faults || []).map((f) => ({ times: 1, skip: 0, ...f }));
    return send(req, res, 200, { ok: true });
  }
  if (url.pathname === '/_fake/stats') {
    const result = stats;
    if (req.method === 'POST' && body.reset) stats = freshStats();
    return send(req, res, 200, result);
  }
  if (url.pathname === '/_fake/rate') {
    // {token, remaining, resetIn}
    const rate = rateFor(body.token);
    if (body.remaining !== undefined) rate.remaining = body.remaining;
    if (body.resetIn !== undefined) rate.resetAt = Date.now() + body.resetIn * 1000;
    return send(req, res, 200, rate);
  }
  if (url.pathname === '/_fake/items') {
    // {repo: "owner/name", items: [...]} upserts by number; {repo, remove: true} deletes the repository
    const repo = repoOf(body.repo);
    if (!repo) return send(req, res, 404, { message: 'no such repository' });
    if (body.remove) {
      data.repositories = data.repositories.filter((r) => r !== repo);
      return send(req, res, 200, { ok: true });
    }
    for (const item of body.items || []) {
      const index = repo.items.findIndex((i) => i.number === item.number);
      if (index >= 0) repo.items[index] = { ...repo.items[index], ...item };
      else repo.items.push(item);
    }
    if (body.branches) repo.branches = { ...(repo.branches || {}), ...body.branches };
    if (body.tags) repo.tags = { ...(repo.tags || {}), ...body.tags };
    if (body.commits) repo.commits = [...(repo.commits || []), ...body.commits];
    return send(req, res, 200, { ok: true });
  }
  if (url.pathname === '/_fake/item') {
    const repo = repoOf(url.searchParams.get('repo'));
    const item = repo && repo.items.find((i) => i.number === Number(url.searchParams.get('number')));
    return item ? send(req, res, 200, item) : send(req, res, 404, { message: 'no such item' });
  }
  if (url.pathname === '/_fake/releases') {
    // {repo, releases?: [...]}: seeds the repository's releases when given; answers {releases}.
    const repo = repoOf(body.repo);
    if (!repo) return send(req, res, 404, { message: 'no such repository' });
    if (body.releases) repo.releases = body.releases;
    return send(req, res, 200, { releases: repo.releases || [] });
  }
  if (url.pathname === '/_fake/data') {
    data = body;
    return send(req, res, 200, { ok: true });
  }
  return send(req, res, 404, { message: 'unknown control endpoint' });
}

async function handleGraphQL(req, res) {
  const text = await readBody(req);
  let request;
  try {
    request = JSON.parse(text);
  } catch (e) {
    return send(req, res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' });
  }
  const auth = authenticate(req);
  if (!auth) {
    return send(req, res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' });
  }
  const operation = request.operationName || 'anonymous';
  stats.graphql++;
  stats.byOperation[operation] = (stats.byOperation[operation] || 0) + 1;
  const pageSize = request.variables && request.variables.pageSize;
  if (pageSize !== undefined) (stats.pageSizes[operation] = stats.pageSizes[operation] || []).push(pageSize);
  const rate = rateFor(auth.token);
  const baseHeaders = { 'X-OAuth-Scopes': auth.scopes || '', 'X-GitHub-Request-Id': `FAKE:${stats.requests}` };
  if (auth.sso) baseHeaders['X-GitHub-SSO'] = `required; url=https://github.com/orgs/${auth.sso}/sso?authorization_request=FAKE`;

  const taken = takeFaults(operation, undefined, request.variables);
  const delay = taken.reduce((sum, f) => sum + (f.delayMs || 0), 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  const terminal = ['status', 'secondary', 'malformed', 'cut', 'sso', 'queryTimeout'];
  const fault = taken.find((f) => terminal.includes(f.type));
  const alterations = taken.filter((f) => !terminal.includes(f.type));
  if (fault) {
    switch (fault.type) {
      case 'status':
        return send(req, res, fault.status, fault.body || { message: 'Server Error' }, { ...baseHeaders, ...rateHeaders(rate) });
      case 'queryTimeout':
        // GitHub's answer to a query that ran too long: 200, no data, this message.
        return send(req, res, 200, { data: null, errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:0` when reporting this issue.' }] }, { ...baseHeaders, ...rateHeaders(rate) });
      case 'secondary':
        return send(req, res, fault.status || 403, {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        }, { ...baseHeaders, ...rateHeaders(rate), 'Retry-After': String(fault.retryAfter || 1) });
      case 'malformed': {
        const body = '{"data":{"repository":{"nameWithOwner":"x","milestone":{"issues":{"nodes":[{"title":"cut';
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...baseHeaders });
        return res.end(body);
      }
      case 'cut': {
        // Promise a long body, send part of it, then drop the connection.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 100000, ...baseHeaders });
        res.write('{"data":{"rateLimit":{"cost":1');
        return setTimeout(() => res.socket.destroy(), 20);
      }
      case 'notFound':
        break; // handled below by hiding the repository
      case 'delay':
        break;
      case 'sso':
        return send(req, res, 403, { message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.' },
          { ...baseHeaders, 'X-GitHub-SSO': `required; url=https://github.com/orgs/${fault.org || 'kubesphere'}/sso?authorization_request=FAKE` });
      default:
        break;
    }
  }

  let document;
  try {
    document = graphql.parse(request.query);
  } catch (e) {
    return send(req, res, 200, { errors: [{ message: e.message, locations: e.locations }] }, baseHeaders);
  }
  const validation = graphql.validate(schema, document);
  if (validation.length)
    return send(req, res, 200, { errors: validation.map((e) => ({ message: e.message, locations: e.locations })) }, baseHeaders);

  const variables = request.variables || {};
  const cost = queryCost(document, variables, request.operationName);
  if (rate.remaining < cost) {
    rate.remaining = 0;
    return send(req, res, 200, {
      errors: [{ type: 'RATE_LIMITED', message: `API rate limit already exceeded for user ID 1.` }],
    }, { ...baseHeaders, ...rateHeaders(rate) });
  }
  rate.remaining -= cost;
  rate.used += cost;
  stats.points += cost;

  const hiddenRepository = alterations.some((f) => f.type === 'notFound');
  const root = {
    viewer: () => ({
      __typename: 'User',
      login: auth.login || (data.viewer && data.viewer.login) || 'octocat',
      name: (data.viewer && data.viewer.name) || null,
      repositories: (a) => connection(data.repositories.map((r) => ({ nameWithOwner: `${r.owner}/${r.name}` })), a, 'repositories'),
    }),
    rateLimit: () => ({ cost, limit: rate.limit, remaining: rate.remaining, used: rate.used, nodeCount: 0, resetAt: new Date(rate.resetAt).toISOString().replace(/\.\d+Z$/, 'Z') }),
    repository: ({ owner, name }) => {
      const repo = hiddenRepository ? null : repoOf(`${owner}/${name}`);
      if (!repo) {
        const error = new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
        error.extensions = { type: 'NOT_FOUND' };
        throw error;
      }
      return repositoryObject(repo);
    },
    node: ({ id }) => nodeById(id),
  };
  const result = await graphql.execute({ schema, document, rootValue: root, variableValues: variables, operationName: request.operationName, fieldResolver });
  const body = { data: result.data };
  if (result.errors) {
    body.errors = result.errors.map((e) => ({ type: (e.originalError && e.originalError.extensions && e.originalError.extensions.type) || undefined, message: e.message, path: e.path, locations: e.locations }));
  }
  for (const nullNode of alterations.filter((f) => f.type === 'nullNode')) {
    // GitHub's partial failure: one node null, an error naming its path, the rest intact.
    const fault = nullNode;
    const milestone = body.data && body.data.repository && body.data.repository.milestone;
    const list = milestone && milestone[fault.connection] && milestone[fault.connection].nodes;
    if (list && list.length > fault.index) {
      list[fault.index] = null;
      body.errors = (body.errors || []).concat([{ message: 'Something went wrong while executing your query. This may be the result of a timeout.', path: ['repository', 'milestone', fault.connection, 'nodes', fault.index] }]);
    }
  }
  let json = Buffer.from(JSON.stringify(body));
  for (const rewrite of alterations.filter((f) => f.type === 'rewrite')) {
    // toHex gives raw bytes, for what JSON.stringify cannot produce (invalid UTF-8).
    const replacement = rewrite.toHex !== undefined ? Buffer.from(rewrite.toHex, 'hex') : Buffer.from(rewrite.to);
    const parts = [];
    let start = 0;
    for (let at = json.indexOf(rewrite.from); at >= 0; at = json.indexOf(rewrite.from, start)) {
      parts.push(json.subarray(start, at), replacement);
      start = at + Buffer.byteLength(rewrite.from);
    }
    parts.push(json.subarray(start));
    json = Buffer.concat(parts);
  }
  return send(req, res, 200, json, { ...baseHeaders, ...rateHeaders(rate) });
}

// REST writes the app uses for triage: labels, milestone, state, assignees, comments.
async function handleRest(req, res, url) {
  const text = await readBody(req);
  const auth = authenticate(req);
  if (!auth) return send(req, res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  const rate = rateFor(auth.token);
  const headers = { 'X-OAuth-Scopes': auth.scopes || '', ...rateHeaders(rate) };
  const path = url.pathname.replace(/^\/api\/v3/, '');
  const taken = takeFaults('REST', `${req.method} ${path}`);
  const fault = taken.find((f) => f.type === 'status');
  if (fault) return send(req, res, fault.status, fault.body || { message: 'Fault' }, headers);
  if (taken.find((f) => f.type === 'secondary'))
    return send(req, res, 403, { message: 'You have exceeded a secondary rate limit.' }, { ...headers, 'Retry-After': '60' });
  const scopes = (auth.scopes || '').split(',').map((x) => x.trim()).filter(Boolean);
  if (scopes.length && !scopes.includes('repo') && !scopes.includes('public_repo'))
    return send(req, res, 403, { message: 'Resource not accessible by personal access token' }, headers);
  const releases = /^\/repos\/([^/]+)\/([^/]+)\/releases(?:\/(\d+))?$/.exec(path);
  if (releases) return handleReleases(req, res, releases, text, auth, rate, headers);
  const create = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(path);
  if (create && req.method === 'POST') {
    // A new issue, numbered after every item of the repository.
    const repo = repoOf(`${create[1]}/${create[2]}`);
    if (!repo) return send(req, res, 404, { message: 'Not Found' }, headers);
    let body = {};
    try { body = text ? JSON.parse(text) : {}; } catch (e) { return send(req, res, 400, { message: 'Problems parsing JSON' }, headers); }
    if (!body.title) return send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] }, headers);
    rate.remaining = Math.max(0, rate.remaining - 1);
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const number = repo.items.reduce((max, i) => Math.max(max, i.number), 0) + 1;
    repo.items.push({ kind: 'Issue', number, title: body.title, body: body.body || '', state: 'OPEN', labels: body.labels || [],
      author: auth.login, createdAt: now, updatedAt: now });
    return send(req, res, 201, { number, title: body.title, html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${number}` }, headers);
  }
  const match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)(?:\/(labels|assignees|comments)(?:\/(.+))?)?$/.exec(path);
  if (!match) return send(req, res, 404, { message: 'Not Found' }, headers);
  const repo = repoOf(`${match[1]}/${match[2]}`);
  const item = repo && repo.items.find((i) => i.number === Number(match[3]));
  if (!item) return send(req, res, 404, { message: 'Not Found' }, headers);
  let body = {};
  try { body = text ? JSON.parse(text) : {}; } catch (e) { return send(req, res, 400, { message: 'Problems parsing JSON' }, headers); }
  rate.remaining = Math.max(0, rate.remaining - 1);
  const touch = () => { item.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z'); };
  const sub = match[4];
  if (sub === 'labels' && req.method === 'POST') {
    item.labels = Array.from(new Set([...(item.labels || []), ...(body.labels || [])]));
    touch();
    return send(req, res, 200, item.labels.map((name) => ({ name })), headers);
  }
  if (sub === 'labels' && req.method === 'DELETE') {
    const name = decodeURIComponent(match[5] || '');
    if (!(item.labels || []).includes(name)) return send(req, res, 404, { message: 'Label does not exist' }, headers);
    item.labels = item.labels.filter((l) => l !== name);
    touch();
    return send(req, res, 200, item.labels.map((n) => ({ name: n })), headers);
  }
  if (sub === 'assignees') {
    const logins = body.assignees || [];
    item.assignees = req.method === 'POST' ? Array.from(new Set([...(item.assignees || []), ...logins]))
      : (item.assignees || []).filter((l) => !logins.includes(l));
    touch();
    return send(req, res, req.method === 'POST' ? 201 : 200, { number: item.number, assignees: item.assignees.map((login) => ({ login })) }, headers);
  }
  if (sub === 'comments' && req.method === 'POST') {
    if (!body.body) return send(req, res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing_field' }] }, headers);
    item.comments = [...(item.comments || []), { author: auth.login, body: body.body, createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }];
    touch();
    return send(req, res, 201, { id: item.comments.length, body: body.body }, headers);
  }
  if (!sub && req.method === 'PATCH') {
    if ('milestone' in body) {
      if (body.milestone !== null && !(repo.milestones || []).some((m) => m.number === body.milestone))
        return send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'milestone', code: 'invalid' }] }, headers);
      item.milestone = body.milestone;
    }
    if (body.state) {
      item.state = body.state === 'closed' ? (item.state === 'MERGED' ? 'MERGED' : 'CLOSED') : 'OPEN';
      item.closedAt = body.state === 'closed' ? new Date().toISOString() : null;
    }
    touch();
    return send(req, res, 200, { number: item.number, state: item.state }, headers);
  }
  return send(req, res, 404, { message: 'Not Found' }, headers);
}

// Releases as GitHub keeps them: drafts are listed only to writers, tags need not exist for drafts.
// {repo}.releases may be seeded through /_fake/data; /_fake/item-free inspection goes through /_fake/data.
function handleReleases(req, res, match, text, auth, rate, headers) {
  const repo = repoOf(`${match[1]}/${match[2]}`);
  if (!repo) return send(req, res, 404, { message: 'Not Found' }, headers);
  repo.releases = repo.releases || [];
  const webBase = `https://github.com/${repo.owner}/${repo.name}`;
  const view = (r) => ({ id: r.id, tag_name: r.tag_name, name: r.name, body: r.body, draft: r.draft,
    prerelease: r.prerelease === true, created_at: r.created_at || '2024-01-01T00:00:00Z',
    target_commitish: r.target_commitish, html_url: `${webBase}/releases/${r.draft ? 'untagged-' + r.id : 'tag/' + r.tag_name}` });
  rate.remaining = Math.max(0, rate.remaining - 1);
  if (req.method === 'GET' && !match[3]) return send(req, res, 200, repo.releases.map(view), headers);
  let body = {};
  try { body = text ? JSON.parse(text) : {}; } catch (e) { return send(req, res, 400, { message: 'Problems parsing JSON' }, headers); }
  if (req.method === 'POST' && !match[3]) {
    if (!body.tag_name) return send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'Release', field: 'tag_name', code: 'missing_field' }] }, headers);
    if (repo.releases.some((r) => r.tag_name === body.tag_name && !r.draft))
      return send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] }, headers);
    const release = { id: 1000 + repo.releases.length + 1, tag_name: body.tag_name, name: body.name || '', body: body.body || '',
      draft: body.draft === true, target_commitish: body.target_commitish || 'master', author: auth.login };
    repo.releases.push(release);
    return send(req, res, 201, view(release), headers);
  }
  if (req.method === 'PATCH' && match[3]) {
    const release = repo.releases.find((r) => r.id === Number(match[3]));
    if (!release) return send(req, res, 404, { message: 'Not Found' }, headers);
    for (const key of ['tag_name', 'name', 'body', 'draft', 'target_commitish']) if (key in body) release[key] = body[key];
    return send(req, res, 200, view(release), headers);
  }
  return send(req, res, 404, { message: 'Not Found' }, headers);
}

async function handle(req, res) {
  stats.requests++;
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname.startsWith('/_fake/')) return await handleControl(req, res, url);
    if (req.method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql')) return await handleGraphQL(req, res);
    if (url.pathname.startsWith('/api/v3/repos/') || url.pathname.startsWith('/repos/')) return await handleRest(req, res, url);
    return send(req, res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  } catch (e) {
    console.error(e);
    return send(req, res, 500, { message: String(e && e.message) });
  }
}

const server = http.createServer(handle);
server.keepAliveTimeout = 30000;
server.listen(Number(args.port || 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
  // The same data over TLS, for clients that only speak https to a GitHub Enterprise host (gh).
  if (args['tls-cert'] && args['tls-key']) {
    const https = require('https');
    const secure = https.createServer({ cert: fs.readFileSync(args['tls-cert']), key: fs.readFileSync(args['tls-key']) }, handle);
    secure.keepAliveTimeout = 30000;
    secure.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING_TLS ${secure.address().port}\n`));
  }
});
process.on('SIGTERM', () => process.exit(0));
