/**
 * The pipeline: {@link org.dyad.pipeline.Stage}s that declare the {@link org.dyad.pipeline.Layer}s they require and
 * provide, checked once when a {@link org.dyad.pipeline.Pipeline} is built, and the {@link org.dyad.pipeline.Doc}
 * they fill. Bad input is a {@link org.dyad.pipeline.BadInputException} with a one-line reason.
 */
package org.dyad.pipeline;
