package nl.regiobesluit.routing.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports {@link InsecureDefaultsException} as Spring Boot reports a configuration mistake: the lines naming the
 * passwords and what to do, without a stack trace (Boot logs the trace of an analysed failure only at debug level).
 */
public class InsecureDefaultsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureDefaultsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureDefaultsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stel eigen wachtwoorden in, of activeer profiel '" + InsecureDefaultsCheck.DEMO_PROFILE
                        + "' alleen voor een demo. / Set your own passwords, or activate profile '"
                        + InsecureDefaultsCheck.DEMO_PROFILE + "' for a demo only.", cause);
    }
}
