package org.dyad.model;

/** What kind of document an input is. */
public enum Format {
    TEXT, HTML
}
