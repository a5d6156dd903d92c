package cn.jianyi.suggestion.web;

import jakarta.validation.constraints.NotNull;

/** 并案 form: the number, in the same meeting, of the suggestion this one joins. */
record MergeForm(@NotNull(message = "{validation.required}") Integer targetNumber) {
}
