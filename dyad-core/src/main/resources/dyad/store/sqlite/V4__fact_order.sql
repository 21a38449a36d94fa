-- dyad store, schema version 4: fact indexes in the order fact queries return (date, then article, then position),
-- so that a query for a window ("the pair's statements in the month before D", "five years of the pair") reads each
-- direction of the pair in order and stops at its limit, instead of reading and sorting the whole window
-- (org.dyad.store.jdbc.FactReader). They replace the pair and kind-date indexes of V2, which they extend; the
-- single-actor ones ("VNM with anyone") are new.
DROP INDEX facts_pair;
DROP INDEX facts_pair_reverse;
DROP INDEX facts_kind_date;
CREATE INDEX facts_pair_order ON facts (kind, a, b, date_from, article_id, seq);
CREATE INDEX facts_pair_order_reverse ON facts (kind, b, a, date_from, article_id, seq);
CREATE INDEX facts_actor_a ON facts (kind, a, date_from, article_id, seq);
CREATE INDEX facts_actor_b ON facts (kind, b, date_from, article_id, seq);
CREATE INDEX facts_kind_order ON facts (kind, date_from, article_id, seq);
