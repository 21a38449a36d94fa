/**
 * Language: a cheap detector (Unicode scripts and stopword shares, {@code dyad/lang/languages.tsv}) and the gate that
 * stops an article in a language the NLP stages do not support before they run.
 */
package org.dyad.lang;
