/**
 * 公文输出 / Documents: the reply letter and its 征询意见表 as official documents (GB/T 9704-2012 信函格式), starting
 * with the editable DOCX (Word, WPS) built with Apache POI; a meeting's signed replies in every format as one ZIP
 * (会议答复函打包, made in the background).
 */
@org.springframework.modulith.ApplicationModule(displayName = "公文输出")
package cn.jianyi.documents;
