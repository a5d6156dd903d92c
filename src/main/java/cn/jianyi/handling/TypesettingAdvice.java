package cn.jianyi.handling;

import java.util.List;

/**
 * What a letter's author should know about how it will be typeset in the official documents — characters the body
 * face lacks, emoji — in the user's language. Implemented by the documents module, which knows the fonts; the handling
 * pages show it beside the draft.
 */
public interface TypesettingAdvice {

    /** The warnings for this letter, empty when it typesets cleanly. */
    List<String> warnings(ReplyLetter letter);
}
