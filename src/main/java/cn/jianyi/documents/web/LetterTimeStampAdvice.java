package cn.jianyi.documents.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.jianyi.documents.TimeStampAuthority;

/**
 * The reply pages ({@code handling.web}, which cannot depend on this module) learn whether the OFD letters carry a
 * trusted time stamp as {@code letterTimeStamps}, so the offices can be told beside the download (ADR 0055).
 */
@ControllerAdvice(basePackages = "cn.jianyi.handling.web")
class LetterTimeStampAdvice {

    private final TimeStampAuthority timeStamps;

    LetterTimeStampAdvice(TimeStampAuthority timeStamps) {
        this.timeStamps = timeStamps;
    }

    @ModelAttribute("letterTimeStamps")
    boolean letterTimeStamps() {
        return timeStamps.configured();
    }
}
