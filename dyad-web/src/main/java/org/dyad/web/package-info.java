/**
 * The web server ({@code dyad serve}): a JSON API under {@code /api}, server-rendered pages, and ingest over HTTP.
 * {@link org.dyad.web.DyadServer} is the front door; handlers are one class per resource.
 */
package org.dyad.web;
