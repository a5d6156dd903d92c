package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules keep their boundaries: no cycles, no access to another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JianyiApplication.class);

    @Test
    void verifiesModuleBoundaries() {
        modules.verify();
    }

    @Test
    void findsTheFeatureModules() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "identity", "suggestion", "assignment", "handling", "feedback", "audit");
    }

    /** The module diagrams and canvases: only with {@code -Pdocs} (tag {@code docs}), no ordinary build needs them. */
    @Test
    @Tag("docs")
    void writesModuleDocumentation() {
        Path docs = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("module-handling.puml")).exists();
        assertThat(Files.exists(docs.resolve("module-handling.adoc"))).as("canvas").isTrue();
    }
}
