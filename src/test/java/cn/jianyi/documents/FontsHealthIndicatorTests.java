package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The fonts' health: up with each face's file where they are, down when a face's file is missing (issue 22). */
class FontsHealthIndicatorTests {

    @Test
    void downWithoutTheFontsUpWithThem(@TempDir Path empty) throws Exception {
        var missing = new FontsHealthIndicator(new DocumentFonts(new DocumentSettings(empty, "",
                ClassMarkPosition.BELOW_NUMBER, empty)));
        Health down = missing.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);

        // where bin/prepare-fonts puts the free fonts (application.properties: jianyi.documents.font-dir)
        Path prepared = Path.of(System.getenv().getOrDefault("JIANYI_FONT_DIR",
                System.getProperty("user.home") + "/.cache/jianyi/fonts"));
        assertThat(prepared).as("bin/prepare-fonts has run").isDirectory();
        var present = new FontsHealthIndicator(new DocumentFonts(new DocumentSettings(prepared, "",
                ClassMarkPosition.BELOW_NUMBER, empty)));
        Health up = present.health();
        assertThat(up.getStatus()).as(up.toString()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("FangSong", "FandolFang-Regular.ttf");
    }
}
