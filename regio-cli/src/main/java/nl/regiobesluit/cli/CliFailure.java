package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Problem;

import java.util.List;

/** Bad input on the command line: printed as one line, exit code 2. */
final class CliFailure extends RuntimeException {

    CliFailure(String message) {
        super(message);
    }

    static CliFailure of(List<Problem> problems) {
        String first = problems.get(0).describe();
        return new CliFailure(problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)");
    }
}
