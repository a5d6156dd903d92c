package cn.jianyi.documents.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The application's handle on the OFD engine: loads {@code ofd.engine.OfdrwEngine} once, in an
 * {@link EngineClassLoader} over the libraries packed under {@code ofd-engine/} (copied by the build), and runs every
 * call with that loader as the thread's context class loader. Libraries inside the executable jar are unpacked to a
 * temporary directory first, as a class loader reads only plain files. It also offers the engine's
 * {@link OfdReading}, for tests.
 */
@Component
public class IsolatedOfdEngine implements OfdEngine, OfdReading {

    static final String ENGINE_CLASS = "cn.jianyi.documents.ofd.engine.OfdrwEngine";

    private volatile Loaded loaded;

    private record Loaded(OfdEngine engine, ClassLoader loader) {
    }

    @Override
    public byte[] write(OfdDocument document) throws IOException {
        return call(engine -> engine.write(document));
    }

    @Override
    public byte[] seal(byte[] ofd, OfdSealKey key, OfdStamp stamp, ZonedDateTime signedAt,
                       UnaryOperator<byte[]> timeStamp) throws IOException, GeneralSecurityException {
        return callSecure(engine -> engine.seal(ofd, key, stamp, signedAt, timeStamp));
    }

    @Override
    public OfdSealCheck verify(byte[] ofd) {
        try {
            return call(engine -> engine.verify(ofd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<List<OfdDocument.Text>> pageGlyphs(byte[] ofd) throws IOException {
        return call(engine -> ((OfdReading) engine).pageGlyphs(ofd));
    }

    @Override
    public List<String> pageTexts(byte[] ofd) throws IOException {
        return call(engine -> ((OfdReading) engine).pageTexts(ofd));
    }

    @Override
    public OfdSealKey makeSeal(String unitName, byte[] png, int widthMm, int heightMm)
            throws GeneralSecurityException, IOException {
        return callSecure(engine -> engine.makeSeal(unitName, png, widthMm, heightMm));
    }

    /** The loader the engine runs in (tests check that BouncyCastle there is not the application's). */
    public ClassLoader loader() {
        return loaded().loader();
    }

    private interface EngineCall<T> {
        T apply(OfdEngine engine) throws Exception;
    }

    private <T> T call(EngineCall<T> call) throws IOException {
        try {
            return callSecure(call);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T callSecure(EngineCall<T> call) throws IOException, GeneralSecurityException {
        Loaded engine = loaded();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(engine.loader());
        try {
            return call.apply(engine.engine());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        try {
            var loader = new EngineClassLoader(libraries(), IsolatedOfdEngine.class.getClassLoader());
            Class<?> type = loader.loadClass(ENGINE_CLASS);
            return new Loaded((OfdEngine) type.getDeclaredConstructor().newInstance(), loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("The OFD engine cannot be loaded", e);
        }
    }

    private static URL[] libraries() throws IOException {
        Resource[] jars = new PathMatchingResourcePatternResolver(IsolatedOfdEngine.class.getClassLoader())
                .getResources("classpath*:ofd-engine/*.jar");
        if (jars.length == 0) {
            throw new IllegalStateException("The OFD engine's libraries (ofd-engine/*.jar) are not on the class path: "
                    + "build with ./mvnw package");
        }
        List<Resource> sorted = new ArrayList<>(List.of(jars));
        sorted.sort(Comparator.comparing(Resource::getFilename));
        Path unpacked = null;
        List<URL> urls = new ArrayList<>();
        for (Resource jar : sorted) {
            if (jar.isFile()) {
                urls.add(jar.getFile().toURI().toURL());
                continue;
            }
            if (unpacked == null) {
                unpacked = Files.createTempDirectory("jianyi-ofd-engine-");
                unpacked.toFile().deleteOnExit();
            }
            Path target = unpacked.resolve(jar.getFilename());
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, target);
            }
            target.toFile().deleteOnExit();
            urls.add(target.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
