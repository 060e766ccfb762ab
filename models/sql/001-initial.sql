-- Schema 1: the workspace cache. Items are keyed by (host, owner/repo, number) through repositories.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE repositories (
    id    INTEGER PRIMARY KEY,
    host  TEXT NOT NULL,
    owner TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (host, owner, name)
);

CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    repo_id     INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (repo_id, name)
);

CREATE TABLE milestones (
    id      INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    number  INTEGER NOT NULL,
    title   TEXT NOT NULL,
    open    INTEGER NOT NULL DEFAULT 1,
    due_on  TEXT,
    UNIQUE (repo_id, number)
);

CREATE TABLE items (
    id                 INTEGER PRIMARY KEY,
    repo_id            INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    number             INTEGER NOT NULL,
    kind               INTEGER NOT NULL,          -- 0 issue, 1 pull request
    state              TEXT NOT NULL,             -- OPEN, CLOSED, MERGED
    state_reason       TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL,
    body               TEXT NOT NULL DEFAULT '',
    author             TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL DEFAULT '',
    created_at         TEXT,
    updated_at         TEXT,
    closed_at          TEXT,
    merged_at          TEXT,
    milestone          TEXT NOT NULL DEFAULT '',
    is_draft           INTEGER NOT NULL DEFAULT 0,
    base_ref           TEXT NOT NULL DEFAULT '',
    head_ref           TEXT NOT NULL DEFAULT '',
    review_decision    TEXT NOT NULL DEFAULT '',
    mergeable          TEXT NOT NULL DEFAULT '',
    merge_state_status TEXT NOT NULL DEFAULT '',
    UNIQUE (repo_id, number)
);
CREATE INDEX items_by_milestone ON items (repo_id, milestone);
CREATE INDEX items_by_state ON items (state, kind);

CREATE TABLE item_labels (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
CREATE INDEX item_labels_by_label ON item_labels (label_id);

CREATE TABLE item_assignees (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    login    TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
CREATE INDEX item_assignees_by_login ON item_assignees (login);

CREATE TABLE ci_contexts (
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    source       INTEGER NOT NULL,               -- 0 commit status, 1 check run
    name         TEXT NOT NULL,
    raw_state    TEXT NOT NULL,                  -- kept as GitHub sent it, unknown values included
    required     INTEGER NOT NULL DEFAULT 0,
    url          TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

CREATE TABLE reviews (
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    author       TEXT NOT NULL,
    state        TEXT NOT NULL,
    submitted_at TEXT,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

CREATE TABLE item_links (
    item_id       INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          INTEGER NOT NULL,              -- ItemLink::Kind
    target_host   TEXT NOT NULL,
    target_owner  TEXT NOT NULL,
    target_name   TEXT NOT NULL,
    target_number INTEGER NOT NULL,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

CREATE TABLE timeline_events (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,                      -- GitHub __typename
    actor    TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_events_by_item ON timeline_events (item_id, at);

CREATE TABLE releases (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    query          TEXT NOT NULL DEFAULT '',
    release_branch TEXT NOT NULL DEFAULT '',
    main_branch    TEXT NOT NULL DEFAULT 'master',
    feature_freeze TEXT,
    code_freeze    TEXT,
    release_date   TEXT,
    blocker_rule   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE release_repositories (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    repo_id    INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    milestones TEXT NOT NULL DEFAULT '',         -- titles joined by newlines
    PRIMARY KEY (release_id, repo_id)
) WITHOUT ROWID;

CREATE TABLE daily_snapshots (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    metric     TEXT NOT NULL,
    value      REAL NOT NULL,
    PRIMARY KEY (release_id, day, metric)
) WITHOUT ROWID;
