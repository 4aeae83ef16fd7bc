package nl.regiobesluit.shared;

import java.util.List;
import java.util.function.Function;

/**
 * The outcome of a policy or a parse: a value, or the problems that reject the input.
 * Expected rejections are values; exceptions are kept for bugs and I/O.
 */
public sealed interface Result<T> {

    record Ok<T>(T value) implements Result<T> {
    }

    record Rejected<T>(List<Problem> problems) implements Result<T> {
        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> rejected(Problem problem) {
        return new Rejected<>(List.of(problem));
    }

    static <T> Result<T> rejected(List<Problem> problems) {
        return new Rejected<>(problems);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default List<Problem> problems() {
        return this instanceof Rejected<T> r ? r.problems() : List.of();
    }

    /** The value; calling this on a rejection is a bug, so it throws. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("rejected: " + problems().get(0).describe());
    }

    /** The same result, with {@code source} named in every problem that names none (e.g. the file it came from). */
    default Result<T> withSource(String source) {
        if (isOk()) {
            return this;
        }
        return new Rejected<>(problems().stream()
                .map(p -> p.in(source)).toList());
    }

    default <U> Result<U> map(Function<T, U> f) {
        return this instanceof Ok<T> ok ? new Ok<>(f.apply(ok.value())) : new Rejected<>(problems());
    }

    default <U> Result<U> flatMap(Function<T, Result<U>> f) {
        return this instanceof Ok<T> ok ? f.apply(ok.value()) : new Rejected<>(problems());
    }
}
