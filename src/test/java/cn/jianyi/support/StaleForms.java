package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/**
 * A form sent after its record changed since the page was read (ADR 0065), as the person sees the answer: the page
 * again, 未能保存：提交前该事项已被他人更新 and the record's latest state (最新情况：…) above what was typed, never
 * 提交的内容有误, and the form carrying the version the record has now, so that it can be sent again knowingly.
 */
public final class StaleForms {

    /** The part of {@code form.fault.concurrent} that says why. */
    public static final String CHANGED_MEANWHILE = "提交前该事项已被他人更新";

    private StaleForms() {
    }

    /**
     * Checks the page that answered a form read at {@code readVersion} (after the redirect): refused with
     * {@code latest} in its message and each of {@code typed} still on it. Returns the version the form carries now.
     */
    public static String refused(HttpResponse<String> page, String readVersion, String latest, String... typed) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(CHANGED_MEANWHILE).contains(latest).contains(typed)
                .doesNotContain("提交的内容有误");
        String now = hidden(page.body(), "version");
        assertThat(now).as("the form carries the version the record has now").isNotEqualTo(readVersion);
        return now;
    }

    /** The value of the hidden field {@code name} on a page (as {@code th:field} writes it: id, name, value). */
    public static String hidden(String page, String name) {
        var matcher = Pattern.compile("<input type=\"hidden\" id=\"" + name + "\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }
}
