package cn.jianyi.publication;

/**
 * 公开 or 部分公开 decided: the public copy of the record was written in the deciding transaction (also when a
 * withdrawn record is decided again). The portal's index reads the copy after commit (ADR 0059).
 */
public record PublicationPublished(long publicationId) {
}
