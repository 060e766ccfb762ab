-- Schema 7: a release's schedule beyond its three key dates (enhancements freeze, test freeze, docs
-- freeze, release candidates, phases the team names) and the label that asks for a freeze exception.
CREATE TABLE release_phases (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    starts     TEXT NOT NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

ALTER TABLE releases ADD COLUMN exception_label TEXT NOT NULL DEFAULT '';
