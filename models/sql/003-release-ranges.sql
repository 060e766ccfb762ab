-- Schema 3: a release may take its pull requests from a range of history per repository (the
-- commits between two tags or branches), besides its milestones.
ALTER TABLE release_repositories ADD COLUMN range_from TEXT NOT NULL DEFAULT '';
ALTER TABLE release_repositories ADD COLUMN range_to TEXT NOT NULL DEFAULT '';

-- The pull requests found in a repository's range at the last complete read of it, and the head
-- commit that read saw: an unchanged head means an unchanged range.
CREATE TABLE release_range_state (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    repo_id    INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    range_from TEXT NOT NULL,
    range_to   TEXT NOT NULL,
    head_oid   TEXT NOT NULL,
    read_at    TEXT NOT NULL,
    PRIMARY KEY (release_id, repo_id)
) WITHOUT ROWID;

CREATE TABLE release_range_items (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY (release_id, item_id)
) WITHOUT ROWID;
CREATE INDEX release_range_items_by_item ON release_range_items (item_id);
