-- Schema 5: the evidence behind the go/no-go light. Without it the light was green on no data.

-- What the last read of a branch found: whether it exists, its protection rule's required
-- contexts (NULL when no rule could be read), and when. Its head's contexts stay in
-- branch_ci_contexts.
CREATE TABLE branch_heads (
    repo_id           INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    branch            TEXT NOT NULL,
    found             INTEGER NOT NULL,
    head_sha          TEXT NOT NULL DEFAULT '',
    required_contexts TEXT,                      -- JSON array; NULL: no protection rule known
    read_at           TEXT NOT NULL,
    PRIMARY KEY (repo_id, branch)
) WITHOUT ROWID;

-- How each repository's last syncs went: a failed sync must not leave the light as it was.
CREATE TABLE repository_sync_results (
    repo_id         INTEGER PRIMARY KEY REFERENCES repositories(id) ON DELETE CASCADE,
    last_success_at TEXT,
    last_failure_at TEXT,
    last_failure    TEXT NOT NULL DEFAULT ''
);
INSERT INTO repository_sync_results (repo_id, last_success_at)
    SELECT repo_id, last_synced_at FROM sync_state WHERE last_synced_at IS NOT NULL;

-- Per-release signal settings (staleness limit, configured required contexts, criteria), as JSON
-- so that a new criterion needs no migration.
CREATE TABLE release_signal_settings (
    release_id INTEGER PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    settings   TEXT NOT NULL
);

-- The last commits of each release and main branch as last read (position 0 is the head).
CREATE TABLE ci_branch_commits (
    repo_id      INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    branch       TEXT NOT NULL,
    position     INTEGER NOT NULL,
    oid          TEXT NOT NULL,
    committed_at TEXT,
    url          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (repo_id, branch, position)
) WITHOUT ROWID;

-- Every CI run seen on those commits, kept by (commit, context, run): a re-run adds a row, a run
-- that finished updates its own. Statuses show only their latest report on GitHub, so the reports
-- stored across syncs are their only history.
CREATE TABLE ci_runs (
    repo_id      INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    oid          TEXT NOT NULL,
    context      TEXT NOT NULL,
    run_id       TEXT NOT NULL,
    source       INTEGER NOT NULL,
    raw_state    TEXT NOT NULL,
    started_at   TEXT,
    completed_at TEXT,
    url          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (repo_id, oid, context, run_id)
) WITHOUT ROWID;
