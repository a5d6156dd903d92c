package cn.jianyi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 建议 (Jianyi): handling People's Congress deputies' suggestions. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Jianyi", sharedModules = "shared")
public class JianyiApplication {

    public static void main(String[] args) {
        var context = SpringApplication.run(JianyiApplication.class, args);
        if (context.getEnvironment().getProperty("jianyi.cli.enabled", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context));       // a command-line run ends after its command
        }
    }
}
