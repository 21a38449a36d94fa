/**
 * The cleaning stage: boilerplate removal for plain text and HTML, with a map from every cleaned char back to the
 * original input. {@link org.dyad.clean.CleanStage} is the entry point; {@link org.dyad.clean.BoilerplateRules}
 * loads the rules, which are data ({@code dyad/clean/boilerplate.tsv}) a user can read and extend. The other classes
 * are package-private helpers.
 */
package org.dyad.clean;
