package cn.jianyi.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import cn.jianyi.shared.web.SessionSerialization;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Sessions in the database (Spring Session JDBC, ADR 0064): every instance on the database knows every login, so a
 * person keeps their session when the load balancer sends them elsewhere or an instance restarts, and the session
 * limit per account counts the sessions of all instances ({@link SecurityConfiguration}). Attributes are stored as
 * {@link SessionSerialization} says. Expired sessions are deleted on {@code jianyi.sessions.cleanup-cron} by one
 * instance at a time (ShedLock row {@value #LOCK}, database time), instead of Spring Session's per-instance cleanup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class SessionStore implements BeanClassLoaderAware {

    static final String LOCK = "session-cleanup";

    private ClassLoader loader = SessionStore.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.loader = classLoader;
    }

    /** Read by Spring Session by this name. */
    @Bean
    ConversionService springSessionConversionService() {
        return SessionSerialization.conversionService(loader);
    }

    @Bean
    @ConditionalOnExpression("!${jianyi.cli.enabled:false}")
    SessionCleanup sessionCleanup(JdbcIndexedSessionRepository sessions, LockingTaskExecutor locks) {
        return new SessionCleanup(sessions, locks);
    }

    /** Deletes the expired sessions, on one instance at a time. */
    static class SessionCleanup {

        private final JdbcIndexedSessionRepository sessions;
        private final LockingTaskExecutor locks;

        SessionCleanup(JdbcIndexedSessionRepository sessions, LockingTaskExecutor locks) {
            this.sessions = sessions;
            this.locks = locks;
        }

        /** The scheduled run; a no-op while another instance holds the lock. */
        @Scheduled(cron = "${jianyi.sessions.cleanup-cron:0 */10 * * * *}")
        public void run() {
            locks.executeWithLock((Runnable) sessions::cleanUpExpiredSessions,
                    new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), Duration.ofSeconds(30)));
        }
    }
}
