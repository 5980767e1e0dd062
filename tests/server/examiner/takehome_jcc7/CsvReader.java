package tables;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into rows of fields; a field may be quoted to hold commas and quotes. */
public final class CsvReader {

    private final Reader in;
    private int line = 1;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next row, or null at the end of the input. */
    public List<String> next() throws IOException {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        char c;
        while ((c = (char) in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                row.add(field.toString());
                return row;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException("line " + line + ": unterminated quoted field");
        }
        if (!any) {
            return null;
        }
        row.add(field.toString());
        return row;
    }

    /** Every row of the text. */
    public static List<List<String>> parse(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    public static void main(String[] args) throws IOException {
        String text = "name,city\n\"Smith, Ann\",Leeds\nBo,\"York\"\n";
        for (List<String> row : parse(text)) {
            System.out.println(String.join(" | ", row));
        }
    }
}
