#!/usr/bin/env node
// Captures the fake GitHub's answers to every query the client sends, over the small data set in
// tests/data/github/pages/dataset.json, into tests/data/github/pages/<Operation>.json: the pages the
// parser golden tests (tst_githubparsers) read. Run from the source tree, in the build root:
//   node tests/tools/capture-pages.mjs
// then review the pages and update the golden files (RELEASEDESK_UPDATE_GOLDEN=1 tst_githubparsers).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const pages = 'tests/data/github/pages';
const api = 'models/api/graphql';
const server = spawn('node', ['tests/fakegithub/server.js', '--schema', 'tests/data/github/schema.graphql.gz',
  '--data', `${pages}/dataset.json`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.on('data', (chunk) => {
  const match = /LISTENING (\d+)/.exec(String(chunk));
  if (match) resolve(match[1]);
}));

// As GraphQLDocuments::assemble does: the operation and the shared fragments it needs, transitively.
const shared = readFileSync(`${api}/fragments.graphql`, 'utf8');
const fragments = new Map();
for (const block of shared.split(/^(?=fragment\s)/m)) {
  const match = /^fragment\s+(\w+)/.exec(block);
  if (match) fragments.set(match[1], block.trim());
}
function assemble(operation) {
  const text = readFileSync(`${api}/${operation}.graphql`, 'utf8');
  const needed = new Set();
  const visit = (source) => {
    for (const [, name] of source.matchAll(/\.\.\.(\w+)/g)) {
      if (fragments.has(name) && !needed.has(name) && !new RegExp(`fragment\\s+${name}\\b`).test(text)) {
        needed.add(name);
        visit(fragments.get(name));
      }
    }
  };
  visit(text);
  return [text, ...[...needed].map((name) => fragments.get(name))].join('\n');
}

async function capture(file, operation, variables) {
  const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { authorization: 'bearer ghp_pages', 'content-type': 'application/json' },
    body: JSON.stringify({ query: assemble(operation), operationName: operation, variables }),
  });
  const body = await answer.json();
  if (body.data && body.data.rateLimit) body.data.rateLimit.resetAt = '2026-12-01T12:00:00Z';
  writeFileSync(`${pages}/${file}.json`, JSON.stringify(body, null, 1) + '\n');
}

const repo = { owner: 'kubesphere', name: 'console' };
const heads = { releaseBranch: 'refs/heads/release-4.1', mainBranch: 'refs/heads/master' };
await capture('ReleaseItems', 'ReleaseItems', { ...repo, ...heads, milestone: 42, pageSize: 2, withIssues: true,
  withPullRequests: true, withBranches: true });
await capture('ReleaseItems-missing-milestone', 'ReleaseItems', { ...repo, ...heads, milestone: 99, pageSize: 2,
  withIssues: true, withPullRequests: true, withBranches: false });
await capture('ReleaseItems-missing-repository', 'ReleaseItems', { owner: 'kubesphere', name: 'gone', ...heads,
  milestone: 42, pageSize: 2, withIssues: true, withPullRequests: true, withBranches: false });
await capture('CompareRange', 'CompareRange', { ...repo, fromRef: 'v4.1.2', toRef: 'release-4.1', pageSize: 50 });
await capture('BranchHistory', 'BranchHistory', { ...repo, ...heads, withRelease: true, withMain: true, depth: 20 });
await capture('RepositoryMeta', 'RepositoryMeta', { ...repo, withLabels: true, withMilestones: true });
await capture('Viewer', 'Viewer', {});
await capture('ViewerRepositories', 'ViewerRepositories', {});
const issue = Buffer.from('I:kubesphere/console#101').toString('base64');
await capture('ItemConnections', 'ItemConnections', { id: issue, withLabels: true, labelsAfter: null,
  withContexts: false, withTimeline: true, timelineAfter: null });
// Added after the others, so that the rate-limit counters of the pages above stay as they were.
await capture('BranchPullRequests', 'BranchPullRequests', { ...repo, branch: 'release-4.1', states: ['OPEN', 'MERGED'],
  pageSize: 1, withComments: true });
await capture('BranchPullRequests-missing-repository', 'BranchPullRequests', { owner: 'kubesphere', name: 'gone',
  branch: 'release-4.1', pageSize: 1, withComments: false });
server.kill();
