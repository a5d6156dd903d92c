package cn.jianyi.publication.web;

import cn.jianyi.publication.DeputyWish;

/** 代表意愿: what the deputy said, and a note (how and when she said it). */
record WishForm(DeputyWish wish, String note) {
}
