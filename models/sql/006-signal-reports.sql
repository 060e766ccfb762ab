-- Schema 6: what each CI-signal report said, so that the next one can say what changed since
-- (the verdict, each context's state, the ledger and the open blockers, as JSON: a record is read
-- whole, and a new field needs no migration).
CREATE TABLE signal_reports (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,                    -- ISO 8601 UTC with milliseconds: sorts as time
    record     TEXT NOT NULL,
    PRIMARY KEY (release_id, at)
) WITHOUT ROWID;
