-- A workspace as schema 1 wrote it (generated once from models/sql/001-initial.sql; never regenerate).
PRAGMA application_id = 1380215601;
PRAGMA user_version = 1;
BEGIN TRANSACTION;
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
INSERT INTO "ci_contexts" VALUES(2,0,0,'pull-console-build','PENDING',1,'',NULL);
CREATE TABLE daily_snapshots (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    metric     TEXT NOT NULL,
    value      REAL NOT NULL,
    PRIMARY KEY (release_id, day, metric)
) WITHOUT ROWID;
CREATE TABLE item_assignees (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    login    TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
INSERT INTO "item_assignees" VALUES(1,0,'carol');
CREATE TABLE item_labels (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
INSERT INTO "item_labels" VALUES(1,0,1);
INSERT INTO "item_labels" VALUES(1,1,2);
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
INSERT INTO "items" VALUES(1,1,3001,1,'MERGED','','Fix the monitoring dashboard','```release-note
Fix the monitoring dashboard.
```','alice','https://github.com/kubesphere/console/pull/3001','2023-05-01T10:00:00.000Z','2023-05-02T10:00:00.000Z',NULL,NULL,'v3.4.0',0,'','','','','');
INSERT INTO "items" VALUES(2,1,3002,1,'OPEN','','Support ARM64 images','','bob','','2023-05-03T10:00:00.000Z','2023-05-04T10:00:00.000Z',NULL,NULL,'v3.4.0',0,'','','','','');
CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    repo_id     INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (repo_id, name)
);
INSERT INTO "labels" VALUES(1,1,'kind/bug','d73a4a','');
INSERT INTO "labels" VALUES(2,1,'area/monitoring','0052cc','');
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO "meta" VALUES('workspace.kind','user');
CREATE TABLE milestones (
    id      INTEGER PRIMARY KEY,
    repo_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    number  INTEGER NOT NULL,
    title   TEXT NOT NULL,
    open    INTEGER NOT NULL DEFAULT 1,
    due_on  TEXT,
    UNIQUE (repo_id, number)
);
CREATE TABLE release_repositories (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    repo_id    INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    milestones TEXT NOT NULL DEFAULT '',         -- titles joined by newlines
    PRIMARY KEY (release_id, repo_id)
) WITHOUT ROWID;
INSERT INTO "release_repositories" VALUES(1,1,'v3.4.0');
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
INSERT INTO "releases" VALUES(1,'v3.4.0','','release-3.4','master',NULL,NULL,'2023-07-27','is:open label:kind/bug');
CREATE TABLE repositories (
    id    INTEGER PRIMARY KEY,
    host  TEXT NOT NULL,
    owner TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (host, owner, name)
);
INSERT INTO "repositories" VALUES(1,'github.com','kubesphere','console');
CREATE TABLE reviews (
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    author       TEXT NOT NULL,
    state        TEXT NOT NULL,
    submitted_at TEXT,
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
INSERT INTO "timeline_events" VALUES(1,1,'MergedEvent','ks-ci-bot','2023-05-02T10:00:00.000Z','master');
CREATE INDEX items_by_milestone ON items (repo_id, milestone);
CREATE INDEX items_by_state ON items (state, kind);
CREATE INDEX item_labels_by_label ON item_labels (label_id);
CREATE INDEX item_assignees_by_login ON item_assignees (login);
CREATE INDEX timeline_events_by_item ON timeline_events (item_id, at);
COMMIT;
