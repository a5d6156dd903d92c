package cn.jianyi.documents;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log to SLF4J (under {@code com.openhtmltopdf.*}) instead of its own console handler, so the
 * application's logging levels apply: its per-render INFO lines stay out of the log and of the command line.
 */
final class OpenHtmlToPdfLogging implements XRLogger {

    /**
     * The PDF/UA mode warns on every document without a subject (the report, a draft letter without 文号) that it
     * "will not be PDF/UA compliant"; ISO 14289-1 asks for the title, not a description (ADR 0056). Kept at DEBUG.
     */
    private static final LogMessageId NO_DESCRIPTION =
            LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED;

    private OpenHtmlToPdfLogging() {
    }

    static void install() {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLogging());
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, th);
        } else if (level.intValue() >= Level.INFO.intValue()) {
            logger.debug(message, th);  // openhtmltopdf's INFO is per-render chatter
        } else {
            logger.trace(message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (diagnostic.getLogMessageId() == NO_DESCRIPTION) {
            LoggerFactory.getLogger(NO_DESCRIPTION.getWhere()).debug(diagnostic.getFormattedMessage());
        } else {
            XRLogger.super.log(diagnostic);
        }
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        Level level = diagnostic.getLogMessageId() == NO_DESCRIPTION ? Level.FINE : diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
