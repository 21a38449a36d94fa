/**
 * The Stanford CoreNLP stage (models loaded once per process) and {@link org.dyad.nlp.Dyad}, the front door that
 * builds the standard pipeline and turns its result into output records.
 */
package org.dyad.nlp;
