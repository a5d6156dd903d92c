package cn.jianyi.handling;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 (GB/T 9704-2012 §7.2.5): issuer code + year in 〔〕 + serial + 号, with no leading zeros and no 第, e.g.
 * 新卫提字〔2024〕1号.
 */
public record DocumentNumber(String issuerCode, int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("(\\S+?)〔(\\d{4})〕([1-9]\\d*)号");

    public DocumentNumber {
        Objects.requireNonNull(issuerCode, "issuerCode");
        if (issuerCode.isBlank() || year < 1949 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("invalid document number parts");
        }
    }

    public static DocumentNumber parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a document number: " + text);
        }
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }
}
