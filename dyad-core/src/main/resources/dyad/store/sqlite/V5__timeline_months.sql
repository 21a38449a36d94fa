-- dyad store, schema version 5: the pair timeline (dyad timeline A B, the web pair view) summarised by month, so that
-- a timeline reads a few hundred small rows instead of every event of the pair (org.dyad.store.jdbc.TimelineMonths).
--
-- A row holds what org.dyad.query.Timeline counts for one pair, one month and one (status, category, quad class):
-- twice, once counting each real-world event once (every_report = 0: the lead report of each cluster of reports,
-- with the cluster's status and its report count as weight) and once counting every report (every_report = 1, with
-- the report's own status). Status is a column, so "happened or ongoing only" is a filter. The pair is unordered
-- (x <= y), as a timeline reads both directions: "A B" is one range of the primary key.
--
-- The rows are derived data, kept exact in the transaction that writes an article's facts: the months an ingest,
-- replacement or deletion can change are recomputed from the pair's events around them
-- (org.dyad.store.jdbc.TimelineSummary explains the window). goldstein_sum is the sum of the events' weights.
CREATE TABLE timeline_months (
    x              TEXT    NOT NULL,
    y              TEXT    NOT NULL,
    every_report   INTEGER NOT NULL,
    month          TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    category       TEXT    NOT NULL,
    quad           TEXT    NOT NULL,
    events         INTEGER NOT NULL,
    reports        INTEGER NOT NULL,
    by_publication INTEGER NOT NULL,
    goldstein_sum  REAL    NOT NULL,
    cooperative    INTEGER NOT NULL,
    conflictual    INTEGER NOT NULL,
    PRIMARY KEY (x, y, every_report, month, status, category, quad)
) WITHOUT ROWID;

-- Events whose month comes from their article's publication date (no date, or only a year): the summary's window
-- reads a pair's such events by publication date; this index holds only them, so that read does not walk every
-- event of the pair.
CREATE INDEX facts_undated_pair ON facts (kind, a, b, article_id) WHERE date_from IS NULL OR length(date_from) < 7;

-- A store that already has events is summarised once, on the first open after this migration (a migration is
-- SQL only; the clustering is Java): the row here asks for it and is deleted in the transaction that fills
-- timeline_months.
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
