package distlab.lecture;

import distlab.sim.LabException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The course: the overview and the 23 lectures of Kleppmann's series, in order. Their text
 * ships inside the jar (built from lectures/), so the lab works from any directory.
 */
public final class Course {
    /** Lecture files in course order; the id is the file's leading "S_N". */
    public static final List<String> FILES = List.of(
            "0_0_overview.md",
            "1_1_introduction.md", "1_2_computer_networking.md", "1_3_remote_procedure_call.md",
            "2_1_two_generals_problem.md", "2_2_byzantine_generals_problem.md", "2_3_system_models.md",
            "2_4_fault_tolerance.md",
            "3_1_physical_time.md", "3_2_clock_synchronisation.md", "3_3_causality_and_happens_before.md",
            "4_1_logical_time.md", "4_2_broadcast_ordering.md", "4_3_broadcast_algorithms.md",
            "5_1_replication.md", "5_2_quorums.md", "5_3_state_machine_replication.md",
            "6_1_consensus.md", "6_2_raft.md",
            "7_1_two_phase_commit.md", "7_2_linearizability.md", "7_3_eventual_consistency.md",
            "8_1_collaboration_software.md", "8_2_googles_spanner.md");

    /** Section titles of the course, for the progress checklist. */
    public static final List<String> SECTIONS = List.of("Overview", "Introduction", "Models of distributed systems",
            "Time, clocks, and ordering of events", "Broadcast protocols and logical time", "Replication",
            "Consensus", "Replica consistency", "Case studies");

    private final List<Lecture> lectures;

    private Course(List<Lecture> lectures) {
        this.lectures = List.copyOf(lectures);
    }

    /** Loads the course from the classpath. */
    public static Course load() {
        List<Lecture> lectures = new ArrayList<>();
        for (String file : FILES) lectures.add(read(file));
        return new Course(lectures);
    }

    private static Lecture read(String file) {
        String id = file.charAt(0) + "." + file.charAt(2);
        try (InputStream in = Course.class.getResourceAsStream("/lectures/" + file)) {
            if (in == null) return new Lecture(id, file, file, "# " + id + " (missing)\n\nThis lecture is not in the build.\n");
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String first = markdown.lines().findFirst().orElse("");
            String title = first.replaceFirst("^#\\s*", "").replaceFirst("^\\d+\\.\\d+\\s*", "").strip();
            return new Lecture(id, file, title, markdown);
        } catch (IOException e) {
            throw new LabException("cannot read lecture " + file + ": " + e.getMessage());
        }
    }

    public List<Lecture> all() {
        return lectures;
    }

    /** A lecture by id ({@code 4.1}, {@code 4_1}), file name, or title word ({@code raft}). */
    public Optional<Lecture> find(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT).replace('_', '.');
        for (Lecture l : lectures) {
            if (l.id().equals(q) || l.file().replace('_', '.').startsWith(q + ".") || l.file().equals(query)) return Optional.of(l);
        }
        if (q.equals("overview") || q.equals("0")) return Optional.of(lectures.get(0));
        for (Lecture l : lectures) {
            if (q.length() >= 3 && l.title().toLowerCase(Locale.ROOT).contains(q)) return Optional.of(l);
        }
        return Optional.empty();
    }

    public Lecture require(String query) {
        return find(query).orElseThrow(() -> new LabException("no lecture '" + query
                + "' (lectures: 0.0 1.1 1.2 1.3 2.1 … 8.2; type lectures for the list)"));
    }

    /** The lecture after this one, if any. */
    public Optional<Lecture> next(Lecture l) {
        int i = lectures.indexOf(l);
        return i + 1 < lectures.size() ? Optional.of(lectures.get(i + 1)) : Optional.empty();
    }

    public Optional<Lecture> previous(Lecture l) {
        int i = lectures.indexOf(l);
        return i > 0 ? Optional.of(lectures.get(i - 1)) : Optional.empty();
    }
}
