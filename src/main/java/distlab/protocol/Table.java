package distlab.protocol;

import java.util.ArrayList;
import java.util.List;

/** A protocol's state as rows and columns: what the cluster pane and {@code nodes} show. */
public record Table(List<String> headers, List<List<Cell>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> headers;
        private final List<List<Cell>> rows = new ArrayList<>();

        public Builder(String... headers) {
            this.headers = List.of(headers);
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Table build() {
            return new Table(headers, rows);
        }
    }
}
