/**
 * The PostgreSQL implementation of {@link org.dyad.store.Store}: migrations in
 * {@code /dyad/store/postgresql/V<n>__<name>.sql} (the same versions as SQLite's), a tsvector column with a GIN index
 * for search, the rest shared with SQLite ({@link org.dyad.store.jdbc}). Not API beyond {@link
 * org.dyad.store.postgresql.PostgresStore}; open a store with {@link org.dyad.store.Stores#open(String)}.
 */
package org.dyad.store.postgresql;
