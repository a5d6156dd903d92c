package cn.jianyi.shared.web;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message the next page shows once, after a redirect ("答复已签发"), by key and arguments: a controller stores it
 * with {@link #show}, and {@code layout.html} resolves it in the user's language, so controllers need no
 * {@code MessageSource} to say what was done. It lives in the session until the next request, so an argument that
 * is not serializable is kept as its text, which is what the message would show of it anyway.
 *
 * @param key  a key of {@code messages.properties}
 * @param args the message's arguments, {0}, {1} …
 */
public record Flash(String key, Object... args) implements Serializable {

    /** The flash attribute {@code layout.html} shows. */
    public static final String ATTRIBUTE = "flash";

    public Flash {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A flash message needs a message key");
        }
        args = args == null ? new Object[0] : Arrays.stream(args).map(Flash::storable).toArray();
    }

    /** Shows the message with this key on the page the redirect leads to. */
    public static void show(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, args));
    }

    private static Object storable(Object arg) {
        return arg == null || arg instanceof Serializable ? arg : arg.toString();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flash flash && key.equals(flash.key) && Arrays.equals(args, flash.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return "Flash[" + key + Arrays.toString(args) + "]";
    }
}
