package cn.jianyi;

import org.springframework.boot.SpringApplication;

import cn.jianyi.support.TestDatabases;

/**
 * Starts the application for developers against a fresh database on an embedded PostgreSQL 17 (the same server the
 * tests use), with the demo data (the application's default). Run it from the IDE, or with
 * {@code ./mvnw spring-boot:test-run}. The database is gone when the JVM stops. Pass {@code -Djianyi.test.db=h2}
 * for an in-memory H2 database instead.
 */
public class TestApplication {

    public static void main(String[] args) {
        if (System.getProperty(TestDatabases.PROPERTY) == null) {
            System.setProperty(TestDatabases.PROPERTY, "postgres");
        }
        SpringApplication.from(JianyiApplication::main).run(args);
    }
}
