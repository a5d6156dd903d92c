package cn.jianyi.api;

/** A token just created, with its secret: the only moment the secret exists outside the caller's hands. */
public record IssuedToken(ApiToken token, TokenSecret secret) {
}
