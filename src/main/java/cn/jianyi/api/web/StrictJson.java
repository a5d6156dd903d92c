package cn.jianyi.api.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import cn.jianyi.api.ApiSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an API request's JSON body (ADR 0058): at most {@code jianyi.api.max-body} bytes (413 beyond), only
 * {@code application/json} (415), parsed by a mapper of the API's own, strict where the pages' is lenient (unknown
 * fields, numbers for enums, trailing tokens). Each refusal is a 400 problem naming its field.
 */
@Component
class StrictJson {

    /** Strict where the pages' mapper is lenient: unknown fields, nulls for primitives, trailing tokens. */
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private final ApiSettings settings;

    StrictJson(ApiSettings settings) {
        this.settings = settings;
    }

    /** The request as the mapper writes it back: the same fields give the same text, whatever the spacing. */
    String canonical(Object body) {
        return mapper.writeValueAsString(body);
    }

    <T> T read(HttpServletRequest request, Class<T> bodyType) throws IOException {
        String type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            throw new ApiInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "请求体须为 application/json（UTF-8）", List.of());
        }
        if (request.getContentLengthLong() > settings.maxBody()) {
            throw tooLarge();
        }
        byte[] bytes = request.getInputStream().readNBytes(settings.maxBody() + 1);
        if (bytes.length > settings.maxBody()) {
            throw tooLarge();
        }
        try {
            T body = mapper.readValue(bytes, bodyType);
            if (body == null) {
                throw new ApiInputException(HttpStatus.BAD_REQUEST, "invalid-json", "请求体为空", List.of());
            }
            return body;
        } catch (UnrecognizedPropertyException e) {
            throw ApiInputException.onField("unknown-field", path(e), "未知字段");
        } catch (MismatchedInputException e) {
            String field = path(e);
            if (field.isEmpty()) {
                throw new ApiInputException(HttpStatus.BAD_REQUEST, "invalid-json", "请求体须为一个 JSON 对象",
                        List.of());
            }
            throw ApiInputException.onField("wrong-type", field, "取值类型不正确");
        } catch (JacksonException e) {
            String field = path(e);
            if (!field.isEmpty()) {
                throw ApiInputException.onField("wrong-type", field, "取值类型不正确");
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ApiInputException(HttpStatus.BAD_REQUEST, "invalid-json",
                    "请求体不是有效的 JSON（第 " + line + " 行第 " + column + " 列附近）", List.of());
        }
    }

    private ApiInputException tooLarge() {
        return new ApiInputException(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "请求体超过 " + settings.maxBody() + " 字节", List.of());
    }

    /** The field a Jackson error is about, as a JSON path: {@code coSignerIds[1]}. */
    private static String path(JacksonException e) {
        var text = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }

}
