package cn.jianyi.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Cursor pagination (ADR 0058): a list is ordered by its records' stable ids, and a cursor is the last id of the page
 * before, opaque to the caller (base64url of {@code v1:ID}), so that no record is repeated or skipped when records are
 * added meanwhile. The {@code next} link is the same request with the next cursor; the last page has none.
 */
final class Cursor {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private Cursor() {
    }

    /** The id after which the page starts; 0 for the first page. */
    static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("v1:")) {
                long id = Long.parseLong(text.substring(3));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw ApiInputException.onField("invalid-cursor", "cursor", "游标无效，请使用上一页响应中 next 给出的地址");
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiInputException.onField("invalid-limit", "limit", "每页条数须在 1 到 " + MAX_LIMIT + " 之间");
        }
        return limit;
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The current request's path and query with {@code cursor} set to follow {@code lastId}. */
    static String next(long lastId) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", encode(lastId))
                .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
