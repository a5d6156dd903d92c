package cn.jianyi.archive;

/**
 * A letter of an import batch was decided: confirmed into the archive ({@code kept}) or discarded. Published in the
 * deciding transaction (the office-wide search logs it for its index, ADR 0061).
 */
public record LetterArchived(long letterId, boolean kept, String actorUsername) {
}
