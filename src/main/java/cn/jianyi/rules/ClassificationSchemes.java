package cn.jianyi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The classification schemes held as data (migration V8). */
@Component
@Transactional(readOnly = true)
class ClassificationSchemes {

    private final JdbcClient jdbc;

    ClassificationSchemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassificationScheme> all() {
        Map<String, List<ClassDefinition>> classes = new LinkedHashMap<>();
        jdbc.sql("select * from classification_classes order by scheme_code, position")
                .query(rs -> {
                    classes.computeIfAbsent(rs.getString("scheme_code"), k -> new ArrayList<>())
                            .add(new ClassDefinition(rs.getInt("position"), rs.getString("code"), rs.getString("label"),
                                    rs.getString("definition"), rs.getBoolean("implies_commitment"),
                                    rs.getBoolean("explanation_required")));
                });
        return jdbc.sql("select code, name, source from classification_schemes order by code")
                .query((rs, n) -> new ClassificationScheme(rs.getString("code"), rs.getString("name"),
                        rs.getString("source"), classes.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<ClassificationScheme> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
