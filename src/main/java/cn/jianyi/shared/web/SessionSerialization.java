package cn.jianyi.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.web.multipart.MultipartFile;

/**
 * How a session's attributes are stored in the database (Spring Session JDBC, ADR 0064): Java serialization, as Spring
 * Session's default, with two allowances for what a session held while it lived in memory. A refused form's flash
 * (ADR 0049) holds the bound form, a record of this application that is not {@link Serializable}: it is stored as its
 * type and component values and built again through its canonical constructor when read. An uploaded file lives for
 * its one request: a {@link MultipartFile} is stored as {@code null} (the page says 请重新选择附件, as before).
 * Records are rebuilt only for types of this application ({@code cn.jianyi.}).
 */
public final class SessionSerialization {

    private static final String OURS = "cn.jianyi.";

    private SessionSerialization() {
    }

    /** The conversion service Spring Session stores and reads attributes with. */
    public static GenericConversionService conversionService(ClassLoader loader) {
        var service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, SessionSerialization::write);
        service.addConverter(byte[].class, Object.class, bytes -> read(bytes, loader));
        return service;
    }

    /** The attribute's bytes. */
    public static byte[] write(Object attribute) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new Output(bytes)) {
            out.writeObject(attribute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store session attribute " + attribute.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    /** The attribute from its bytes. */
    public static Object read(byte[] bytes, ClassLoader loader) {
        try (var in = new Input(new ByteArrayInputStream(bytes), loader)) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a stored session attribute", e);
        }
    }

    /** A record of this application that is not serializable: its type and its component values. */
    record StoredRecord(String type, Object[] components) implements Serializable {

        static StoredRecord of(Record record) {
            RecordComponent[] parts = record.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    var accessor = parts[i].getAccessor();
                    accessor.setAccessible(true);
                    values[i] = accessor.invoke(record);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot store " + record.getClass().getName(), e);
            }
            return new StoredRecord(record.getClass().getName(), values);
        }

        Object rebuild(ClassLoader loader) throws IOException {
            try {
                Class<?> recordType = Class.forName(type, false, loader);
                if (!recordType.isRecord() || !type.startsWith(OURS)) {
                    throw new java.io.InvalidObjectException("not a record of this application: " + type);
                }
                Class<?>[] types = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                Constructor<?> constructor = recordType.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(components);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new java.io.InvalidObjectException("cannot rebuild " + type + ": " + e);
            }
        }
    }

    private static final class Output extends ObjectOutputStream {

        Output(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object instanceof MultipartFile) {
                return null;
            }
            if (object instanceof Record record && !(object instanceof Serializable)
                    && object.getClass().getName().startsWith(OURS)) {
                return StoredRecord.of(record);
            }
            return object;
        }
    }

    private static final class Input extends ObjectInputStream {

        private final ClassLoader loader;

        Input(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
            enableResolveObject(true);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }

        @Override
        protected Object resolveObject(Object object) throws IOException {
            return object instanceof StoredRecord stored ? stored.rebuild(loader) : object;
        }
    }
}
