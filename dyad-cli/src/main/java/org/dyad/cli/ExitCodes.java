package org.dyad.cli;

/** The exit codes every command uses (also listed in {@code dyad --help}). */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int FATAL = 3;

    private ExitCodes() {
    }
}
