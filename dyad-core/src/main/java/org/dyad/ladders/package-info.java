/**
 * Partnership ladders: how countries rank their partners, as data, as statements found in articles, and as a
 * temporal model that reads both.
 *
 * <p>The API:
 * <ul>
 *   <li>{@link org.dyad.ladders.Ladders}: every country's rungs in order and the phrases naming them
 *       ({@code dyad/ladders/ladders.tsv}, {@code words.tsv}), and the search for rung names in text;</li>
 *   <li>{@link org.dyad.ladders.ReferenceHistory}: dated records with sources ({@code history.tsv}), kept side by
 *       side when they disagree;</li>
 *   <li>{@link org.dyad.ladders.PartnershipStage}: the pipeline stage producing
 *       {@link org.dyad.ladders.PartnershipRecord}s, the {@code partnership} kind of the output contract;</li>
 *   <li>{@link org.dyad.ladders.LadderHistory}: a pair's rung at a date, a pair's history, a ladder at a date with
 *       its counts, from the reference and the statements of a {@link org.dyad.store.Store}.</li>
 * </ul>
 * The other classes (statement finding, dependency links, cue words) are package-private and may change.
 */
package org.dyad.ladders;
