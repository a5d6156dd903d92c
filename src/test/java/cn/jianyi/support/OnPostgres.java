package cn.jianyi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that runs a second time, on embedded PostgreSQL (surefire execution {@code postgres}): one whose SQL or
 * behaviour depends on the database, or one needed so that every statement the H2 run sends also runs on PostgreSQL,
 * which the build checks after both runs ({@code SqlCoverageTests}, ADR 0030). Every other Spring test runs on H2 only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
public @interface OnPostgres {
}
