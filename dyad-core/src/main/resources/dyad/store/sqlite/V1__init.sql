-- dyad store, schema version 1: articles, their metadata provenance, boilerplate, entities and mentions,
-- and a full-text index over title and cleaned text.
--
-- Conventions for every table added later (events, statements, quotes, forecasts, ...):
--   * a fact row carries article_id REFERENCES articles(id) ON DELETE CASCADE, so deleting the article row
--     (which is how a changed article is replaced) removes all its facts, and
--     "DELETE FROM t WHERE article_id = ?" removes one kind of fact;
--   * start/end are Unicode code-point offsets into articles.original_text, [start, end);
--   * seq keeps the order a list had in the extraction, so a stored article reads back equal.
-- Never edit this file once released: its checksum is recorded in schema_migrations. Add V2__....sql instead.

-- AUTOINCREMENT: an id once handed out (in a URL, a report) never names another article, even after deletes.
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    key              TEXT NOT NULL UNIQUE,  -- canonical URL, else the absolute path of the input file
    doc              TEXT,                  -- the name the user gave the input
    sha256           TEXT NOT NULL,         -- of the raw content: decides UNCHANGED vs REPLACED
    title            TEXT,
    outlet           TEXT,
    author           TEXT,
    published        TEXT,                  -- ISO-8601 date or date-time
    url              TEXT,
    language         TEXT,
    format           TEXT,
    charset          TEXT,
    clean_text       TEXT NOT NULL,
    original_text    TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    ingested_at      TEXT NOT NULL          -- ISO-8601 instant of the last ingest that changed the row
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_sha256 ON articles(sha256);
CREATE INDEX articles_doc ON articles(doc);

-- ArticleRecord.fields: each metadata value with its source and, when it stands in the text, its evidence.
CREATE TABLE article_fields (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    value      TEXT,
    source     TEXT,
    ev_start   INTEGER,
    ev_end     INTEGER,
    ev_text    TEXT,
    PRIMARY KEY (article_id, name)
) WITHOUT ROWID;

-- ArticleRecord.evidence: the title's span(s) in the original.
CREATE TABLE article_evidence (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

-- Spans of the original the cleaner removed, with the rule that removed each.
CREATE TABLE boilerplate (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    rule       TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE entities (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    local_id         TEXT NOT NULL,         -- e1, e2, ...: what other facts of the same article refer to
    name             TEXT NOT NULL,
    type             TEXT NOT NULL,         -- COUNTRY, ORGANIZATION, PERSON, LOCATION
    code             TEXT,
    sector           TEXT,
    title            TEXT,
    role             TEXT,
    actor            INTEGER NOT NULL CHECK (actor IN (0, 1)),
    rule             TEXT,
    pipeline_version TEXT NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_type_name ON entities(type, name);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    role       TEXT,
    rule       TEXT
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- EntityRecord.evidence: the spans an entity rests on, in the order the extraction gave them.
CREATE TABLE entity_evidence (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (entity_id, seq)
) WITHOUT ROWID;
CREATE INDEX entity_evidence_article ON entity_evidence(article_id);

-- Full-text index over title and cleaned text, kept in sync with articles by the triggers below (so inside the
-- same transaction as the article row). rowid = articles.id. Porter stemming: "sanction" finds "sanctions".
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
