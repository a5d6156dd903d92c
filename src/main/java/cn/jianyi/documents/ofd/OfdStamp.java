package cn.jianyi.documents.ofd;

/** Where the seal is drawn: the page (1-based) and the box in millimetres from the page's top left. */
public record OfdStamp(int page, double x, double y, double width, double height) {
}
