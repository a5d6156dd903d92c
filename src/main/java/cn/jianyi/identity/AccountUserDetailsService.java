package cn.jianyi.identity;


import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads logins; demo accounts are disabled unless demo data is on. Locking is not reported here: a locked account's
 * attempts are refused before this, unchecked, by {@link LoginAttempts}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final HandlingUnitRepository units;
    private final IdentitySettings settings;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final DeputyRepository deputies;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AccountUserDetailsService(UserAccountRepository accounts, HandlingUnitRepository units, IdentitySettings settings,
                              PasswordPolicy passwordPolicy, Clock clock, DeputyRepository deputies,
                              org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.deputies = deputies;
        this.jdbc = jdbc;
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        HandlingUnit unit = account.unitId() == null ? null : units.findById(account.unitId()).orElse(null);
        String unitName = unit == null ? null : unit.shortName();
        // an office account's own congress; a unit's or deputy's account takes its unit's or deputy's (ADR 0042)
        Long congressId = account.roles().needsCongress() ? account.congressId()
                : unit != null ? unit.congressId()
                : account.deputyId() == null ? null
                : deputies.findById(account.deputyId()).map(Deputy::congressId).orElse(null);
        boolean enabled = account.enabled() && (!account.demo() || settings.demoAccounts());
        // locks are the throttle's to answer (ThrottledAuthentication, ADR 0037): one message for every refusal
        return new CurrentUser(account, unitName, true, enabled,
                account.requiresPasswordChange(passwordPolicy, clock.instant()), congressId, account.includeLower(),
                CongressTree.read(jdbc));
    }
}
