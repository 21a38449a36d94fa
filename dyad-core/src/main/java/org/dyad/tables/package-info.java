/**
 * dyad's flat tables (articles, entities, events, partnership statements, quotes, forecasts, copies): one definition
 * ({@link org.dyad.tables.Tables}) of columns and of the rows an {@link org.dyad.output.Extraction} gives, used by
 * the Spark job and by {@code dyad export}/{@code dyad import}. Documented in docs/tables.md.
 */
package org.dyad.tables;
