/**
 * Voices: who said what, and whose forecasts came true.
 *
 * <p>{@link org.dyad.voices.QuoteStage} ({@code quotes}) finds direct, mixed and indirect quotes on the dependency
 * parse and resolves each speaker to an article entity (or an unnamed group); {@link org.dyad.voices.ForecastStage}
 * ({@code forecasts}) reads the quoted sentences (and the article's own hedged ones) for statements about the
 * future; {@link org.dyad.voices.ForecastResolver} marks stored forecasts right, wrong, partly right or open against
 * the ladder history and stored events. {@link org.dyad.voices.QuoteRecord} and {@link org.dyad.voices.ForecastRecord}
 * are part of the output contract ({@code docs/extract-format.md}); {@link org.dyad.voices.QuoteScore} and
 * {@link org.dyad.voices.ForecastScore} score them against the seeds development gold.
 */
package org.dyad.voices;
