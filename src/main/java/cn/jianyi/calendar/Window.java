package cn.jianyi.calendar;

/** A deadline window: an amount of days, working days or months. */
public record Window(int amount, WindowUnit unit) {

    public Window {
        if (amount < 1 || amount > 10_000) {
            throw new IllegalArgumentException("window amount must be 1..10000: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("window unit is required");
        }
    }

    public static Window months(int amount) {
        return new Window(amount, WindowUnit.MONTHS);
    }

    public static Window workdays(int amount) {
        return new Window(amount, WindowUnit.WORKDAYS);
    }

    public static Window days(int amount) {
        return new Window(amount, WindowUnit.DAYS);
    }
}
