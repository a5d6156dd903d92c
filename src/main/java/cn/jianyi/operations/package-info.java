/**
 * 运行监控 / Operations: the application's own metrics beside the JVM, HTTP and connection-pool ones that Spring Boot
 * publishes, for Prometheus at {@code /actuator/prometheus} (ADR 0068): how many acts on cases were committed, by act.
 * Counts events as they pass, never the tables. Listens to the case timeline's events; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "运行监控")
package cn.jianyi.operations;
