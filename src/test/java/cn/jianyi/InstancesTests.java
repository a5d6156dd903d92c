package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.archive.ArchiveImports;
import cn.jianyi.archive.ImportBatch;
import cn.jianyi.archive.LetterReader;
import cn.jianyi.archive.UploadedFile;
import cn.jianyi.supervision.DeadlineReminders;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * Two instances on one PostgreSQL (issue 22, ADR 0064): the suite's cached application is instance A, and a second
 * application on the same database, started once for the class, is instance B (its own port and search index, demo
 * data off, a short archive lease). A login made on A is used on B; a reminder due now, run on both at the same
 * moment, is sent once; and B stopped while it reads an archive batch leaves the batch to A, which marks it failed
 * with its reason once B's lease has run out.
 */
@Tag("postgres-only")       // two applications on one database: the production database's case (ADR 0044)
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)      // instance B is stopped by the last test
class InstancesTests {

    private static final Duration B_LEASE = Duration.ofSeconds(2);

    @LocalServerPort int portA;
    @Autowired ApplicationContext a;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private ConfigurableApplicationContext b;
    private int portB;
    /** B's reading of the first letter file waits here: B is stopped in the middle of a batch. */
    private final CountDownLatch readingHeld = new CountDownLatch(1);
    private final CountDownLatch readingStarted = new CountDownLatch(1);

    @BeforeAll
    void instances() {
        world = TestWorld.create(a);
        Environment env = a.getEnvironment();
        Map<String, Object> settings = new HashMap<>();
        for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "jianyi.documents.seal-dir", "jianyi.feedback.signing-key-dir")) {
            settings.put(name, env.getRequiredProperty(name));                  // A's database, seals and keys
        }
        settings.putAll(Map.of(
                "server.port", "0",
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.jmx.enabled", "false",
                "jianyi.search.index-dir", env.getRequiredProperty("jianyi.search.index-dir") + "-b",
                "jianyi.demo.enabled", "false",
                "jianyi.security.session.max-per-account", "-1",
                "jianyi.security.password.max-age", "0",
                "jianyi.security.password-hash-cost", "4",
                "jianyi.deadlines.reminders-enabled", "false",            // run by the test, at a moment it chooses
                "jianyi.notifications.dispatch-enabled", "false"));
        settings.put("jianyi.archive.lease", B_LEASE.toString());
        settings.put("jianyi.archive.lease-renewal", "PT0.5S");
        long started = System.nanoTime();
        b = new SpringApplicationBuilder(JianyiApplication.class)
                .initializers(context -> {
                    // over the test support's initializer, which would give B a database of its own
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("instanceB", settings));
                    context.getBeanFactory().addBeanPostProcessor(new HoldingTheReading());
                })
                .run();
        portB = Integer.parseInt(b.getEnvironment().getProperty("local.server.port"));
        org.slf4j.LoggerFactory.getLogger(InstancesTests.class).info("Instance B started in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void stop() {
        readingHeld.countDown();
        if (b != null && b.isActive()) {
            b.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("在一个实例登录，负载均衡转到另一实例：同一会话，仍是本人，可以提交表单")
    void aSessionMadeOnOneInstanceIsUsedOnTheOther() {
        WebClient onA = WebClient.loggedIn(portA, "clerk", TestWorld.PASSWORD);
        assertThat(onA.get("/").body()).contains("王晓燕");

        WebClient onB = onA.onPort(portB);
        HttpResponse<String> home = onB.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("王晓燕");
        assertThat(new WebClient(portB).get("/").statusCode()).as("no cookie, no login").isEqualTo(302);

        onB.post("/logout", List.of());                                 // logged out on B: gone on A too
        HttpResponse<String> afterLogout = onA.get("/");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @Order(2)
    @DisplayName("督办提醒在两个实例同时运行：只有一个实例发送，每个提醒只发一次")
    void aReminderDueNowIsSentOnceByTwoInstancesAtOnce() throws Exception {
        long id = world.assigned(1);
        world.opinionGiven(id);
        LocalDate soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        jdbc.sql("update assignments set due_on = ? where suggestion_id = ? and unit_id = ?")
                .params(soon, id, world.health.id()).update();

        List<DeadlineReminders> both = List.of(a.getBean(DeadlineReminders.class), b.getBean(DeadlineReminders.class));
        var start = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Optional<Integer>>();
        try {
            var runs = new ArrayList<Future<Optional<Integer>>>();
            for (DeadlineReminders instance : both) {
                runs.add(threads.submit((Callable<Optional<Integer>>) () -> {
                    start.await();
                    return instance.runLocked();
                }));
            }
            start.countDown();
            for (Future<Optional<Integer>> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(results).filteredOn(Optional::isPresent).as("one instance held the lock").hasSize(1);
        assertThat(jdbc.sql("""
                        select count(*) from deadline_reminders where suggestion_id = ? and stage = 'DUE_SOON'""")
                .param(id).query(Long.class).single()).as("the lead unit's reminder, once").isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from notices n join users u on u.id = n.recipient_id
                         where u.username = 'handler' and n.suggestion_id = ? and n.kind = 'DEADLINE_SOON'""")
                .param(id).query(Long.class).single()).as("the handler is told once").isEqualTo(1);
    }

    @Test
    @Order(3)
    @DisplayName("读取历史复函时实例 B 停止：另一实例在租约过期后将批次标为读取中断并说明原因")
    void anImportCutOffByTheLossOfItsInstanceIsFailedByTheOther() throws Exception {
        ArchiveImports onB = b.getBean(ArchiveImports.class);
        long batchId = onB.start(List.of(
                new UploadedFile("一.txt", "关于加强社区养老服务的答复\n第一份复函的正文。".getBytes(StandardCharsets.UTF_8)),
                new UploadedFile("二.txt", "关于改善农村道路的答复\n第二份复函的正文。".getBytes(StandardCharsets.UTF_8))),
                world.clerk);
        assertThat(readingStarted.await(30, TimeUnit.SECONDS)).as("B reads the batch").isTrue();

        ArchiveImports onA = a.getBean(ArchiveImports.class);
        Thread.sleep(B_LEASE.toMillis() + 500);                          // past one lease: B has renewed it
        assertThat(onA.markCutOff()).as("B is alive and holds the lease").isZero();
        assertThat(onA.batch(batchId).orElseThrow().status()).isEqualTo(ImportBatch.Status.RUNNING);

        b.close();                                                        // B is gone in the middle of the batch
        Thread.sleep(B_LEASE.toMillis() + 500);

        assertThat(onA.markCutOff()).as("A's sweep").isEqualTo(1);
        ImportBatch batch = onA.batch(batchId).orElseThrow();
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(batch.failure()).isEqualTo(ImportBatch.Failure.STOPPED);
        assertThat(batch.unread()).isEqualTo(2);
        WebClient clerk = WebClient.loggedIn(portA, "clerk", TestWorld.PASSWORD);
        assertThat(clerk.get("/archive/imports/" + batchId).body()).contains("data-status=\"FAILED\"")
                .contains("处理该批次的服务实例已停止，读取中断：已读取的文件保留如下，其余2个文件未读取，请重新上传这些文件。");
    }

    /** B's letter reader, holding the reading of every file until the test lets it go, whatever interrupts it. */
    private final class HoldingTheReading implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof LetterReader)) {
                return bean;
            }
            var proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true);
            proxy.addAdvice((MethodInterceptor) call -> {
                if (call.getMethod().getName().equals("read")) {
                    readingStarted.countDown();
                    boolean released = false;
                    while (!released) {
                        try {
                            released = readingHeld.await(120, TimeUnit.SECONDS) || true;
                        } catch (InterruptedException stoppedWithItsInstance) {
                            // as a killed process: the thread does not go on
                        }
                    }
                    throw new IllegalStateException("instance B is gone");
                }
                return call.proceed();
            });
            return proxy.getProxy(bean.getClass().getClassLoader());
        }
    }
}
