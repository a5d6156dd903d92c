package cn.jianyi.statistics.report;

import java.util.List;

/**
 * 办理情况报告: the year-end report on the handling of deputies' suggestions, as content that the DOCX and the PDF
 * print alike. Every sentence is made from the figures of {@code Statistics}; the part only people can write (下一步工作)
 * is a marked placeholder, not generated text.
 *
 * @param title     关于……代表建议办理情况的报告
 * @param addressee the 主送 line, or null when the report covers no single congress
 * @param blocks    the body in order: headings, sentences, charts and the placeholder
 * @param unitTable 附表: the figures of each answering unit
 * @param note      how the figures were made, printed small at the end
 */
public record HandlingReport(String title, String addressee, List<Block> blocks, Table unitTable, String note) {

    public HandlingReport {
        blocks = List.copyOf(blocks);
    }

    /** Every chart of the report, in order. */
    public List<Chart> charts() {
        return blocks.stream().filter(b -> b.chart() != null).map(Block::chart).toList();
    }

    /** What a block is. */
    public enum Kind {
        /** 一、基本情况: 黑体. */
        HEADING,
        /** A paragraph of generated sentences. */
        TEXT,
        /** A chart with its caption. */
        CHART,
        /** Marked text for the clerk to replace (下一步工作); nothing in it is a finding. */
        PLACEHOLDER
    }

    /** A heading, paragraph, chart or placeholder; {@code chart} is set for charts only. */
    public record Block(Kind kind, String text, Chart chart) {

        static Block heading(String text) {
            return new Block(Kind.HEADING, text, null);
        }

        static Block text(String text) {
            return new Block(Kind.TEXT, text, null);
        }

        static Block placeholder(String text) {
            return new Block(Kind.PLACEHOLDER, text, null);
        }

        static Block chart(Chart chart) {
            return new Block(Kind.CHART, chart.title(), chart);
        }
    }

    /**
     * A chart: a pie of one series, or bars of one or more series over the categories.
     *
     * @param alt its text alternative for those who cannot see it: the kind of chart, its title and every figure it
     *            plots (the PDF's /Alt of the figure, ADR 0056)
     */
    public record Chart(String title, Type type, List<String> categories, List<Series> series, String alt) {

        public Chart {
            if (alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("a chart needs its text alternative");
            }
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }

        /** How a chart is drawn. */
        public enum Type {
            PIE, BAR
        }
    }

    /** One series of a chart: its name and one count per category. */
    public record Series(String name, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /** A table with its caption, header and rows of printed cells. */
    public record Table(String title, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
