package cn.jianyi.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.documents.*}: where the official documents get their fonts and seals, and where the class mark stands.
 * The defaults are here and nowhere else. (The meeting ZIP export runs as a background job: {@code jianyi.jobs.*}.)
 *
 * @param fontDir            the free fonts {@code bin/prepare-fonts} makes (JIANYI_FONT_DIR)
 * @param licensedFontDir    licensed fonts that take precedence, or blank for none (JIANYI_LICENSED_FONT_DIR)
 * @param classMarkPosition  where 分类：A stands on a letter's first page (JIANYI_CLASS_MARK_POSITION)
 * @param sealDir            each unit's electronic seal under a folder named after the unit (JIANYI_SEAL_DIR)
 */
@ConfigurationProperties("jianyi.documents")
public record DocumentSettings(Path fontDir,
                               @DefaultValue("") String licensedFontDir,
                               @DefaultValue("BELOW_NUMBER") ClassMarkPosition classMarkPosition,
                               Path sealDir) {

    public DocumentSettings {
        if (fontDir == null || sealDir == null) {
            throw new IllegalArgumentException("jianyi.documents.font-dir and jianyi.documents.seal-dir must be set");
        }
    }

    /** The licensed font folder, if one is configured. */
    public Path licensedFonts() {
        return licensedFontDir == null || licensedFontDir.isBlank() ? null : Path.of(licensedFontDir);
    }
}
