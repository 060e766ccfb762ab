-- Schema 2: CI of branch heads (release readiness) and per-repository sync watermarks.
CREATE TABLE branch_ci_contexts (
    repo_id      INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    branch       TEXT NOT NULL,
    position     INTEGER NOT NULL,
    head_sha     TEXT NOT NULL DEFAULT '',
    source       INTEGER NOT NULL,
    name         TEXT NOT NULL,
    raw_state    TEXT NOT NULL,
    required     INTEGER NOT NULL DEFAULT 0,
    url          TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    PRIMARY KEY (repo_id, branch, position)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    repo_id        INTEGER PRIMARY KEY REFERENCES repositories(id) ON DELETE CASCADE,
    updated_since  TEXT,                          -- watermark: newest updatedAt fully stored
    resume_cursor  TEXT NOT NULL DEFAULT '',      -- page cursor of an interrupted sync
    last_synced_at TEXT
);

-- Release-note drafting and metrics read merged PRs by date.
CREATE INDEX items_by_merged_at ON items (merged_at) WHERE merged_at IS NOT NULL;
