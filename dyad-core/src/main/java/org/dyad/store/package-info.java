/**
 * Where facts are kept: the {@link org.dyad.store.Store} interface (atomic, idempotent ingest; search; fact queries)
 * and {@link org.dyad.store.Stores}, which opens one from a location. Implementations live in sub-packages.
 */
package org.dyad.store;
