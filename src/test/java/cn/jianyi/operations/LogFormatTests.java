package cn.jianyi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import cn.jianyi.shared.LogContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log format switch (ADR 0068): application.properties turns JIANYI_LOG_FORMAT=ecs into Spring Boot's structured
 * console and file format, and a line in that format is one JSON object carrying the request's id; without the
 * variable the format is blank, which keeps Boot's plain pattern. No application is started: the properties are
 * resolved as Boot resolves them and the line is written by Boot's own encoder.
 */
class LogFormatTests {

    private static StandardEnvironment environmentWith(Map<String, Object> variables) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }

    @Test
    void plainTextUnlessSwitchedOnAndJsonWhenItIs() throws IOException {
        assertThat(environmentWith(Map.of()).getProperty("logging.structured.format.console")).isEmpty();
        var json = environmentWith(Map.of("JIANYI_LOG_FORMAT", "ecs"));
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(json.getProperty("logging.structured.format.file")).isEqualTo("ecs");
        assertThat(json.getProperty("logging.pattern.correlation")).contains("%X{requestId").contains("%X{jobId");
    }

    @Test
    void aJsonLineCarriesTheRequestId() {
        var context = new LoggerContext();
        context.putObject(org.springframework.core.env.Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "jianyi"));
        var encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        var event = new LoggingEvent("test", context.getLogger("cn.jianyi.handling.HandlingManagement"), Level.INFO,
                "签发 {}", null, new Object[] {"新卫提字〔2024〕1号"});
        event.setMDCPropertyMap(Map.of(LogContext.REQUEST_ID, "lb-7f3a9c"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("签发 新卫提字〔2024〕1号");
        assertThat(json.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(json.get(LogContext.REQUEST_ID).asString()).isEqualTo("lb-7f3a9c");
        assertThat(json.get("service").get("name").asString()).isEqualTo("jianyi");
    }
}
