/**
 * Inputs: where articles come from. {@link org.dyad.ingest.Sources#open} turns a name the user gives (a file, a
 * directory, an RSS/Atom feed as a file or an http(s) URL, a WARC archive, a JSON Lines file) into an
 * {@link org.dyad.ingest.ArticleSource} of {@link org.dyad.ingest.RawArticle}s, each with a store key (canonical URL
 * or file URI), metadata its container states, and its bytes loaded on demand. A bad item is a one-line problem
 * naming the input and its place in it; the rest go on.
 */
package org.dyad.ingest;
