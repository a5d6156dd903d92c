package cn.jianyi.shared;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The ids every log line carries (ADR 0068), in the logging MDC: {@value #REQUEST_ID} for the HTTP request a line
 * belongs to (taken from the load balancer's {@code X-Request-Id} when it is well formed, made otherwise), and
 * {@value #JOB_ID} for a background job or a scheduled run. The plain log pattern and the JSON formats print both.
 * A failure is logged and shown to the user under the request's id ({@link #incident()}), so that what a clerk quotes
 * from the error page finds every line of that request.
 */
public final class LogContext {

    /** The MDC key of the HTTP request's id. */
    public static final String REQUEST_ID = "requestId";
    /** The MDC key of a background job's or a scheduled run's id. */
    public static final String JOB_ID = "jobId";

    /** What a request id from outside may look like: what load balancers and tracing headers use, nothing else. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private LogContext() {
    }

    /** A new id: 12 hexadecimal digits, short enough to read out on the telephone. */
    public static String newId() {
        return String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    /**
     * The id given from outside if it is well formed (at most 64 letters, digits, {@code . _ : -}), else a new one: a
     * header that could forge or break a log line (line breaks, quotes, spaces, anything long) is never used.
     */
    public static String requestIdFrom(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
    }

    /** The id to log a failure under and show the user: the request's, else the job's, else a new one. */
    public static String incident() {
        String request = MDC.get(REQUEST_ID);
        if (request != null) {
            return request;
        }
        String job = MDC.get(JOB_ID);
        return job != null ? job : newId();
    }

    /** Runs the work with {@value #JOB_ID} set to the job's id, as it was before afterwards. */
    public static void inJob(String jobId, Runnable work) {
        String before = MDC.get(JOB_ID);
        MDC.put(JOB_ID, jobId);
        try {
            work.run();
        } finally {
            if (before == null) {
                MDC.remove(JOB_ID);
            } else {
                MDC.put(JOB_ID, before);
            }
        }
    }

    /**
     * The work as another thread should run it: with the ids of the thread that hands it over (an event listener run
     * after a request keeps its request id) and a {@value #JOB_ID} of its own for each run (a scheduled run gets a new
     * one each time), leaving the pool thread's MDC as it found it.
     */
    public static Runnable carried(Runnable work) {
        Map<String, String> caller = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            if (caller == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(caller);
            }
            MDC.put(JOB_ID, newId());
            try {
                work.run();
            } finally {
                if (before == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(before);
                }
            }
        };
    }
}
