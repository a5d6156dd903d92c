package cn.jianyi.suggestion;

import java.time.LocalDate;

/**
 * 重点督办: the suggestion is a key item, led by an official (牵头领导, "承办单位主要负责人应当直接负责办理") and
 * supervised by a committee or office (督办单位).
 */
public record KeySupervision(String leader, String committee, LocalDate designatedOn) {
}
