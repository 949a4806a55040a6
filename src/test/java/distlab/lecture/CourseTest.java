package distlab.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.view.markdown.MarkdownRenderer;
import distlab.view.markdown.StyledLine;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CourseTest {
    private final Course course = Course.load();

    @Test
    void theCourseHasTwentyFourLecturesInOrder() {
        assertEquals(24, course.all().size());
        assertEquals("0.0", course.all().get(0).id());
        assertEquals("8.2", course.all().get(23).id());
        assertEquals("Raft", course.require("6.2").title());
        assertEquals("6.2", course.require("6_2").id());
        assertEquals("6.2", course.require("raft").id());
        assertEquals("7.1", course.next(course.require("6.2")).orElseThrow().id());
    }

    @TestFactory
    List<DynamicTest> everyLectureLoadsRendersAndIsSubstantial() {
        return course.all().stream().map(l -> DynamicTest.dynamicTest(l.id() + " " + l.title(), () -> {
            assertFalse(l.markdown().contains("(missing)"), "not in the build");
            assertTrue(l.markdown().startsWith("# " + l.id() + " "), "first line is '# ID Title'");
            long words = l.markdown().split("\\s+").length;
            assertTrue(words >= 900, l.id() + " has only " + words + " words");
            for (String section : List.of("## What this lecture answers", "## Try it", "## Common misconceptions", "## Check yourself")) {
                assertTrue(l.markdown().contains(section), l.id() + " lacks " + section);
            }
            assertTrue(l.markdown().contains("Kleppmann"), "credits the course");
            assertFalse(TryItBlocks.extract(l.markdown()).isEmpty(), "has a Try it block");
            List<StyledLine> lines = MarkdownRenderer.render(l.markdown(), 60);
            assertTrue(lines.size() > 50);
            for (StyledLine line : lines) {
                boolean code = line.spans().stream().anyMatch(s -> s.style() == distlab.protocol.Style.CODE || s.style() == distlab.protocol.Style.DIM);
                if (!code) assertTrue(line.text().length() <= 60, "wrapped to the width: " + line.text());
            }
            assertFalse(lines.stream().anyMatch(s -> s.text().contains("**") || s.text().startsWith("#")), "markdown syntax leaked");
        })).toList();
    }
}
