package cn.jianyi.insight;

import java.util.Objects;

/**
 * Something to rank: its identifier (a file name, a case id), its title (may be empty: a letter's own heading, a
 * suggestion's title) and its text.
 */
public record Candidate(String id, String title, String text) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
