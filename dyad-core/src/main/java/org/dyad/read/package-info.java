/**
 * Reading: strict decoding ({@link org.dyad.read.ReadStage}), HTML parsing with source positions, and metadata from
 * header blocks, HTML meta tags and JSON-LD, bylines and datelines, and command-line flags
 * ({@link org.dyad.read.MetadataStage}).
 */
package org.dyad.read;
