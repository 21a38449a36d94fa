package org.dyad.copies;

/** Short articles written for the copy tests: one source and its copies of each type, and a same-topic negative. */
public final class CopyTexts {
    public static final String SOURCE = "The foreign ministers of Norway and Chile met in Oslo on Tuesday and agreed"
            + " to raise ties to a comprehensive partnership, officials said. Anniken Huitfeldt and Alberto van"
            + " Klaveren signed a statement on clean energy, fisheries and the protection of the Arctic and Antarctic"
            + " oceans.\n\nTrade between the two countries reached 1.2 billion dollars in 2022, and both sides expect"
            + " it to grow quickly. Huitfeldt said the new partnership would help Norwegian companies invest in"
            + " Chilean lithium and green hydrogen projects. Klaveren told reporters that Chile wanted a closer"
            + " relationship with the Nordic nations, which he called important partners.\n\nThe ministers will meet"
            + " again in Santiago in March 2024, when a joint commission on science and education is to start work.";

    public static final String EXACT = SOURCE.toUpperCase(java.util.Locale.ROOT).replace("\n\n", "   \n");

    public static final String NEAR = "Advertisement\nShare this story on Facebook\n\n" + SOURCE
            + "\n\nRead more: the week in sport\n© 2024 Example Times. All rights reserved.";

    public static final String SPUN = "The overseas ministers of Norway and Chile met in Oslo on Tuesday and agreed"
            + " to elevate ties to a complete partnership, officers stated. Anniken Huitfeldt and Alberto van"
            + " Klaveren signed an announcement on clean power, fisheries and the safety of the Arctic and Antarctic"
            + " oceans.\n\nCommerce between the 2 nations reached 1.2 billion dollars in 2022, and both sides"
            + " anticipate it to increase rapidly. Huitfeldt mentioned the fresh partnership would assist Norwegian"
            + " firms invest in Chilean lithium and inexperienced hydrogen initiatives. Klaveren advised reporters"
            + " that Chile wanted a more in-depth connection with the Nordic nations, which he called vital"
            + " companions.\n\nThe ministers will meet again in Santiago in March 2024, when a joint commission on"
            + " science and training is to begin work.";

    public static final String TRANSLATED = "Ministers foreign of Norwa and Chil meet in Osl on Tuesday and agree"
            + " raise relation to partnership comprehensive, official say. Anniken Huitfeld and Alberto van Klavere"
            + " sign statement about energy clean, fishery and protection of Arcti and Antarcti ocean. Trade between"
            + " two country reach 1.2 billion dollar in year 2022, two side expect it grow quick. Huitfeld say"
            + " partnership new will help company Norwegia invest to lithium Chilea and hydrogen green project."
            + " Klavere tell reporter that Chil want relationship close with nation Nordi, which he call partner"
            + " important. Ministers will meet again at Santiag in March 2024, when commission joint on science and"
            + " education start work.";

    public static final String NEGATIVE = "The foreign ministers of Norway and Sweden met in Stockholm on Friday to"
            + " discuss security in the Baltic Sea after damage to an undersea gas pipeline. Tobias Billstrom said"
            + " the two countries would share surveillance data and hold a joint naval exercise in the autumn."
            + "\n\nNorway supplies most of the gas Sweden imports, and officials expect demand to rise in 2024."
            + " Critics in Oslo said the plan came too late and asked the government to publish the costs of the"
            + " patrols. The ministers agreed to meet again in Bergen before the end of the year.";

    private CopyTexts() {
    }
}
