package cn.jianyi.documents.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;

/**
 * A child-first class loader for the OFD engine: the platform's classes first, then the engine's own libraries (ofdrw,
 * BouncyCastle 1.68 …), then the engine's classes (read from the application's class path but defined here, so that
 * they link against those libraries), and only then the application — for this package's interface and records and
 * for common libraries the engine does not bring (commons-io and the like).
 */
final class EngineClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String ENGINE_PACKAGE = "cn.jianyi.documents.ofd.engine.";

    EngineClassLoader(URL[] libraries, ClassLoader application) {
        super("ofd-engine", libraries, application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = load(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> load(String name) throws ClassNotFoundException {
        try {
            return ClassLoader.getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException notPlatform) {
            // next
        }
        if (name.startsWith(ENGINE_PACKAGE)) {
            return defineEngineClass(name);
        }
        try {
            return findClass(name);
        } catch (ClassNotFoundException notALibraryClass) {
            return getParent().loadClass(name);
        }
    }

    private Class<?> defineEngineClass(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        var all = new LinkedHashSet<URL>();
        all.addAll(Collections.list(findResources(name)));
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }
}
