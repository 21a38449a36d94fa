-- dyad store, schema version 3: copy detection (org.dyad.copies).
--
-- copy_signatures keeps each article's signature (org.dyad.copies.Signature#toBytes, about 1 KB) and the story it
-- was linked into; copy_bands holds its LSH band keys (org.dyad.copies.Lsh), so the candidates of a new article are
-- one indexed look-up per band whatever the number of articles. Story ids come from copy_stories. Replacing or
-- deleting an article removes its signature and bands (ON DELETE CASCADE); the copy detector adds them again.
CREATE TABLE copy_stories (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL
);
CREATE TABLE copy_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story      INTEGER NOT NULL,
    seq        INTEGER NOT NULL,  -- order of indexing, for a story's member list
    signature  BLOB    NOT NULL
);
CREATE INDEX copy_signatures_story ON copy_signatures (story, seq);
CREATE TABLE copy_bands (
    band       INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX copy_bands_article ON copy_bands (article_id);
