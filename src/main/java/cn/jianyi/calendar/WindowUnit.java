package cn.jianyi.calendar;

/** The unit a deadline window is counted in. */
public enum WindowUnit {
    /** 日: calendar days. */
    DAYS,
    /** 工作日: working days of the official calendar, make-up days included. */
    WORKDAYS,
    /** 个月: months, ending on the corresponding day or the month's last day. */
    MONTHS;

    /** Reads the command-line spelling: days, workdays, months. */
    public static WindowUnit parse(String text) {
        for (WindowUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(text.strip())) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unit must be days, workdays or months: " + text);
    }
}
