package cn.huiyin.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Reads the shape of the event records by reflection, so schema tests follow the Java code. */
final class Components {

    private Components() {
    }

    /**
     * Whether a field must be present on the wire: primitives and lists always are (an empty list
     * is written as []), objects when the record refuses null for them.
     */
    static boolean isRequired(Record example, RecordComponent component) {
        if (component.getType().isPrimitive() || component.getType() == List.class) {
            return true;
        }
        return rejectsNull(example, component);
    }

    /** The enum a component holds, directly or as list elements; null when it holds no enum. */
    static Class<?> enumType(RecordComponent component) {
        if (component.getType().isEnum()) {
            return component.getType();
        }
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return element;
        }
        return null;
    }

    static List<String> codes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }

    static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean rejectsNull(Record example, RecordComponent nulled) {
        RecordComponent[] components = example.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = components[i].getName().equals(nulled.getName()) ? null : valueOf(example, components[i]);
        }
        try {
            Constructor<?> canonical = example.getClass().getDeclaredConstructor(types);
            canonical.newInstance(arguments);
            return false;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException) {
                return true;
            }
            if (e.getCause() instanceof IllegalArgumentException) {
                // required only for some kinds of the event (the schema's if/then), not for every one
                return false;
            }
            throw new IllegalStateException("unexpected failure nulling " + nulled.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
