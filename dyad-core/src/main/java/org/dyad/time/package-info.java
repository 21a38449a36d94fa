/**
 * Dates: explicit date parsing, the tense of a clause read off its parse, and dyad's own normalisation of time
 * expressions against the publication date ({@link org.dyad.time.TimeStage}).
 */
package org.dyad.time;
