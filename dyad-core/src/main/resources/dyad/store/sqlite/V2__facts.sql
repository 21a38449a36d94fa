-- dyad store, schema version 2: facts of the later kinds (event, partnership, quote, forecast, copy).
--
-- Every fact is kept whole as the JSON of its record (the output contract), and indexed by the few columns
-- every kind has (org.dyad.output.FactIndex): the pair of actor codes, the date range, a category and a status.
-- "Facts of kind K between A and B from D1 to D2" is one indexed query whatever the kind; a new kind needs no
-- new table. Deleting an article deletes its facts (ON DELETE CASCADE), as for every fact table.
CREATE TABLE facts (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    local_id         TEXT    NOT NULL,
    a                TEXT,
    b                TEXT,
    date_from        TEXT,
    date_to          TEXT,
    category         TEXT,
    status           TEXT,
    rule             TEXT    NOT NULL,
    pipeline_version TEXT    NOT NULL,
    json             TEXT    NOT NULL,
    UNIQUE (article_id, kind, local_id)
);
CREATE INDEX facts_pair ON facts (kind, a, b, date_from);
CREATE INDEX facts_pair_reverse ON facts (kind, b, a, date_from);
CREATE INDEX facts_kind_date ON facts (kind, date_from);
CREATE INDEX facts_article ON facts (article_id);
