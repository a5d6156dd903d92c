package cn.jianyi.shared.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This running instance of the application, as the work it holds in the database names it (the archive import's
 * lease, ADR 0064): the host, the process and a random part, so two instances on one host, or two runs of one, differ.
 */
@Component
public class Instance {

    private final String id;

    Instance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        String name = host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
        this.id = name.length() > 80 ? name.substring(name.length() - 80) : name;
    }

    /** At most 80 characters. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
