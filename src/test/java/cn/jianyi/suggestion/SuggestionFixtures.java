package cn.jianyi.suggestion;

/** Cases in a given status, reached by real transitions (lead deputy 7, co-signer 8, lead unit 1, co-unit 2). */
public final class SuggestionFixtures {

    private SuggestionFixtures() {
    }

    public static Suggestion assigned() {
        return SuggestionTransitionTests.inStatus(Suggestion.Status.ASSIGNED);
    }

    public static Suggestion inStatus(Suggestion.Status status) {
        return SuggestionTransitionTests.inStatus(status);
    }

    public static Suggestion replied() {
        return SuggestionTransitionTests.inStatus(Suggestion.Status.REPLIED);
    }
}
