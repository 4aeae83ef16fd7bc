package nl.regiobesluit.routing.config;

import java.util.List;
import java.util.stream.Collectors;
import nl.regiobesluit.shared.Problem;

/** The service was asked to start with an unset or well-known password; its message is one line per password. */
public class InsecureDefaultsException extends RuntimeException {

    private final transient List<Problem> problems;

    public InsecureDefaultsException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
