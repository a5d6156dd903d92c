package cn.jianyi.publication;

/** 撤回公开: the public copy of the record was deleted in the withdrawing transaction (ADR 0059). */
public record PublicationWithdrawn(long publicationId) {
}
