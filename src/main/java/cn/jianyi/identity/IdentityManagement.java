package cn.jianyi.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.NotFoundException;

/** Creates units, deputies and logins (used by administrators' tools and the demo data). */
@Service
@Transactional
public class IdentityManagement {

    private final HandlingUnitRepository units;
    private final DeputyRepository deputies;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    IdentityManagement(HandlingUnitRepository units, DeputyRepository deputies, UserAccountRepository accounts,
                       PasswordEncoder passwordEncoder, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.units = units;
        this.deputies = deputies;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public HandlingUnit addUnit(String fullName, String shortName, String docCode, String phone, String postcode,
                                String address) {
        return addUnit(null, fullName, shortName, docCode, phone, postcode, address);
    }

    /** A unit of the congress (demo data and tests; the administrator's {@link UnitDirectory} checks input). */
    public HandlingUnit addUnit(Long congressId, String fullName, String shortName, String docCode, String phone,
                                String postcode, String address) {
        return units.save(new HandlingUnit(null, fullName, shortName, docCode, phone, postcode, address, null, true,
                congressId));
    }

    public Deputy addDeputy(String name, String delegation, String address, String postcode, String phone) {
        return deputies.save(new Deputy(null, name, delegation, address, postcode, phone, true, null));
    }

    /** A deputy of the congress sitting in the term (demo data and tests; {@link DeputyDirectory} checks input). */
    public Deputy addDeputy(long congressId, long termId, String name, String delegation, String address,
                            String postcode, String phone) {
        Deputy deputy = deputies.save(new Deputy(null, name, delegation, address, postcode, phone, true, congressId));
        jdbc.sql("insert into deputy_terms (deputy_id, term_id) values (:d, :t)").param("d", deputy.id())
                .param("t", termId).update();
        return deputy;
    }

    /** Creates a login; the password is stored only as a BCrypt hash. */
    public long addAccount(String username, String rawPassword, String displayName, Role role, Long unitId,
                           Long deputyId, boolean demo) {
        return addAccount(username, hash(rawPassword), displayName, role, unitId, deputyId, demo);
    }

    /**
     * Creates a login with a password hashed beforehand by {@link #hash}: logins that share one password (the demo's)
     * are created with one BCrypt computation instead of one per login, each about a tenth of a second.
     */
    public long addAccount(String username, PasswordHash password, String displayName, Role role, Long unitId,
                           Long deputyId, boolean demo) {
        return accounts.save(UserAccount.create(username, password.value(), displayName, role, unitId, deputyId,
                demo)).id();
    }

    /** The stored form of a password ({@code {bcrypt}…}), for logins that share it. */
    public PasswordHash hash(String rawPassword) {
        return new PasswordHash(passwordEncoder.encode(rawPassword));
    }

    /** A password as stored: only its hash, never the password itself. */
    public record PasswordHash(String value) {

        @Override
        public String toString() {
            return "PasswordHash[…]";
        }
    }

    /**
     * 通知设置: a person changes their own e-mail address, mobile number, channels and quiet hours. Refused with the
     * field named (a malformed address or number, a channel switched on without its address, one end of the quiet
     * hours only, quiet hours that end when they start), in which case nothing changes.
     */
    public void changeContactDetails(long userId, ContactDetails details) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("user", userId));
        account.changeContact(details);
        accounts.save(account);
    }
}
