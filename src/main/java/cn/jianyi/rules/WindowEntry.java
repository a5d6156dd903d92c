package cn.jianyi.rules;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;

/**
 * A window as the administrator entered it: either part may be missing or out of range until {@link RuleSets#save}
 * checks it. Both missing means "no window" where the rules allow none (the feedback window).
 */
public record WindowEntry(Integer amount, WindowUnit unit) {

    /** The entry showing a window of the rules in force; empty for none. */
    public static WindowEntry of(Window window) {
        return window == null ? new WindowEntry(null, null) : new WindowEntry(window.amount(), window.unit());
    }

    /** The entry, or an empty one for {@code null} (a window of which nothing was sent). */
    public static WindowEntry orEmpty(WindowEntry entry) {
        return entry == null ? new WindowEntry(null, null) : entry;
    }

    public boolean isEmpty() {
        return amount == null && unit == null;
    }

    Window toWindow() {
        return isEmpty() ? null : new Window(amount, unit);
    }
}
