/**
 * The dyad pipeline as an Apache Spark job ({@link org.dyad.spark.DyadJob}), writing dyad's tables as Parquet.
 * Spark is a provided dependency: the cluster brings it. See docs/spark.md.
 */
package org.dyad.spark;
