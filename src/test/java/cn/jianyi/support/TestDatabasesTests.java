package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test context really runs on the database the build asked for (so the PostgreSQL run cannot silently fall back
 * to H2), freshly migrated and empty, with demo data off.
 */
@OnPostgres
@IntegrationTest
@Isolated   // alone, after the browser lane (it changes the JVM-wide database property for a moment)
class TestDatabasesTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Value("${jianyi.demo.enabled}") boolean demo;

    @Test
    void runsOnTheSelectedDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (TestDatabases.onPostgres()) {
                assertThat(meta.getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(meta.getDatabaseMajorVersion()).isEqualTo(17);
                assertThat(meta.getURL()).matches("jdbc:postgresql://localhost:\\d+/jianyi_\\d+.*");
            } else {
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
                assertThat(meta.getURL()).matches("jdbc:h2:mem:jianyi-\\d+.*");
            }
        }
    }

    @Test
    void startsMigratedAndEmptyWithDemoDataOff() {
        assertThat(demo).isFalse();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                .isPositive();
        for (String table : DatabaseSnapshot.TABLES) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void refusesAnUnknownDatabaseChoice() {
        String before = System.getProperty(TestDatabases.PROPERTY);
        try {
            System.setProperty(TestDatabases.PROPERTY, "oracle");
            assertThatThrownBy(TestDatabases::onPostgres).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("oracle");
        } finally {
            if (before == null) {
                System.clearProperty(TestDatabases.PROPERTY);
            } else {
                System.setProperty(TestDatabases.PROPERTY, before);
            }
        }
    }
}
