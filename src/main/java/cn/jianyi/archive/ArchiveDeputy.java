package cn.jianyi.archive;

import org.springframework.data.relational.core.mapping.Table;

/** A deputy a confirmed letter answers, in the order of its addressees. */
@Table("archived_letter_deputies")
record ArchiveDeputy(Long deputyId) {
}
