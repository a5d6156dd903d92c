package cn.jianyi.shared.jobs;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * The locks that make work run on one instance at a time when several share the database (ADR 0064): ShedLock's rows
 * in the {@code shedlock} table, timed by the database's clock so that instances whose clocks differ agree. One
 * provider for the whole application: the {@code @SchedulerLock} methods use it, and the work that takes a lock
 * itself (reminders, the audit purge, the session cleanup, the archive lease sweep, the statistics build on start)
 * runs through the {@link LockingTaskExecutor}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }
}
