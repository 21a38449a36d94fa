/** dyad's tables ({@link org.dyad.tables.Tables}) as Parquet files, without Spark: for dyad export and import. */
package org.dyad.parquet;
