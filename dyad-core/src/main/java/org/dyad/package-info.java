/**
 * dyad's shared vocabulary: {@link org.dyad.Layers} (what stages exchange) and {@link org.dyad.PipelineVersion} (the
 * stamp on every stored fact). The front door that runs everything is {@code org.dyad.nlp.Dyad} in dyad-nlp.
 */
package org.dyad;
