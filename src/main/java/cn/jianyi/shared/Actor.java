package cn.jianyi.shared;

import java.util.Objects;

/**
 * Who performs an act, as recorded on the timeline: login name, display name, role (the role enum's name) and the
 * unit the person acts for, if any.
 */
public record Actor(String username, String displayName, String role, String unitName) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    /** The system itself, e.g. for demo data or scheduled work. */
    public static Actor system() {
        return new Actor("system", "系统", "SYSTEM", null);
    }
}
