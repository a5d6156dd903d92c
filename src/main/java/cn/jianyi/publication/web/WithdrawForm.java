package cn.jianyi.publication.web;

/** 撤回公开: the reason, required. */
record WithdrawForm(String reason) {
}
