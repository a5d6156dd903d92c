package cn.jianyi.rules;

/**
 * One class of a classification scheme.
 *
 * @param position            1..4: its place in the scheme, stored on replies as the letter A..D
 * @param code                the mark printed on the letter (A, B, 甲, 乙 …)
 * @param impliesCommitment   a reply in this class records dated follow-up commitments (跟踪办理)
 * @param explanationRequired the reply must explain to the deputy why it cannot be solved now
 */
public record ClassDefinition(int position, String code, String label, String definition, boolean impliesCommitment,
                              boolean explanationRequired) {

    /** The positional letter A..D under which replies store this class. */
    public String letter() {
        return String.valueOf((char) ('A' + position - 1));
    }
}
