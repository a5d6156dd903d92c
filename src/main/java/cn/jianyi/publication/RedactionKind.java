package cn.jianyi.publication;

/** Why a span was removed from the public copy: a detector, a redaction rule, or the clerk's mark. */
public enum RedactionKind {
    /** 手机号码. */
    MOBILE(true),
    /** 固定电话. */
    LANDLINE(true),
    /** 身份证号码. */
    ID_CARD(true),
    /** 门牌地址. */
    ADDRESS(true),
    /** 删除规则. */
    RULE(true),
    /** 人工删除. */
    MANUAL(false);

    private final boolean automatic;

    RedactionKind(boolean automatic) {
        this.automatic = automatic;
    }

    /** Found by the system (each can be undone one by one), as opposed to marked by the clerk. */
    public boolean isAutomatic() {
        return automatic;
    }
}
