package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.IdentityManagement;

/**
 * The harness's saved database ({@link SavedDatabase}, what {@link FreshDatabase} puts back between classes): a
 * database restored is row for row the one saved, across the tables a handled case fills (foreign keys in order),
 * its identities continue after the saved rows, and a changed schema is told apart.
 */
@OnPostgres
@IntegrationTest
class SavedDatabaseTests {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityManagement identity;

    @Test
    void putsBackEveryRowAndContinuesTheIdentitiesAfterThem() {
        TestWorld world = TestWorld.create(context);
        world.replied(1);
        FreshDatabase.awaitEventListeners(jdbc);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        long lastUnit = jdbc.sql("select max(id) from units").query(Long.class).single();
        SavedDatabase saved = SavedDatabase.take(dataSource);

        world.replied(2);
        jdbc.sql("delete from reply_versions").update();
        FreshDatabase.awaitEventListeners(jdbc);
        assertThat(DatabaseSnapshot.of(jdbc)).isNotEqualTo(before);

        saved.restore(dataSource, TestDatabases.onPostgres());
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        assertThat(before.count("replies")).isEqualTo(1);
        assertThat(identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83751111", "330100", null).id())
                .as("the next unit's id").isEqualTo(lastUnit + 1);
    }

    @Test
    void tellsAChangedSchemaApart() {
        SavedDatabase saved = SavedDatabase.take(dataSource);
        assertThat(saved.fits(dataSource)).isTrue();
        jdbc.sql("alter table units add constraint saved_database_test check (length(phone) < 100)").update();
        try {
            assertThat(saved.fits(dataSource)).isFalse();
        } finally {
            jdbc.sql("alter table units drop constraint saved_database_test").update();
        }
        assertThat(saved.fits(dataSource)).isTrue();
    }
}
