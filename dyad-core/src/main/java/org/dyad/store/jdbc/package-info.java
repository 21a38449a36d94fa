/**
 * What the SQL stores share: the article writer and reader, fact queries, the copy index, migrations and JDBC
 * chores, in SQL that SQLite and PostgreSQL both run (identifiers that are keywords in either, such as
 * {@code "end"}, are quoted). What differs, the schema and full-text search, lives in each store's package and its
 * migration scripts. Internal: not API; use {@link org.dyad.store.Store} and {@link org.dyad.store.Stores}.
 */
package org.dyad.store.jdbc;
