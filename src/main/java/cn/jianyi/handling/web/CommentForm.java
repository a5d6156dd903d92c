package cn.jianyi.handling.web;

import jakarta.validation.constraints.Size;

/** The head's comment on a draft (退回修改 or a comment alone); required, which the command checks with its reason. */
record CommentForm(@Size(max = 1000, message = "{validation.tooLong}") String comment) {
}
