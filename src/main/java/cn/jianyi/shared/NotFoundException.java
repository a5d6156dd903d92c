package cn.jianyi.shared;

/** A record does not exist, or is outside the current user's data scope: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
