/**
 * Actor resolution: countries (names, aliases, demonyms, capitals and seats of power used for governments),
 * organisations, people with the titles their article gives them, and places that are never actors. The knowledge is
 * in the data files under {@code dyad/actors/}; {@link org.dyad.actors.ActorStage} is the stage.
 */
package org.dyad.actors;
