package cn.jianyi.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for tests: keeps cookies, logs in with the form, sends the CSRF token with POSTs. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public WebClient(int port) {
        this.port = port;
    }

    public static WebClient loggedIn(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> response = client.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + location);
        }
        return client;
    }

    /** Presents a session cookie the server does not know, as a browser does after the session timed out. */
    public WebClient withStaleSession() {
        var cookie = new java.net.HttpCookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF");
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
        return this;
    }

    public HttpResponse<String> login(String username, String password) {
        return post("/login", List.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** POSTs a form (name, value, name, value…) with a valid CSRF token. */
    public HttpResponse<String> post(String path, List<String> nameValuePairs) {
        var pairs = new ArrayList<>(nameValuePairs);
        pairs.add("_csrf");
        pairs.add(csrfToken());
        return postRaw(path, pairs);
    }

    /** POSTs a form exactly as given (no CSRF token unless included). */
    public HttpResponse<String> postRaw(String path, List<String> nameValuePairs) {
        var body = new StringBuilder();
        for (int i = 0; i < nameValuePairs.size(); i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(nameValuePairs.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValuePairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private String csrfToken() {
        HttpResponse<String> page = get("/login");
        if (page.statusCode() == 302) {            // logged in: any page carries the token in a meta tag
            page = get("/");
        }
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
