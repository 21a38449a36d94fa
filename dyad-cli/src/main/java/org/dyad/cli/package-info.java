/** The {@code dyad} command line: one class per command; {@link org.dyad.cli.Main} lists them. */
package org.dyad.cli;
