package distlab.ui.script;

import java.io.BufferedReader;

/** A script to run: its name as errors print it ({@code <stdin>} or the path) and its lines. */
public record ScriptSource(String name, BufferedReader reader) {
}
