/**
 * The SQLite implementation of {@link org.dyad.store.Store}: one file, versioned migrations in
 * {@code /dyad/store/sqlite/V<n>__<name>.sql}, an FTS5 index for search. Not API beyond {@link
 * org.dyad.store.sqlite.SqliteStore}; open a store with {@link org.dyad.store.Stores#open(String)}.
 */
package org.dyad.store.sqlite;
