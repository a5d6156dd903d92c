package cn.jianyi.documents;

/**
 * Where the class mark (分类：A) stands on the first page of a reply letter — localities differ, so it is
 * configuration ({@code jianyi.documents.class-mark-position}).
 */
public enum ClassMarkPosition {

    /** Flush right on the line below the document number (the reference document's layout). */
    BELOW_NUMBER,
    /** In the top right corner of the first page, above the letterhead (in the top margin). */
    TOP_RIGHT,
    /** In the top left corner of the first page, above the letterhead, where GB/T 9704 puts 份号 and 密级. */
    TOP_LEFT;

    public boolean inCorner() {
        return this != BELOW_NUMBER;
    }
}
