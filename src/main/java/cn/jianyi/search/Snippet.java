package cn.jianyi.search;

import java.util.List;

/**
 * A passage of a text with the words that matched marked: a list of pieces, so that a template prints each as text
 * (escaped) and wraps the matched ones in {@code <mark>}, and no markup is ever built from the text.
 */
public record Snippet(List<Piece> pieces) {

    public Snippet {
        pieces = List.copyOf(pieces);
    }

    /** A piece of the passage; {@code matched} if it is one of the words searched. */
    public record Piece(String text, boolean matched) {
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** The passage as plain text. */
    public String text() {
        var out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
