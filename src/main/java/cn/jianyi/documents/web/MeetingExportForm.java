package cn.jianyi.documents.web;

import jakarta.validation.constraints.NotNull;

/** 会议答复函打包: the meeting whose replies to export. */
record MeetingExportForm(@NotNull(message = "{validation.select}") Long meetingId) {
}
