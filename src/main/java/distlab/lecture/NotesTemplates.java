package distlab.lecture;

import java.util.ArrayList;
import java.util.List;

/** What the notes folder's files hold when the lab creates them. */
final class NotesTemplates {
    private NotesTemplates() {}

    static List<String> questions() {
        return List.of("# Questions", "", "Questions to ask or look up. Tick one when answered; add the answer under it.", "");
    }

    static List<String> section(Course course, int section) {
        List<String> lines = new ArrayList<>(List.of("# Section " + section + ": " + Course.SECTIONS.get(section), "",
                "Your notes on this section's lectures. `note TEXT` in the lab adds a line under the open lecture;",
                "write anywhere you like — the lab only ever adds lines.", ""));
        for (Lecture l : course.all()) {
            if (l.section() == section) {
                lines.add("## " + l.id() + " " + l.title());
                lines.add("");
            }
        }
        return lines;
    }

    static List<String> progress(Course course) {
        List<String> lines = new ArrayList<>(List.of("# Progress", "",
                "The course's checklist. `done 4.1` in the lab ticks a box; you may tick them by hand too.", ""));
        for (int s = 0; s < Course.SECTIONS.size(); s++) {
            lines.add("## " + s + " " + Course.SECTIONS.get(s));
            for (Lecture l : course.all()) {
                if (l.section() == s) lines.add("- [ ] " + l.id() + " " + l.title());
            }
            lines.add("");
        }
        return lines;
    }

    static List<String> readme() {
        return List.of("# Notes", "",
                "Your own notes on the course, kept as plain markdown so you can read and edit them anywhere.", "",
                "- `section_N_*.md` — one file per section of the course. In the lab, `note TEXT` adds a line",
                "  under the lecture you have open (`lecture 4.1`).",
                "- `questions.md` — `question TEXT` adds a question to come back to.",
                "- `progress.md` — the course's checklist; `done 4.1` ticks a lecture, `progress` shows it.", "",
                "The lab only adds lines: it never changes or removes what you wrote. It writes each file",
                "under a lock (`.distlab.lock`), so two labs on one home take turns, and atomically (a crash",
                "mid-write leaves the old file whole).", "");
    }
}
