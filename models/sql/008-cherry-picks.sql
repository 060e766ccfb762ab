-- Schema 8: the cherry-pick matrix. A release's policy (maintained branches, labels, the bot's
-- command, the start date) as JSON so that a new setting needs no migration.
CREATE TABLE release_cherry_pick_policy (
    release_id INTEGER PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    policy     TEXT NOT NULL
);

-- The comments of fixes that speak of cherry-picks (the bot's replies, "/cherrypick <branch>"),
-- keyed by the fix (repository and number) and the comment's URL.
CREATE TABLE cherry_pick_comments (
    repo_id    INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    url        TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    body       TEXT NOT NULL,
    PRIMARY KEY (repo_id, number, url)
) WITHOUT ROWID;

-- Per repository and branch (each maintained branch, and the main branch's fixes): the newest
-- updatedAt fully read, where the next sync stops.
CREATE TABLE cherry_pick_branches (
    repo_id       INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    branch        TEXT NOT NULL,
    updated_since TEXT,
    read_at       TEXT,
    PRIMARY KEY (repo_id, branch)
) WITHOUT ROWID;
