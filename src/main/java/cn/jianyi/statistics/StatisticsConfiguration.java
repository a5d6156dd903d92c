package cn.jianyi.statistics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The statistics module's executor, sized by {@link StatisticsSettings}; Spring starts and stops it. */
@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

    static final String EXECUTOR = "statisticsExecutor";

    /**
     * The threads of {@link Statistics#report}. Not a default candidate: it is injected only where asked for by name,
     * and Spring Boot's own task executor (the one {@code @Async} and the module listeners use) stays as it is.
     */
    @Bean(name = EXECUTOR, defaultCandidate = false)
    ThreadPoolTaskExecutor statisticsExecutor(StatisticsSettings settings) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.threads());
        executor.setMaxPoolSize(settings.threads());
        executor.setQueueCapacity(settings.queue());
        executor.setThreadNamePrefix("statistics-");
        executor.setTaskDecorator(cn.jianyi.shared.LogContext::carried);   // the request's id on its parts' lines
        return executor;
    }
}
