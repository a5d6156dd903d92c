package cn.jianyi.documents;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.documents.*}: where the official documents get their fonts and seals, where the class mark stands,
 * and how the meeting ZIP export runs. The defaults are here and nowhere else.
 *
 * @param fontDir            the free fonts {@code bin/prepare-fonts} makes (JIANYI_FONT_DIR)
 * @param licensedFontDir    licensed fonts that take precedence, or blank for none (JIANYI_LICENSED_FONT_DIR)
 * @param classMarkPosition  where 分类：A stands on a letter's first page (JIANYI_CLASS_MARK_POSITION)
 * @param sealDir            each unit's electronic seal under a folder named after the unit (JIANYI_SEAL_DIR)
 * @param export             the meeting ZIP export (会议答复函打包)
 */
@ConfigurationProperties("jianyi.documents")
public record DocumentSettings(Path fontDir,
                               @DefaultValue("") String licensedFontDir,
                               @DefaultValue("BELOW_NUMBER") ClassMarkPosition classMarkPosition,
                               Path sealDir,
                               @DefaultValue Export export) {

    public DocumentSettings {
        if (fontDir == null || sealDir == null) {
            throw new IllegalArgumentException("jianyi.documents.font-dir and jianyi.documents.seal-dir must be set");
        }
    }

    /** The licensed font folder, if one is configured. */
    public Path licensedFonts() {
        return licensedFontDir == null || licensedFontDir.isBlank() ? null : Path.of(licensedFontDir);
    }

    /**
     * @param keepFor  how long a finished job and its ZIP are kept (default 1 hour)
     * @param queue    how many jobs may wait for the one export thread (default 10)
     */
    public record Export(@DefaultValue("1h") Duration keepFor, @DefaultValue("10") int queue) {

        public Export {
            if (keepFor.isNegative() || queue < 1) {
                throw new IllegalArgumentException("jianyi.documents.export: keep-for ≥ 0 and queue ≥ 1");
            }
        }
    }
}
