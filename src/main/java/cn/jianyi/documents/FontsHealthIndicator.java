package cn.jianyi.documents;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code fonts} in the health's readiness group (issue 22): the official documents cannot be drawn without their
 * faces, so an instance whose font folder lacks one is not ready for traffic. Up with each face's file name; down
 * with what to run ({@code bin/prepare-fonts}) when a free font is missing.
 */
@Component
class FontsHealthIndicator extends AbstractHealthIndicator {

    private final DocumentFonts fonts;

    FontsHealthIndicator(DocumentFonts fonts) {
        super("the official documents' fonts cannot be read");
        this.fonts = fonts;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        fonts.files().forEach((face, file) -> builder.withDetail(face.family(), file.getFileName().toString()));
    }
}
