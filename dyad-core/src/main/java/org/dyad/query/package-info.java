/**
 * Read-side queries shared by the command line and the web server: display names, timelines and their chart,
 * ladder and pair views as JSON maps, resolved forecasts and the scorecard.
 */
package org.dyad.query;
