package cn.jianyi.shared;

import java.util.List;
import java.util.function.Supplier;

/**
 * Several independent rules refused one request at once, so a form shows every refusal in one round rather than the
 * next one only after the first is corrected (ADR 0049). Thrown as the first of them, for callers that show one
 * reason; {@code shared.web.Forms} puts each beside its own field.
 */
public class RuleViolations extends RuleViolation {

    private final List<RuleViolation> all;

    private RuleViolations(List<RuleViolation> all) {
        super(all.get(0).reasonKey(), all.get(0).args());
        this.all = List.copyOf(all);
    }

    /** Throws the violations found, if any: one as itself, several together. */
    public static void throwIfAny(List<RuleViolation> found) {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new RuleViolations(found);
        }
    }

    /**
     * Runs one of a request's independent checks: its result, or {@code null} with its refusals added to
     * {@code found} (a check that itself found several adds each), for {@link #throwIfAny} once all have run.
     */
    public static <T> T attempt(List<RuleViolation> found, Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolations several) {
            found.addAll(several.all());
        } catch (RuleViolation one) {
            found.add(one);
        }
        return null;
    }

    /** Every violation, in the order the rules were checked. */
    public List<RuleViolation> all() {
        return all;
    }

    @Override
    public String field() {
        return all.get(0).field();
    }
}
