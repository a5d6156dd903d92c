package cn.jianyi.handling.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.handling.ResolutionCategory;

/** 审核分类 form: the class the office settles on and, when it differs from the unit's, why. */
record ReviewForm(
        @NotNull(message = "{validation.select}") ResolutionCategory classification,
        @Size(max = 500, message = "{validation.tooLong}") String reason) {
}
