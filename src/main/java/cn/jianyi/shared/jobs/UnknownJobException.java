package cn.jianyi.shared.jobs;

import cn.jianyi.shared.NotFoundException;

/**
 * A job that does not exist (any more) or is someone else's: 404 with the kind's explanation ({@code reasonKey}). A
 * job the person never started, one forgotten after its keep time and one cut off by a restart look the same, so the
 * message names all three; a polling progress fragment reloads the page to show it instead of polling on.
 */
public class UnknownJobException extends NotFoundException {

    private final String reasonKey;

    public UnknownJobException(String reasonKey, String id) {
        super("job", id);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
