package distlab.lecture;

/** One lecture of the course: {@code 4.1}, its file, its title and its markdown text. */
public record Lecture(String id, String file, String title, String markdown) {
    /** The course section: 4 for lecture 4.1, 0 for the overview. */
    public int section() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
}
