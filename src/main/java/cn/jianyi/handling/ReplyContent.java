package cn.jianyi.handling;

import java.util.List;

/** What a unit writes in a reply letter; the document number, signer and date are added when it is signed. */
public record ReplyContent(ResolutionCategory classification, String title, String salutation, String body,
                           String contactUnit, String contactPhone, String postcode, List<String> copyTo,
                           Publicity publicity) {

    public ReplyContent {
        copyTo = copyTo == null ? List.of() : copyTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
