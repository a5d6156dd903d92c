package cn.jianyi.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Spring Boot's task executor and task scheduler run each task {@linkplain LogContext#carried carried}: an event
 * listener run on the executor keeps the id of the request that published the event, and each scheduled run (the
 * reminders, the notification dispatch, the purges) logs under a job id of its own (ADR 0068).
 */
@Configuration(proxyBeanMethods = false)
class LogContextConfiguration {

    @Bean
    TaskDecorator logContextTaskDecorator() {
        return LogContext::carried;
    }
}
