package cn.jianyi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.net.ssl.SSLSession;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@link WebClient}'s requests without a server: each goes through the application's whole filter chain (Spring
 * Security included) and its controllers in the test's own thread, with {@link MockMvc} on the cached MOCK-environment
 * application, so a class using it starts no Tomcat and sends no bytes over a socket. A logged-in client presents the
 * person the application's own {@link UserDetailsService} loads (the real principal type) on every request; POSTs carry
 * a valid CSRF token unless sent {@linkplain #postRaw raw}. The refusal of a missing CSRF token, a timed-out session
 * and the upload limit need a real server and are tested over HTTP ({@code HttpSmokeTests}, {@code UploadLimitTests}).
 */
public final class MockWebClient {

    private static final Map<WebApplicationContext, MockMvc> MOCK_MVC = new java.util.concurrent.ConcurrentHashMap<>();

    private final MockMvc mvc;
    private final Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> who;
    /** The client's session, as a browser's cookie keeps it: a refused form's flash reaches the next GET. */
    /** Where the last POST was redirected, until fetched: a browser follows at once (see {@link WebClient}). */
    private String pendingRedirect;
    private org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();

    private MockWebClient(MockMvc mvc, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> who) {
        this.mvc = mvc;
        this.who = who;
    }

    /** Nobody logged in. */
    public static MockWebClient anonymous(WebApplicationContext context) {
        return new MockWebClient(mockMvc(context), request -> request);
    }

    /** Logged in as {@code username}: the principal the application's login would put in the session. */
    public static MockWebClient loggedIn(WebApplicationContext context, String username) {
        var person = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        return new MockWebClient(mockMvc(context), request -> request.with(user(person)));
    }

    /** One per application: the contexts are cached for the test JVM's life anyway. */
    private static MockMvc mockMvc(WebApplicationContext context) {
        return MOCK_MVC.computeIfAbsent(context,
                c -> MockMvcBuilders.webAppContextSetup(c).apply(springSecurity()).build());
    }

    public HttpResponse<String> get(String path) {
        return text(perform(MockMvcRequestBuilders.get(URI.create(path))), path);
    }

    /** POSTs a form (name, value, name, value…) with a valid CSRF token. */
    public HttpResponse<String> post(String path, List<String> nameValuePairs) {
        return text(perform(form(path, nameValuePairs).with(csrf())), path);
    }

    /** POSTs a form exactly as given (no CSRF token unless included). */
    public HttpResponse<String> postRaw(String path, List<String> nameValuePairs) {
        return text(perform(form(path, nameValuePairs)), path);
    }

    /**
     * Follows a redirect as a browser does after a POST (post/redirect/get): GETs the {@code Location} in the same
     * session; any other answer is returned as it is.
     */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            return response;
        }
        pendingRedirect = null;
        return get(pathOf(response.headers().firstValue("Location").orElseThrow()));
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** POSTs a form and follows the redirect that answers it, as a browser shows the page after a submit. */
    public HttpResponse<String> submit(String path, List<String> nameValuePairs) {
        return follow(post(path, nameValuePairs));
    }

    /** GETs a download: the body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(URI.create(path)));
        return new Response<>(response.getStatus(), headers(response), response.getContentAsByteArray(), path);
    }

    private static MockHttpServletRequestBuilder form(String path, List<String> nameValuePairs) {
        var request = MockMvcRequestBuilders.post(URI.create(path)).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < nameValuePairs.size(); i += 2) {
            request.param(nameValuePairs.get(i), nameValuePairs.get(i + 1));
        }
        return request;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            if (pendingRedirect != null) {
                String pending = pendingRedirect;
                pendingRedirect = null;
                var next = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                String nextPath = next.getRequestURI() + (next.getQueryString() == null ? "" : "?" + next.getQueryString());
                if (!(next.getMethod().equals("GET") && nextPath.equals(pending))) {
                    perform(MockMvcRequestBuilders.get(URI.create(pending)));
                }
            }
            if (session.isInvalid()) {
                session = new org.springframework.mock.web.MockHttpSession();
            }
            MvcResult result = mvc.perform(who.apply(request.session(session))).andReturn();
            MockHttpServletResponse response = result.getResponse();
            if (result.getRequest().getMethod().equals("POST") && response.getStatus() / 100 == 3
                    && response.getRedirectedUrl() != null) {
                pendingRedirect = pathOf(response.getRedirectedUrl());
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException("the request failed in the application: " + e, e);
        }
    }

    private static HttpResponse<String> text(MockHttpServletResponse response, String path) {
        try {
            return new Response<>(response.getStatus(), headers(response),
                    response.getContentAsString(StandardCharsets.UTF_8), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, response.getHeaders(name));
        }
        if (response.getRedirectedUrl() != null) {
            headers.putIfAbsent("Location", List.of(response.getRedirectedUrl()));
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** A MockMvc response read through {@link HttpResponse}, so tests read it as they read {@link WebClient}'s. */
    private record Response<T>(int statusCode, HttpHeaders headers, T body, String path) implements HttpResponse<T> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).build();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("http://localhost" + path);
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
