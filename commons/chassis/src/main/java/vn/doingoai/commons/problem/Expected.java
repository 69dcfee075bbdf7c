package vn.doingoai.commons.problem;

import vn.doingoai.commons.i18n.Text;

/** What a value should have been, as a message about a body field or a parameter says it. */
public final class Expected {

    public static final Text TEXT = Text.of("chassis.expected.text", "text");
    public static final Text INTEGER = Text.of("chassis.expected.integer", "an integer");
    public static final Text BOOLEAN = Text.of("chassis.expected.boolean", "true or false");
    public static final Text DATE = Text.of("chassis.expected.date", "a date written YYYY-MM-DD");
    public static final Text UUID = Text.of("chassis.expected.uuid", "a UUID");
    public static final Text ARRAY = Text.of("chassis.expected.array", "an array");
    public static final Text NUMBER = Text.of("chassis.expected.number", "a number");
    public static final Text OBJECT = Text.of("chassis.expected.object", "an object");

    private Expected() {
    }
}
