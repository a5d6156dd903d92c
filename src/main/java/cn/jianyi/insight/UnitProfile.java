package cn.jianyi.insight;

import java.util.List;

/**
 * What routing knows of a unit: its identifier and name, its duties (职能, free text) and the cases it handled before.
 */
public record UnitProfile(long unitId, String name, String duties, List<PastCase> pastCases) {

    public UnitProfile {
        duties = duties == null ? "" : duties;
        pastCases = List.copyOf(pastCases);
    }

    /** A case the unit handled: its number as shown (二届四次第43号), its title, its text, whether it led. */
    public record PastCase(String number, String title, String text, boolean lead) {

        public PastCase {
            text = text == null ? "" : text;
        }
    }
}
