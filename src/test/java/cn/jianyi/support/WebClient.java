package cn.jianyi.support;

import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for tests: keeps cookies, logs in with the form, sends the CSRF token with POSTs. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;

    /**
     * Where the last POST was redirected, until it is fetched: a browser follows a redirect at once, so before any
     * other request this client fetches it too (the page's one-time flash is consumed as a browser's would be).
     */
    private String pendingRedirect;

    public WebClient(int port) {
        this(port, new CookieManager());
    }

    private WebClient(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The same browser talking to another instance of the application on this host (another port): it presents the
     * same cookies, as a browser behind a load balancer does when it is sent to another instance.
     */
    public WebClient onPort(int otherPort) {
        return new WebClient(otherPort, cookies);
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

    /** GETs as htmx does when it polls a fragment ({@code HX-Request: true}). */
    public HttpResponse<String> poll(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET().build());
    }

    /** POSTs a form (name, value, name, value…) with a valid CSRF token. */
    public HttpResponse<String> post(String path, List<String> nameValuePairs) {
        var pairs = new ArrayList<>(nameValuePairs);
        pairs.add("_csrf");
        pairs.add(csrfToken());
        return postRaw(path, pairs);
    }

    /**
     * Follows a redirect as a browser does after a POST (post/redirect/get): GETs the {@code Location} with the same
     * cookies; any other answer is returned as it is.
     */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            return response;
        }
        pendingRedirect = null;
        return get(pathOf(response));
    }

    private static String pathOf(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** POSTs a form and follows the redirect that answers it, as a browser shows the page after a submit. */
    public HttpResponse<String> submit(String path, List<String> nameValuePairs) {
        return follow(post(path, nameValuePairs));
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

    /** A file in a multipart form: the field's name, the file name the browser sends, its type and bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {

        /** What a browser sends for a file field left empty: a part without file name or content. */
        public static FilePart none(String field) {
            return new FilePart(field, "", "application/octet-stream", new byte[0]);
        }
    }

    /** POSTs a multipart form (fields as name, value, name, value…, then the files) with a valid CSRF token. */
    public HttpResponse<String> postMultipart(String path, List<String> nameValuePairs, List<FilePart> files) {
        var pairs = new ArrayList<>(nameValuePairs);
        pairs.add("_csrf");
        pairs.add(csrfToken());
        return postMultipartRaw(path, pairs, files, List.of());
    }

    /**
     * POSTs a multipart form exactly as given (no CSRF token unless included), with extra headers (name, value…), as
     * a browser does: UTF-8 names, {@code Accept: text/html}.
     */
    public HttpResponse<String> postMultipartRaw(String path, List<String> nameValuePairs, List<FilePart> files,
                                                 List<String> headers) {
        String boundary = "----JianyiTestBoundary" + UUID.randomUUID().toString().replace("-", "");
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < nameValuePairs.size(); i += 2) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + nameValuePairs.get(i)
                    + "\"\r\n\r\n" + nameValuePairs.get(i + 1) + "\r\n");
        }
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName().replace("\"", "%22") + "\"\r\nContent-Type: "
                    + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return send(request.build());
    }

    /** The CSRF token a logged-in page carries, e.g. to send it as a header instead of a form field. */
    public String csrfTokenOfThisSession() {
        return csrfToken();
    }

    /** GETs a download: the body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private String csrfToken() {
        HttpResponse<String> page = get("/login");
        if (page.statusCode() == 302) {            // logged in: any page carries the token in a meta tag
            page = get("/");
        }
        if (page.statusCode() == 302) {            // held on 修改口令 (a password to change): that page carries it
            page = get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
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
        if (pendingRedirect != null) {
            String pending = pendingRedirect;
            pendingRedirect = null;
            if (!(request.method().equals("GET") && request.uri().equals(uri(pending)))) {
                send(HttpRequest.newBuilder(uri(pending)).GET().build());
            }
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (request.method().equals("POST") && response.statusCode() / 100 == 3
                    && response.headers().firstValue("Location").isPresent()) {
                pendingRedirect = pathOf(response);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
