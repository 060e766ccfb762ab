-- Schema 4: each item keeps its body's release-note block beside the body, so lists (the board of
-- a 100,000-item release) read that block and leave the bodies on disk. NULL: not computed yet
-- (filled in by the migration itself, from the bodies).
ALTER TABLE items ADD COLUMN note_excerpt TEXT;
