package cn.jianyi.archfixtures;

/** Breaks "no setStatus in cn.jianyi"; a plain class, so component scanning ignores it. */
public class StatusSetter {

    private String status;

    public void setStatus(String status) {
        this.status = status;
    }

    public String status() {
        return status;
    }
}
