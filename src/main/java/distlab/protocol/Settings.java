package distlab.protocol;

import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current values of a module's declared settings. {@code config} reads and sets them by
 * key; the protocol reads them with {@link #get}, on every use, so a change applies from the
 * next time a value is needed.
 */
public final class Settings {
    private final Map<String, Setting<?>> declared = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Settings(List<Setting<?>> settings) {
        for (Setting<?> s : settings) {
            if (declared.put(s.key(), s) != null) throw new IllegalArgumentException("setting " + s.key() + " declared twice");
            values.put(s.key(), s.initial());
        }
    }

    public List<Setting<?>> declared() {
        return new ArrayList<>(declared.values());
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting.key());
    }

    public <T> void put(Setting<T> setting, T value) {
        values.put(setting.key(), value);
    }

    public Setting<?> find(String key) {
        return declared.get(key);
    }

    /** Reads {@code text} as the setting's new value; returns it as printed. */
    public String set(String key, String text) {
        Setting<?> s = declared.get(key);
        if (s == null) throw new LabException("unknown setting '" + key + "'");
        Object value = s.parse().apply(text);
        values.put(key, value);
        return s.format(value);
    }

    public String show(String key) {
        return declared.get(key).format(values.get(key));
    }

    /** Every value, to put back with {@link #restore} when a later change is refused. */
    public Map<String, Object> snapshot() {
        return new LinkedHashMap<>(values);
    }

    public void restore(Map<String, Object> snapshot) {
        values.putAll(snapshot);
    }
}
