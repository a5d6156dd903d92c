/**
 * 接口 / API: the REST API at {@code /api/v1} for other platforms (数字人大, 12345, open-data sites), described by a
 * generated OpenAPI 3 document (ADR 0058). API tokens, created by the 系统管理员 for one account, carry that account's
 * data scope and some of the scopes {@code cases:read}, {@code cases:register} and {@code public:read}; they are shown
 * once, stored as SHA-256 hashes, expire, can be revoked, and every call is published for the security audit log.
 * The read endpoints go through the same queries as the pages ({@code SuggestionQueries}, {@code ReplyQueries},
 * {@code Statistics}), the registration through the clerk's 登记 use case; webhooks tell subscribers of status
 * changes. No feature module depends on this one (only {@code audit}, listening to its events, and {@code demo}).
 * <p>
 * Still to come (issue 20, points 2 and 4): the public endpoints ({@code public:read}, and the same without a token),
 * which read only the publication module's published copies, never these scoped queries: a
 * {@code web.PublicApiController} beside {@code web.CasesApiController}, its tokenless paths added to the
 * {@code permitAll} of {@code web.ApiSecurityConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "接口")
package cn.jianyi.api;
