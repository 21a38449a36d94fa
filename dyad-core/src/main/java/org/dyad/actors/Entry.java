package org.dyad.actors;

/**
 * One dictionary string and what it names.
 *
 * @param text   the string as written in the dictionary
 * @param kind   what kind of string it is
 * @param code   ISO alpha-3 for countries and metonyms, the organisation id for organisations, the country (if
 *               any) for places
 * @param name   the canonical name of what it refers to ("United States", "Association of Southeast Asian Nations")
 * @param sector sector for metonyms and organisations ("GOV", "MIL", "RES"), else null
 * @param source the data file and line it came from ({@code countries.tsv:42}), for provenance
 */
public record Entry(String text, Kind kind, String code, String name, String sector, String source) {
    public enum Kind {
        /** A country's name or unambiguous alias. */
        COUNTRY,
        /** A country name that needs the tagger's support (it tags it as a location). */
        COUNTRY_AMBIGUOUS,
        /** "Vietnamese", "Americans". */
        DEMONYM,
        /** An ethnic or regional group living mostly in one country ("Yoruba", "Chechens"): that country's. */
        ETHNIC,
        /** A capital or seat of government ("Hanoi"), an actor when used for the government. */
        CAPITAL,
        /** A seat of power or institution standing for a state or one of its sectors ("White House"). */
        METONYM,
        /** An international or non-governmental organisation, think tank, company or outlet. */
        ORGANIZATION,
        /** A place that is never an actor ("South China Sea"). */
        PLACE
    }

    /** The file-level rule id used in provenance: {@code dict:country}, {@code dict:capital}, ... */
    public String rule() {
        return "dict:" + kind.name().toLowerCase(java.util.Locale.ROOT).replace("_ambiguous", "-ambiguous");
    }
}
