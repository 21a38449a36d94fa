-- dyad store on PostgreSQL, schema version 5: the pair timeline summarised by month, as in
-- sqlite/V5__timeline_months.sql (read the design there). Text columns are COLLATE "C" (byte order, as SQLite).
CREATE TABLE timeline_months (
    x              TEXT COLLATE "C" NOT NULL,
    y              TEXT COLLATE "C" NOT NULL,
    every_report   INTEGER NOT NULL,
    month          TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL,
    category       TEXT COLLATE "C" NOT NULL,
    quad           TEXT COLLATE "C" NOT NULL,
    events         INTEGER NOT NULL,
    reports        INTEGER NOT NULL,
    by_publication INTEGER NOT NULL,
    goldstein_sum  DOUBLE PRECISION NOT NULL,
    cooperative    INTEGER NOT NULL,
    conflictual    INTEGER NOT NULL,
    PRIMARY KEY (x, y, every_report, month, status, category, quad)
);

-- A pair's events placed by publication date only (see the SQLite script).
CREATE INDEX facts_undated_pair ON facts (kind, a, b, article_id) WHERE date_from IS NULL OR length(date_from) < 7;

-- Back-fill on the first open after this migration (see the SQLite script).
CREATE TABLE timeline_backfill (pending INTEGER NOT NULL);
INSERT INTO timeline_backfill (pending) VALUES (1);

-- Pairs whose rows are out of date: an ingest that could not recompute a pair's months from a window around them
-- (a chain of reports with no clustering cut, org.dyad.store.jdbc.TimelineSummary) marks the pair here, in its own
-- transaction, instead of rebuilding the whole pair once per article; the pair is rebuilt once, at the end of the
-- ingest run or before its timeline is next read, and the mark deleted in that transaction.
CREATE TABLE timeline_stale (
    x TEXT NOT NULL,
    y TEXT NOT NULL,
    PRIMARY KEY (x, y)
);
