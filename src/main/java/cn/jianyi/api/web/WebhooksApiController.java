package cn.jianyi.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.api.ApiToken;
import cn.jianyi.api.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A token's webhook subscriptions (scope {@code cases:read}, ADR 0058): the status changes of the cases its account
 * sees, POSTed to the URL and signed with HMAC-SHA256 under the subscription's secret, shown once here.
 */
@RestController
@ApiEndpoint
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('SCOPE_cases:read')")
@Tag(name = "订阅", description = "建议状态变化的 Webhook 推送（cases:read）")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "cases:read")
class WebhooksApiController {

    private final Webhooks webhooks;
    private final StrictJson strict;

    WebhooksApiController(Webhooks webhooks, StrictJson strict) {
        this.webhooks = webhooks;
        this.strict = strict;
    }

    @Schema(name = "WebhookRequest", requiredProperties = "url")
    record WebhookRequest(@Schema(example = "https://platform.example/jianyi-hook", maxLength = 500) String url) {
    }

    @Schema(name = "Webhook", requiredProperties = {"id", "url", "events", "createdAt"})
    record WebhookJson(long id, String url, List<String> events,
                       @Schema(nullable = true, description = "签名密钥：只在创建时返回一次") String secret,
                       java.time.Instant createdAt) {

        static WebhookJson of(Webhooks.Subscription s) {
            return new WebhookJson(s.id(), s.url(), s.events(), s.secret(), s.createdAt());
        }
    }

    @Schema(name = "WebhookList", requiredProperties = "items")
    record WebhookList(List<WebhookJson> items) {
    }

    @PostMapping
    @Operation(summary = "订阅建议状态变化",
            description = "建议的状态每次变化（登记、交办、答复、重新办理、办结、撤回、并案）后，向 url POST 一个 JSON："
                    + "{event: case.status_changed, occurredAt, case: {id, number, meeting, title, status, href}}。"
                    + "请求头 Jianyi-Timestamp 为秒级时间戳，Jianyi-Signature 为 t=时间戳,v1=HMAC-SHA256(密钥, 时间戳 + \".\" + 请求体) "
                    + "的十六进制；接收方应核对签名并拒绝过旧的时间戳。非 2xx 的答复按指数退避重试。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WebhookRequest.class))),
            responses = @ApiResponse(responseCode = "201", description = "已订阅；secret 只返回这一次",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = WebhookJson.class))))
    ResponseEntity<WebhookJson> subscribe(HttpServletRequest request,
                                          @RequestAttribute(ApiTokenFilter.TOKEN) ApiToken token) throws IOException {
        WebhookRequest body = strict.read(request, WebhookRequest.class);
        var subscription = webhooks.subscribe(token, body.url());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id()))
                .body(WebhookJson.of(subscription));
    }

    @GetMapping
    @Operation(summary = "本令牌的订阅")
    WebhookList list(@RequestAttribute(ApiTokenFilter.TOKEN) ApiToken token) {
        return new WebhookList(webhooks.of(token).stream().map(WebhookJson::of).toList());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "取消订阅", responses = @ApiResponse(responseCode = "204", description = "已取消"))
    ResponseEntity<Void> remove(@PathVariable long id, @RequestAttribute(ApiTokenFilter.TOKEN) ApiToken token) {
        webhooks.remove(token, id);
        return ResponseEntity.noContent().build();
    }
}
